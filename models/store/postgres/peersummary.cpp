#include "peersummary.h"

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

// The landlords' ids by code, and the positions they already have in the
// wave's peer summary.
bool readLandlords(QSqlDatabase db, qint64 waveId, const QStringList &codes, std::vector<qint64> *ids,
                   std::map<qint64, int> *positions, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM landlords WHERE code = ?"));
    for (const QString &code : codes) {
        query.addBindValue(code);
        if (!query.exec() || !query.next()) {
            if (error)
                *error = QStringLiteral("landlord %1 of the summary is not in the store").arg(code);
            return false;
        }
        ids->push_back(query.value(0).toLongLong());
    }
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT landlord_id, position FROM wave_peer_positions WHERE wave_id = ?"));
    existing.addBindValue(waveId);
    if (!existing.exec())
        return failed(existing, error);
    while (existing.next())
        (*positions)[existing.value(0).toLongLong()] = existing.value(1).toInt();
    return true;
}

} // namespace

QString PeerSummary::pseudonym(int position)
{
    return QStringLiteral("pair-%1").arg(position + 1, 2, 10, QLatin1Char('0'));
}

bool PeerSummary::write(QSqlDatabase db, qint64 waveId, const QByteArray &summaryBlob, QString *error)
{
    const std::optional<WaveSummary> summary = WaveSummary::deserialize(summaryBlob);
    QSqlQuery query(db);
    if (!summary) {
        // Bytes that are not a wave summary (the store keeps whatever it is
        // given) make no peer summary: landlords' users then see no figures
        // of that wave, never stale ones.
        for (const char *table : {"wave_peer_summaries", "wave_peer_positions"}) {
            query.prepare(QStringLiteral("DELETE FROM %1 WHERE wave_id = ?").arg(QLatin1String(table)));
            query.addBindValue(waveId);
            if (!query.exec())
                return failed(query, error);
        }
        return true;
    }
    const QStringList &codes = summary->landlordCodes();
    std::vector<qint64> ids;
    std::map<qint64, int> kept;
    if (!readLandlords(db, waveId, codes, &ids, &kept, error))
        return false;

    // The same positions as before when the landlords are the same, else a
    // new random draw (never derived from the codes).
    std::vector<int> order(std::size_t(codes.size()), -1);
    bool same = kept.size() == ids.size();
    for (std::size_t i = 0; same && i < ids.size(); ++i) {
        const auto it = kept.find(ids[i]);
        same = it != kept.end() && it->second >= 0 && it->second < int(ids.size());
        if (same)
            order[i] = it->second;
    }
    if (!same) {
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::system());
    }
    QStringList pseudonyms;
    for (int p = 0; p < codes.size(); ++p)
        pseudonyms << pseudonym(p);
    const QByteArray blob = summary->reordered(order, pseudonyms).serialize();

    query.prepare(QStringLiteral("DELETE FROM wave_peer_positions WHERE wave_id = ?"));
    query.addBindValue(waveId);
    if (!query.exec())
        return failed(query, error);
    query.prepare(QStringLiteral("INSERT INTO wave_peer_positions (wave_id, landlord_id, position) VALUES (?, ?, ?)"));
    for (std::size_t i = 0; i < ids.size(); ++i) {
        query.addBindValue(waveId);
        query.addBindValue(ids[i]);
        query.addBindValue(order[i]);
        if (!query.exec())
            return failed(query, error);
    }
    query.prepare(QStringLiteral("INSERT INTO wave_peer_summaries (wave_id, data, checksum) VALUES (?, ?, ?) "
                                 "ON CONFLICT (wave_id) DO UPDATE SET data = EXCLUDED.data, "
                                 "checksum = EXCLUDED.checksum"));
    query.addBindValue(waveId);
    query.addBindValue(blob);
    query.addBindValue(StoreChecksum::summary(blob));
    if (!query.exec())
        return failed(query, error);
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
