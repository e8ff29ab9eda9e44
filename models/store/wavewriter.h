#pragma once

#include "storetypes.h"
#include "transactionguard.h"
#include "wavedata.h"

#include <QSqlQuery>

#include <optional>

class Codebook;
class Store;

/// Writes one wave in a single transaction, a chunk of consecutive
/// respondents at a time, so that an import never holds a whole wave in
/// memory: begin(), writeChunk() for each chunk in file order, then finish(),
/// which commits. Until finish() succeeds nothing is visible to other
/// connections, and destroying the writer earlier rolls everything back: the
/// store is then unchanged. Failures are reported through Store::error().
class WaveWriter
{
public:
    explicit WaveWriter(Store &store);
    WaveWriter(const WaveWriter &) = delete;
    WaveWriter &operator=(const WaveWriter &) = delete;

    /// Opens the transaction, first saves newQuestions when given and deletes
    /// the wave replacedId when not 0, then adds the wave's row.
    bool begin(const WaveInfo &info, qint64 replacedId = 0, const Codebook *newQuestions = nullptr);
    bool isStarted() const { return m_waveId != 0; }
    /// Rolls back what was written (as the destructor does), at once.
    void rollback()
    {
        m_respondentQuery = QSqlQuery();
        m_answerQuery = QSqlQuery();
        m_segmentQuery = QSqlQuery();
        m_transaction.reset();
        m_waveId = 0;
    }
    qint64 waveId() const { return m_waveId; }

    /// The next respondents: ids joined by '\n' (UTF-8; only their
    /// pseudonyms are written), the other columns from columns (whose
    /// respondentIds is not read). Landlord and segment codes
    /// are positions in the blob order given to finish().
    bool writeChunk(QByteArrayView ids, const WaveData &columns);

    /// Replaces the notes given to begin() (written by finish()).
    void setNotes(const QString &notes) { m_notes = notes; }

    /// landlordCodes: the wave's landlords in its own order; blobIndex[i]:
    /// the code the chunks used for landlordCodes[i] (empty: i). Segment
    /// names and dictionaries come from segments, in the chunks' order.
    /// Commits; returns the wave's id, or 0.
    qint64 finish(const QStringList &landlordCodes, const std::vector<int> &blobIndex,
                  const std::vector<WaveData::SegmentColumn> &segments, const QByteArray &summary);

private:
    Store &m_store;
    std::optional<TransactionGuard> m_transaction;
    QSqlQuery m_respondentQuery;
    QSqlQuery m_answerQuery;
    QSqlQuery m_segmentQuery;
    qint64 m_waveId = 0;
    QString m_notes;
    bool m_replaces = false;   // a wave was deleted: its freed pages are wiped after the commit
    int m_year = 0;
    QString m_scope;
    int m_chunks = 0;
    qint64 m_respondentCount = 0;
};
