#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

class StoreDialect;

/// Rows of one table written StoreDialect::insertBatchRows() at a time by
/// a prepared INSERT (SQLite, in process: one row).
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
    QString m_table;
    QStringList m_columns;
    int m_rows;
    QSqlQuery m_full;
    QVariantList m_values;
    QSqlError m_failed;
    bool m_prepared = false;
};
