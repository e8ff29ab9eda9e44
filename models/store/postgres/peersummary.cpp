#include "peersummary.h"

#include "pgpipe.h"

#include "storechecksum.h"
#include "wavesummary.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <numeric>

namespace {

bool failed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

bool failed(const PgPipe &pipe, QString *error)
{
    if (error)
        *error = pipe.error().text();
    return false;
}

// The landlords' ids by code, and the positions they already have in the
// wave's peer summary: one statement (binary parameters, PgPipe).
bool readLandlords(PgPipe &pipe, qint64 waveId, const QStringList &codes, std::vector<qint64> *ids,
                   std::map<qint64, int> *positions, QString *error)
{
    PgArray codeArray(PgArray::Type::Text);
    for (const QString &code : codes)
        codeArray.add(code.toUtf8());
    std::vector<std::vector<QByteArray>> rows;
    if (!pipe.exec("SELECT c.code, l.id FROM unnest($1::text[]) WITH ORDINALITY AS c (code, n) "
                   "LEFT JOIN landlords l ON l.code = c.code ORDER BY c.n",
                   {codeArray.param()}, &rows))
        return failed(pipe, error);
    for (const std::vector<QByteArray> &row : rows) {
        if (row.at(1).isEmpty()) {
            if (error)
                *error = QStringLiteral("landlord %1 of the summary is not in the store").arg(QString::fromUtf8(row.at(0)));
            return false;
        }
        ids->push_back(row.at(1).toLongLong());
    }
    rows.clear();
    if (!pipe.exec("SELECT landlord_id, position FROM wave_peer_positions WHERE wave_id = $1",
                   {PgParam::int8(waveId)}, &rows))
        return failed(pipe, error);
    for (const std::vector<QByteArray> &row : rows)
        (*positions)[row.at(0).toLongLong()] = row.at(1).toInt();
    return true;
}

} // namespace

QString PeerSummary::pseudonym(int position)
{
    return QStringLiteral("pair-%1").arg(position + 1, 2, 10, QLatin1Char('0'));
}

bool PeerSummary::write(QSqlDatabase db, qint64 waveId, const QByteArray &summaryBlob, QString *error)
{
    PgPipe pipe(db);
    return write(pipe, waveId, summaryBlob, error);
}

bool PeerSummary::write(PgPipe &pipe, qint64 waveId, const QByteArray &summaryBlob, QString *error)
{
    const std::optional<WaveSummary> summary = WaveSummary::deserialize(summaryBlob);
    if (!summary) {
        // Bytes that are not a wave summary (the store keeps whatever it is
        // given) make no peer summary: landlords' users then see no figures
        // of that wave, never stale ones.
        for (const char *table : {"wave_peer_summaries", "wave_peer_positions"}) {
            if (!pipe.exec(QByteArray("DELETE FROM ") + table + " WHERE wave_id = $1", {PgParam::int8(waveId)}))
                return failed(pipe, error);
        }
        return true;
    }
    std::vector<qint64> ids;
    std::map<qint64, int> kept;
    if (!readLandlords(pipe, waveId, summary->landlordCodes(), &ids, &kept, error))
        return false;
    return write(pipe, waveId, draft(*summary, ids, kept), true, error);
}

PeerSummary::Draft PeerSummary::draft(const WaveSummary &summary, const std::vector<qint64> &landlordIds,
                                      const std::map<qint64, int> &kept)
{
    const qsizetype count = summary.landlordCodes().size();
    Q_ASSERT(qsizetype(landlordIds.size()) == count);
    // The same positions as before when the landlords are the same, else a
    // new random draw (never derived from the codes).
    std::vector<int> order(std::size_t(count), -1);
    bool same = kept.size() == landlordIds.size();
    for (std::size_t i = 0; same && i < landlordIds.size(); ++i) {
        const auto it = kept.find(landlordIds[i]);
        same = it != kept.end() && it->second >= 0 && it->second < int(landlordIds.size());
        if (same)
            order[i] = it->second;
    }
    if (!same) {
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::system());
    }
    QStringList pseudonyms;
    for (int p = 0; p < count; ++p)
        pseudonyms << pseudonym(p);
    const QByteArray blob = summary.reordered(order, pseudonyms).serialize();
    return {landlordIds, order, blob, StoreChecksum::summary(blob)};
}

bool PeerSummary::write(PgPipe &pipe, qint64 waveId, const Draft &draft, bool replace, QString *error)
{
    PgArray landlordIds(PgArray::Type::Int8), positions(PgArray::Type::Int4);
    for (std::size_t i = 0; i < draft.landlordIds.size(); ++i) {
        landlordIds.addInt8(draft.landlordIds[i]);
        positions.addInt4(draft.positions[i]);
    }
    if ((replace && !pipe.send("DELETE FROM wave_peer_positions WHERE wave_id = $1", {PgParam::int8(waveId)}))
        || !pipe.send("INSERT INTO wave_peer_positions (wave_id, landlord_id, position) "
                      "SELECT $1, * FROM unnest($2::int8[], $3::int4[])",
                      {PgParam::int8(waveId), landlordIds.param(), positions.param()})
        || !pipe.exec("INSERT INTO wave_peer_summaries (wave_id, data, checksum) VALUES ($1, $2, $3) "
                      "ON CONFLICT (wave_id) DO UPDATE SET data = EXCLUDED.data, checksum = EXCLUDED.checksum",
                      {PgParam::int8(waveId), PgParam::bytea(draft.blob), PgParam::bytea(draft.checksum)}))
        return failed(pipe, error);
    return true;
}

QByteArray PeerSummary::read(QSqlDatabase db, qint64 waveId, const QString &ownCode, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT data, checksum, satisfecit.my_peer_position(wave_id) "
                                 "FROM wave_peer_summaries WHERE wave_id = ?"));
    query.addBindValue(waveId);
    if (!query.exec()) {
        failed(query, error);
        return {};
    }
    if (!query.next())
        return {};
    const QByteArray blob = query.value(0).toByteArray();
    if (query.value(1).toByteArray() != StoreChecksum::summary(blob)) {
        if (error)
            *error = QStringLiteral("the wave's summary does not match its checksum");
        return {};
    }
    if (query.value(2).isNull())
        return blob; // the user's landlord has no respondents in this wave
    std::optional<WaveSummary> summary = WaveSummary::deserialize(blob, error);
    const int position = query.value(2).toInt();
    if (!summary || position < 0 || position >= summary->landlordCodes().size()) {
        if (error && error->isEmpty())
            *error = QStringLiteral("the wave's summary does not match its landlords");
        return {};
    }
    summary->setLandlordCode(position, ownCode);
    return summary->serialize();
}
