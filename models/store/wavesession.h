#pragma once

#include "store.h"
#include "peersummary.h"
#include "pgpipe.h"
#include "pgwaverows.h"
#include "rowbatch.h"
#include "transactionguard.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

// The state of WaveWriter; nested in Store, it writes through the Store's
// connection and dialect.
class Store::WaveSession
{
public:
    explicit WaveSession(Store &store);

    bool begin(const WaveInfo &info, qint64 replacedId, const Codebook *newQuestions);
    bool writeChunk(QByteArrayView ids, const WaveData &columns);
    bool flush();
    qint64 finish(const QStringList &landlordCodes, const std::vector<int> &blobIndex,
                  const std::vector<WaveData::SegmentColumn> &segments, const QByteArray &summary);

    qint64 waveId() const { return m_waveId; }
    QString m_notes;

private:
    bool writeOneChunk(const QString &pseudonyms, const WaveData &columns);
    bool chunkLandlordId(const QString &code, QVariant *id);
    bool failBatch(const RowBatch &batch);
    // A server (wavesessionserver.cpp).
    bool writeServerChunk(QByteArrayView ids, const WaveData &columns);
    bool serverLandlordIds(const QStringList &codes);
    qint64 finishOnServer(const QStringList &landlordCodes, const std::vector<int> &blobIndex,
                          const std::vector<WaveData::SegmentColumn> &segments, const QByteArray &summary);
    std::optional<PeerSummary::Draft> peerSummaryDraft(const QByteArray &summary) const;
    bool failPipe();
    bool commit();

    Store &m_store;
    std::optional<TransactionGuard> m_transaction;
    // A server: the statements' connection and the rows held by landlord;
    // released before the transaction (which a rollback then ends).
    std::optional<PgPipe> m_pipe;
    std::optional<PgWaveRows> m_serverRows;
    std::optional<RowBatch> m_respondents;
    std::optional<RowBatch> m_answers;
    std::optional<RowBatch> m_segments;
    qint64 m_waveId = 0;
    bool m_replaces = false;   // a wave was deleted: its freed pages are wiped after the commit
    int m_year = 0;
    QString m_scope;
    QString m_strata;
    int m_chunks = 0;
    qint64 m_respondentCount = 0;
    QHash<QString, qint64> m_landlordIds;   // the store's ids of the codes met so far
    bool m_chunksWithoutLandlord = false;   // written without landlord_id: finish() sets it
};
