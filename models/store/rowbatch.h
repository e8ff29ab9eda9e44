#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

class StoreDialect;

/// Rows of one table written as the backend gains most (StoreDialect::
/// insertBatchRows()): a prepared row at a time (1: SQLite, in process),
/// or every row added until flush() in one COPY (0: a server, where each
/// statement is a round trip; StoreDialect::copyRows()).
class RowBatch
{
public:
    RowBatch(QSqlDatabase db, const StoreDialect &dialect, const QString &table, const QStringList &columns);
    bool add(const QVariantList &row);   ///< writes the batch when full
    bool flush();                        ///< writes what is left
    QSqlError error() const { return m_failed; }
    void clear();

private:
    QString statement(int rows) const;
    bool write(QSqlQuery &query, int rows);

    QSqlDatabase m_db;
    const StoreDialect &m_dialect;
    QString m_table;
    QStringList m_columns;
    int m_rows;
    QSqlQuery m_full;
    QVariantList m_values;
    QByteArray m_copy;       // rows 0: COPY's text of the rows so far
    QSqlError m_failed;
    bool m_prepared = false;
};
