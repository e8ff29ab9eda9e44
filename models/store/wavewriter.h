#pragma once

#include "store.h"
#include "storetypes.h"
#include "wavedata.h"

#include <QByteArrayView>

#include <memory>

class Codebook;

/// Writes one wave in a single transaction, a chunk of consecutive
/// respondents at a time, so that an import never holds a whole wave in
/// memory: begin(), writeChunk() for each chunk in file order, then finish(),
/// which commits. Until finish() succeeds nothing is visible to other
/// connections, and destroying the writer earlier rolls everything back: the
/// store is then unchanged. Failures are reported through Store::error().
///
/// On a server the respondents are stored as chunks of one landlord each
/// (PgWaveRows): a wave read back has them grouped by landlord in the
/// order of each landlord's first respondent, up to
/// PgWaveRows::HeldRespondents at a time, each landlord's in file order.
class WaveWriter
{
public:
    explicit WaveWriter(Store &store);
    ~WaveWriter();
    WaveWriter(const WaveWriter &) = delete;
    WaveWriter &operator=(const WaveWriter &) = delete;

    /// Opens the transaction, first saves newQuestions when given and deletes
    /// the wave replacedId when not 0, then adds the wave's row.
    bool begin(const WaveInfo &info, qint64 replacedId = 0, const Codebook *newQuestions = nullptr);
    bool isStarted() const { return waveId() != 0; }
    /// Rolls back what was written (as the destructor does), at once.
    void rollback();
    qint64 waveId() const;

    /// The next respondents: ids joined by '\n' (UTF-8; only their
    /// pseudonyms are written), the other columns from columns (whose
    /// respondentIds is not read). Landlord and segment codes
    /// are positions in the blob order given to finish(); columns.landlordCodes,
    /// when given, names them in that order (a server then files each
    /// chunk under its landlord at once instead of at finish()).
    bool writeChunk(QByteArrayView ids, const WaveData &columns);
    /// Sends the respondents a server holds (finish() does it too), so that
    /// the server stores them while the caller prepares the summary: until
    /// finish() or rollback(), the store is then used through the writer only.
    bool flush();

    /// Replaces the notes given to begin() (written by finish()).
    void setNotes(const QString &notes);

    /// landlordCodes: the wave's landlords in its own order; blobIndex[i]:
    /// the code the chunks used for landlordCodes[i] (empty: i). Segment
    /// names and dictionaries come from segments, in the chunks' order.
    /// Commits; returns the wave's id, or 0.
    qint64 finish(const QStringList &landlordCodes, const std::vector<int> &blobIndex,
                  const std::vector<WaveData::SegmentColumn> &segments, const QByteArray &summary);

private:
    Store &m_store;
    std::unique_ptr<Store::WaveSession> m_session;
};
