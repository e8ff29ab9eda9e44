#pragma once

#include "store.h"
#include "transactionguard.h"

#include <QSqlQuery>
#include <QVariantList>

#include <optional>

/// Rows of one table written a batch at a time: one INSERT of several rows
/// where the backend gains by it (StoreDialect::insertBatchRows()), a
/// prepared row at a time where not (SQLite).
class RowBatch
{
public:
    RowBatch(QSqlDatabase db, const QString &table, const QStringList &columns, int rows);
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

// The state of WaveWriter; nested in Store, it writes through the Store's
// connection and dialect.
class Store::WaveSession
{
public:
    explicit WaveSession(Store &store);

    bool begin(const WaveInfo &info, qint64 replacedId, const Codebook *newQuestions);
    bool writeChunk(QByteArrayView ids, const WaveData &columns);
    qint64 finish(const QStringList &landlordCodes, const std::vector<int> &blobIndex,
                  const std::vector<WaveData::SegmentColumn> &segments, const QByteArray &summary);

    qint64 waveId() const { return m_waveId; }
    QString m_notes;

private:
    bool writeOneChunk(const QString &pseudonyms, const WaveData &columns);
    bool failBatch(const RowBatch &batch);

    Store &m_store;
    std::optional<TransactionGuard> m_transaction;
    std::optional<RowBatch> m_respondents;
    std::optional<RowBatch> m_answers;
    std::optional<RowBatch> m_segments;
    qint64 m_waveId = 0;
    bool m_replaces = false;   // a wave was deleted: its freed pages are wiped after the commit
    int m_year = 0;
    QString m_scope;
    int m_chunks = 0;
    qint64 m_respondentCount = 0;
};
