// How a wave is written on a server (WaveWriter): binary parameters on
// QPSQL's libpq connection, the chunk rows gathered by landlord
// (PgWaveRows), each statement sent while the client prepares the next.
#include "wavesession.h"

#include "landlorddesign.h"
#include "landlordsegments.h"
#include "peersummary.h"
#include "pseudonymiser.h"
#include "storechecksum.h"
#include "wavesummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store::WaveSession", text);
}

} // namespace

bool Store::WaveSession::failPipe()
{
    return m_store.failSql(m_pipe ? m_pipe->error() : QSqlError());
}

// The server's ids of codes not met yet, their rows made if new: one
// statement for all of them.
bool Store::WaveSession::serverLandlordIds(const QStringList &codes)
{
    PgArray missing(PgArray::Type::Text);
    for (const QString &code : codes)
        if (!code.isEmpty() && !m_landlordIds.contains(code))
            missing.add(code.toUtf8());
    if (missing.size() == 0)
        return true;
    std::vector<std::vector<QByteArray>> rows;
    if (!m_pipe->exec("INSERT INTO landlords (code, name) SELECT c, c FROM unnest($1::text[]) WITH ORDINALITY "
                      "AS t (c, n) ORDER BY n ON CONFLICT (code) DO UPDATE SET code = excluded.code RETURNING code, id",
                      {missing.param()}, &rows))
        return failPipe();
    for (const std::vector<QByteArray> &row : rows)
        m_landlordIds.insert(QString::fromUtf8(row.at(0)), row.at(1).toLongLong());
    return true;
}

bool Store::WaveSession::writeServerChunk(QByteArrayView ids, const WaveData &columns)
{
    const QByteArray pseudonyms = m_store.m_pseudonymiser->pseudonymiseLineBytes(ids);
    if (pseudonyms.isEmpty())
        return m_store.fail(StoreError::Kind::Failed, tr("the respondent ids could not be pseudonymised"));
    if (!serverLandlordIds(columns.landlordCodes))
        return false;
    // A chunk that does not name its codes is given its landlords by finish().
    std::vector<std::optional<qint64>> landlordIds(std::size_t(columns.landlordCodes.size()));
    for (qsizetype c = 0; c < columns.landlordCodes.size(); ++c)
        if (const auto found = m_landlordIds.constFind(columns.landlordCodes[c]); found != m_landlordIds.constEnd())
            landlordIds[std::size_t(c)] = *found;
    if (columns.landlordCodes.isEmpty() && !columns.weights.empty())
        m_chunksWithoutLandlord = true;
    // The caller may use the store before the next chunk (the window's
    // progress lets its timers run): rows sent here are stored before it
    // returns. The file's reading goes on meanwhile, a chunk ahead.
    return (m_serverRows->add(pseudonyms, columns, landlordIds) && m_pipe->wait()) || failPipe();
}

qint64 Store::WaveSession::finishOnServer(const QStringList &landlordCodes, const std::vector<int> &blobIndex,
                                          const std::vector<WaveData::SegmentColumn> &segments,
                                          const QByteArray &summary)
{
    // The last rows go first; what follows is computed while they are stored.
    if (!m_serverRows->flush() || !serverLandlordIds(landlordCodes)) {
        failPipe();
        return 0;
    }
    m_chunks = m_serverRows->chunks();
    m_respondentCount = m_serverRows->respondentCount();
    PgArray position(PgArray::Type::Int4), landlordId(PgArray::Type::Int8), blob(PgArray::Type::Int4);
    std::vector<qint64> storedIndex;
    // What each landlord's users read of the segment columns (landlordsegments.h).
    std::vector<qint64> segmentLandlordIds;
    std::vector<LandlordSegments::Used> usedSegmentValues;
    for (int i = 0; i < landlordCodes.size(); ++i) {
        // NULL when the chunks use the position itself, as waves written
        // before blob_index existed do.
        const int index = blobIndex.empty() ? i : blobIndex[std::size_t(i)];
        storedIndex.push_back(index == i ? -1 : index);
        position.addInt4(i);
        const auto found = m_landlordIds.constFind(landlordCodes[i]);
        if (found == m_landlordIds.constEnd()) {
            landlordId.addNull(); // an empty code: refused by NOT NULL, as before
        } else {
            landlordId.addInt8(*found);
            segmentLandlordIds.push_back(*found);
            usedSegmentValues.push_back(m_serverRows->usedSegmentValues(std::uint16_t(index)));
        }
        if (index == i)
            blob.addNull();
        else
            blob.addInt4(index);
    }
    PgArray segmentPosition(PgArray::Type::Int4), name(PgArray::Type::Text), dictionary(PgArray::Type::Text),
        checksum(PgArray::Type::Bytea);
    for (int c = 0; c < int(segments.size()); ++c) {
        const QByteArray json =
            QJsonDocument(QJsonArray::fromStringList(segments[c].dictionary)).toJson(QJsonDocument::Compact);
        segmentPosition.addInt4(c);
        name.add(segments[c].name.toUtf8());
        dictionary.add(json);
        checksum.add(StoreChecksum::segmentColumn(c, segments[c].name, QString::fromUtf8(json)));
    }
    const QByteArray waveChecksum = StoreChecksum::wave(m_year, m_scope, m_respondentCount, landlordCodes, storedIndex);
    // The summaries' bytes are made while the last rows are stored.
    const QByteArray summaryChecksum = StoreChecksum::summary(summary);
    const std::optional<PeerSummary::Draft> peer = peerSummaryDraft(summary);
    const QByteArray landlordsAndTotals =
        "WITH l AS (INSERT INTO wave_landlords (wave_id, position, landlord_id, blob_index) "
        "SELECT $1, * FROM unnest($2::int4[], $3::int8[], $4::int4[])), "
        "s AS (INSERT INTO segment_columns (wave_id, position, name, dictionary, checksum) "
        "SELECT $1, * FROM unnest($5::int4[], $6::text[], $7::text[], $8::bytea[])) "
        "UPDATE waves SET respondent_count = $9, notes = $10, checksum = $11 WHERE id = $1";
    if (!m_pipe->exec(landlordsAndTotals,
                      {PgParam::int8(m_waveId), position.param(), landlordId.param(), blob.param(),
                       segmentPosition.param(), name.param(), dictionary.param(), checksum.param(),
                       PgParam::int8(m_respondentCount), PgParam::text(m_notes), PgParam::bytea(waveChecksum)})) {
        failPipe();
        return 0;
    }
    // The chunks written without their landlord learn it now that its row exists.
    if (m_chunksWithoutLandlord) {
        for (const QString &statement : m_store.m_dialect->chunkLandlordStatements()) {
            QString numbered = statement;
            numbered.replace(QLatin1Char('?'), QLatin1String("$1"));
            if (!m_pipe->exec(numbered.toUtf8(), {PgParam::int8(m_waveId)})) {
                failPipe();
                return 0;
            }
        }
    }
    if (m_store.m_secured
        && !LandlordSegments::write(*m_pipe, m_waveId, segmentLandlordIds, usedSegmentValues, segments)) {
        failPipe();
        return 0;
    }
    if (!summary.isEmpty()) {
        // One statement after the other, with no work of the client's in between.
        if (!m_pipe->send("INSERT INTO wave_summaries (wave_id, data, checksum) VALUES ($1, $2, $3)",
                          {PgParam::int8(m_waveId), PgParam::bytea(summary), PgParam::bytea(summaryChecksum)})
            || (peer && !PeerSummary::write(*m_pipe, m_waveId, *peer, false, nullptr)) || !m_pipe->wait()) {
            failPipe();
            return 0;
        }
        // A summary the session could not make a peer summary of (a
        // landlord it has no id of) goes the way of any other, designs included.
        if (!peer) {
            if (!m_store.writePeerSummary(m_waveId, summary))
                return 0;
        } else if (needsLandlordDesigns(m_strata, nullptr) && !m_store.writeLandlordDesigns(m_waveId)) {
            return 0;
        }
    }
    if (!m_pipe->wait()) {
        failPipe();
        return 0;
    }
    return commit() ? m_waveId : 0;
}

// A new wave's peer summary (peersummary.h), drawn from the landlords' ids
// this session knows; none when the store has no landlords' users.
std::optional<PeerSummary::Draft> Store::WaveSession::peerSummaryDraft(const QByteArray &summary) const
{
    if (!m_store.m_secured || summary.isEmpty())
        return std::nullopt;
    const std::optional<WaveSummary> parsed = WaveSummary::deserialize(summary);
    if (!parsed)
        return std::nullopt;
    std::vector<qint64> ids;
    for (const QString &code : parsed->landlordCodes()) {
        const auto found = m_landlordIds.constFind(code);
        if (found == m_landlordIds.constEnd())
            return std::nullopt;
        ids.push_back(*found);
    }
    return PeerSummary::draft(*parsed, ids, {});
}
