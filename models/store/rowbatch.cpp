#include "rowbatch.h"

#include "storedialect.h"

namespace {

// A value in COPY's text format: \N for NULL, bytes as \\x and hex,
// text with its backslashes, tabs and line ends escaped.
void appendCopyValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        out += "\\\\x";
        out += value.toByteArray().toHex();
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QByteArray::number(value.toLongLong());
        return;
    default:
        break;
    }
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

} // namespace

RowBatch::RowBatch(QSqlDatabase db, const StoreDialect &dialect, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_dialect(dialect)
    , m_table(table)
    , m_columns(columns)
    , m_rows(std::max(dialect.insertBatchRows(), 0))
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
    if (m_rows == 0) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                m_copy += '\t';
            appendCopyValue(m_copy, row[i]);
        }
        m_copy += '\n';
        return true;
    }
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
    if (m_rows == 0) {
        if (m_copy.isEmpty())
            return true;
        const bool done = m_dialect.copyRows(m_db, m_table, m_columns, m_copy, &m_failed);
        m_copy.clear();
        return done;
    }
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
    m_copy.clear();
}
