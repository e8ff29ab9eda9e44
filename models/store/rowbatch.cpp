#include "rowbatch.h"

#include "storedialect.h"

#include <algorithm>

RowBatch::RowBatch(QSqlDatabase db, const StoreDialect &dialect, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rows(std::max(dialect.insertBatchRows(), 1))
    , m_full(db)
{
}

QString RowBatch::statement(int rows) const
{
    QString row = QStringLiteral("(?") + QStringLiteral(", ?").repeated(m_columns.size() - 1) + QLatin1Char(')');
    QStringList values;
    for (int r = 0; r < rows; ++r)
        values << row;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QLatin1String(", ")), values.join(QLatin1String(", ")));
}

bool RowBatch::write(QSqlQuery &query, int rows)
{
    for (int i = 0; i < rows * int(m_columns.size()); ++i)
        query.bindValue(i, m_values.at(i));
    if (!query.exec()) {
        m_failed = query.lastError();
        return false;
    }
    m_values.clear();
    return true;
}

bool RowBatch::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_values << row;
    if (m_values.size() < m_rows * m_columns.size())
        return true;
    if (!m_prepared) {
        m_prepared = true;
        if (!m_full.prepare(statement(m_rows))) {
            m_failed = m_full.lastError();
            return false;
        }
    }
    return write(m_full, m_rows);
}

bool RowBatch::flush()
{
    const int rows = int(m_values.size() / m_columns.size());
    if (rows == 0)
        return true;
    QSqlQuery query(m_db);
    if (!query.prepare(statement(rows))) {
        m_failed = query.lastError();
        return false;
    }
    return write(query, rows);
}

void RowBatch::clear()
{
    m_full.finish();
    m_values.clear();
}
