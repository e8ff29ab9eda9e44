// The waves part of the store gateway: respondents, answers and segments.
#include "store.h"

#include "pgpipe.h"
#include "storechecksum.h"
#include "transactionguard.h"
#include "wavewriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

const QString WaveColumns = QStringLiteral(
    "SELECT id, year, scope, source_file, sha256, imported_at, respondent_count, is_demo, strata, notes, "
    "(SELECT margins_file FROM wave_weightings WHERE wave_id = waves.id), "
    "(SELECT margins_sha256 FROM wave_weightings WHERE wave_id = waves.id) FROM waves ");

void appendCodes(std::vector<std::uint16_t> &codes, const QByteArray &bytes)
{
    const std::size_t first = codes.size();
    codes.resize(first + std::size_t(bytes.size() / 2));
    for (std::size_t i = first; i < codes.size(); ++i)
        codes[i] = qFromLittleEndian<std::uint16_t>(bytes.constData() + 2 * (i - first));
}

} // namespace

WaveInfo Store::waveFromQuery(const QSqlQuery &query) const
{
    WaveInfo w;
    w.id = query.value(0).toLongLong();
    w.year = query.value(1).toInt();
    w.scope = query.value(2).toString();
    w.sourceFile = query.value(3).toString();
    w.sha256 = query.value(4).toString();
    w.importedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
    w.respondentCount = query.value(6).toInt();
    w.isDemo = query.value(7).toBool();
    w.strata = query.value(8).toString();
    w.notes = query.value(9).toString();
    w.marginsFile = query.value(10).toString();
    w.marginsSha256 = query.value(11).toString();
    return w;
}

QList<WaveInfo> Store::waves() const
{
    QList<WaveInfo> list;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(WaveColumns + QLatin1String("ORDER BY year, scope"))) {
        failQuery(query); // none, and error() says why (a server gone away)
        return list;
    }
    while (query.next())
        list << waveFromQuery(query);
    return list;
}

std::optional<WaveInfo> Store::findWave(const QString &where, const QVariant &a, const QVariant &b) const
{
    if (!m_db.isOpen()) // a server gone: no wave, without the driver's warning
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(WaveColumns + where);
    query.addBindValue(a);
    if (b.isValid())
        query.addBindValue(b);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return waveFromQuery(query);
}

std::optional<WaveInfo> Store::wave(qint64 id) const
{
    return findWave(QStringLiteral("WHERE id = ?"), id);
}

std::optional<WaveInfo> Store::waveBySha256(const QString &sha256) const
{
    return findWave(QStringLiteral("WHERE sha256 = ?"), sha256);
}

std::optional<WaveInfo> Store::waveByYearAndScope(int year, const QString &scope) const
{
    return findWave(QStringLiteral("WHERE year = ? AND scope = ?"), year, scope);
}

qint64 Store::landlordId(const QString &code)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO landlords (code, name) VALUES (?, ?) "
                                 "ON CONFLICT (code) DO UPDATE SET code = excluded.code RETURNING id"));
    query.addBindValue(code);
    query.addBindValue(code);
    if (!query.exec() || !query.next()) {
        failQuery(query);
        return 0;
    }
    return query.value(0).toLongLong();
}

qint64 Store::insertWave(const WaveInfo &info, const WaveData &data, const QByteArray &summary,
                         qint64 replacedId, const Codebook *newQuestions)
{
    WaveWriter writer(*this);
    if (!writer.begin(info, replacedId, newQuestions))
        return 0;
    // No chunk for no respondents: a chunk's ids hold at least one.
    if (data.respondentCount() > 0 && !writer.writeChunk(data.respondentIds.join(QLatin1Char('\n')).toUtf8(), data))
        return 0;
    return writer.finish(data.landlordCodes, {}, data.segments, summary);
}

bool Store::writeWaveSummary(qint64 waveId, const QByteArray &summary)
{
    if (isServer()) {
        // A binary parameter: a summary of a megabyte is neither escaped to
        // text by the client nor parsed back by the server.
        PgPipe pipe(m_db);
        if (!pipe.exec("INSERT INTO wave_summaries (wave_id, data, checksum) VALUES ($1, $2, $3) "
                       "ON CONFLICT (wave_id) DO UPDATE SET data = excluded.data, checksum = excluded.checksum",
                       {PgParam::int8(waveId), PgParam::bytea(summary), PgParam::bytea(StoreChecksum::summary(summary))}))
            return failSql(pipe.error());
        return writePeerSummary(waveId, summary);
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO wave_summaries (wave_id, data, checksum) VALUES (?, ?, ?) "
                                 "ON CONFLICT (wave_id) DO UPDATE SET data = excluded.data, "
                                 "checksum = excluded.checksum"));
    query.addBindValue(waveId);
    query.addBindValue(summary);
    query.addBindValue(StoreChecksum::summary(summary));
    // On a server, the landlords' users read its anonymous copy (storesession.cpp).
    return (query.exec() || failQuery(query)) && writePeerSummary(waveId, summary);
}

bool Store::setWaveStrata(qint64 waveId, const QString &column)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return failSql(m_db.lastError());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE waves SET strata = ? WHERE id = ?"));
    query.addBindValue(column.isNull() ? QStringLiteral("") : column); // NOT NULL: '' is no strata
    query.addBindValue(waveId);
    if (!query.exec())
        return failQuery(query);
    if (query.numRowsAffected() != 1)
        return fail(StoreError::Kind::Failed, tr("no wave %1 in the store").arg(waveId));
    // The landlords' users' errors follow the new design (storesession.cpp).
    if (!writeLandlordDesigns(waveId))
        return false;
    return transaction.commit() || failSql(transaction.error());
}

bool Store::saveWaveSummary(qint64 waveId, const QByteArray &summary)
{
    return writeWaveSummary(waveId, summary);
}

QByteArray Store::waveSummary(qint64 waveId) const
{
    m_error = {};
    if (m_session.kind == SessionRole::Kind::Landlord)
        return peerSummary(waveId);
    if (!checkWaveRow(waveId))
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT data, checksum FROM wave_summaries WHERE wave_id = ?"));
    query.addBindValue(waveId);
    if (!query.exec() || !query.next())
        return {};
    const QByteArray data = query.value(0).toByteArray();
    if (query.value(1).toByteArray() != StoreChecksum::summary(data)) {
        if (const std::optional<WaveInfo> info = wave(waveId))
            failDamaged(*info, tr("its summary does not match its checksum"));
        return {};
    }
    return data;
}

bool Store::deleteWaveRows(qint64 waveId)
{
    // Cascades to respondents, answers, segments and the summary.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM waves WHERE id = ?"));
    query.addBindValue(waveId);
    if (!query.exec())
        return failQuery(query);
    return exec(QStringLiteral("DELETE FROM landlords WHERE id NOT IN "
                               "(SELECT landlord_id FROM wave_landlords)"));
}

bool Store::deleteWave(qint64 waveId)
{
    TransactionGuard transaction(m_db);
    if (!deleteWaveRows(waveId))
        return false;
    if (!transaction.commit())
        return failCommit(transaction.error(), tr("the wave could not be deleted"));
    wipeFreedPages();
    m_damage = {};
    return true;
}

bool Store::deleteDemoData()
{
    TransactionGuard transaction(m_db);
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT id FROM waves WHERE is_demo = 1"));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    for (qint64 id : ids)
        if (!deleteWaveRows(id))
            return false;
    if (!exec(QStringLiteral("DELETE FROM published_figures WHERE is_demo = 1")))
        return false;
    if (!transaction.commit())
        return failCommit(transaction.error(), tr("the demo data could not be removed"));
    wipeFreedPages();
    return true;
}

QStringList Store::landlordCodes(qint64 waveId) const
{
    QStringList codes;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT l.code FROM wave_landlords w JOIN landlords l ON "
                                 "l.id = w.landlord_id WHERE w.wave_id = ? ORDER BY w.position"));
    query.addBindValue(waveId);
    query.exec();
    while (query.next())
        codes << query.value(0).toString();
    return codes;
}

std::optional<WaveData> Store::loadWave(qint64 waveId, bool fileWeights) const
{
    const std::optional<WaveInfo> info = wave(waveId);
    if (!info)
        return std::nullopt;
    WaveData data;
    data.waveId = waveId;
    data.year = info->year;
    data.scope = info->scope;
    // Every read checks the shape of what it reads and the checksum of each
    // row: a damaged store is reported, never read past its end or counted.
    const auto damaged = [&](const QString &detail) {
        failDamaged(*info, detail);
        return std::nullopt;
    };

    // A landlord's user on a server reads its own landlord's chunks only
    // (row-level security): a part of the wave, whose row it cannot check
    // (that takes every landlord's code).
    const bool part = m_session.kind == SessionRole::Kind::Landlord;
    // The chunks' landlord codes, mapped to the wave's own landlord order.
    QSqlQuery landlords(m_db);
    landlords.setForwardOnly(true);
    landlords.prepare(QStringLiteral("SELECT l.code, w.blob_index, w.position FROM wave_landlords w JOIN landlords l ON "
                                     "l.id = w.landlord_id WHERE w.wave_id = ? ORDER BY w.position"));
    landlords.addBindValue(waveId);
    if (!landlords.exec()) {
        failQuery(landlords);
        return std::nullopt;
    }
    std::vector<int> blobIndex;
    std::vector<qint64> storedIndex;
    bool identity = true;
    while (landlords.next()) {
        const int position = int(data.landlordCodes.size());
        data.landlordCodes << landlords.value(0).toString();
        // A part of the wave: the chunks hold the landlord's index in the whole wave.
        const int stored = part ? landlords.value(2).toInt() : position;
        blobIndex.push_back(landlords.value(1).isNull() ? stored : landlords.value(1).toInt());
        storedIndex.push_back(landlords.value(1).isNull() ? -1 : landlords.value(1).toLongLong());
        identity = identity && blobIndex.back() == position;
    }
    if (!part && !checkWaveRow(*info, data.landlordCodes, storedIndex))
        return std::nullopt;
    std::vector<std::uint16_t> toPosition;
    identity = identity && !part;
    if (!identity) {
        const int indexes = part && !blobIndex.empty() ? 1 + *std::max_element(blobIndex.begin(), blobIndex.end())
                                                       : int(blobIndex.size());
        toPosition.assign(std::size_t(std::max(indexes, 0)), std::uint16_t(0xFFFF));
        for (std::size_t position = 0; position < blobIndex.size(); ++position) {
            const int index = blobIndex[position];
            if (index < 0 || std::size_t(index) >= toPosition.size() || toPosition[std::size_t(index)] != 0xFFFF)
                return damaged(tr("a landlord is out of range"));
            toPosition[std::size_t(index)] = std::uint16_t(position);
        }
    }

    int n = info->respondentCount;
    if (n < 0)
        return damaged(tr("the respondents do not match the %1 declared").arg(n));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT chunk, ids, landlords, qpv, weights, checksum FROM respondents "
                                 "WHERE wave_id = ? ORDER BY chunk"));
    query.addBindValue(waveId);
    if (!query.exec()) {
        failQuery(query);
        return std::nullopt;
    }
    std::vector<int> chunkSizes;
    std::vector<qint64> chunkNumbers; // as stored: 0, 1, 2… for the whole wave
    while (query.next()) {
        const qint64 chunk = part ? query.value(0).toLongLong() : qint64(chunkSizes.size());
        const QByteArray landlordBytes = query.value(2).toByteArray();
        const QByteArray qpv = query.value(3).toByteArray();
        const QByteArray weights = query.value(4).toByteArray();
        if (query.value(0).toLongLong() != chunk || (!chunkNumbers.empty() && chunk <= chunkNumbers.back())
            || query.value(5).toByteArray() != StoreChecksum::respondents(chunk, landlordBytes, qpv, weights))
            return damaged(tr("the respondents (chunk %1) do not match their checksum").arg(chunk));
        const QStringList ids = query.value(1).toString().split(QLatin1Char('\n'));
        const qsizetype size = qpv.size();
        if (size == 0 || ids.size() != size || landlordBytes.size() != 2 * size
            || weights.size() != qsizetype(sizeof(double)) * size || data.weights.size() + std::size_t(size) > std::size_t(n))
            return damaged(tr("the respondents do not match the %1 declared").arg(n));
        const std::size_t first = data.weights.size();
        data.respondentIds << ids;
        appendCodes(data.landlord, landlordBytes);
        data.qpv.insert(data.qpv.end(), qpv.begin(), qpv.end());
        data.weights.resize(first + std::size_t(size));
        for (std::size_t i = first; i < data.weights.size(); ++i)
            data.weights[i] = qFromLittleEndian<double>(weights.constData() + (i - first) * sizeof(double));
        chunkSizes.push_back(int(size));
        chunkNumbers.push_back(chunk);
    }
    if (part) {
        // Its own respondents: what the chunks hold, their landlord mapped first.
        for (std::uint16_t &l : data.landlord)
            l = l < toPosition.size() ? toPosition[l] : std::uint16_t(0xFFFF);
    }
    const int total = n;
    if (part)
        n = int(data.weights.size());
    if (int(data.weights.size()) != n)
        return damaged(tr("the respondents do not match the %1 declared").arg(total));
    if (!checkRespondentValues(*info, data))
        return std::nullopt;
    if (!identity && !part)
        for (std::uint16_t &l : data.landlord)
            l = toPosition[l];

    QSqlQuery answers(m_db);
    answers.setForwardOnly(true);
    answers.prepare(m_dialect->selectAnswerColumns());
    answers.addBindValue(waveId);
    if (!answers.exec()) {
        failQuery(answers);
        return std::nullopt;
    }
    int chunk = 0;
    while (answers.next()) {
        const QString code = answers.value(0).toString();
        const QString typeName = answers.value(1).toString();
        const int bits = answers.value(3).toInt();
        const QByteArray bytes = answers.value(4).toByteArray();
        if (data.answers.empty() || data.answers.back().code != code) {
            if (!data.answers.empty() && chunk != int(chunkSizes.size()))
                return damaged(tr("the answers to %1 do not match the %2 respondents")
                                   .arg(data.answers.back().code).arg(n));
            const std::optional<QuestionType> type = questionTypeFromName(typeName);
            if (!type || answers.value(5).toLongLong() != qint64(data.answers.size()))
                return damaged(tr("the answers to %1 do not match their checksum").arg(code));
            WaveData::AnswerColumn column;
            column.code = code;
            column.type = *type;
            column.values.reserve(std::size_t(n));
            data.answers.push_back(std::move(column));
            chunk = 0;
        }
        const qint64 stored = chunk < int(chunkNumbers.size()) ? chunkNumbers[std::size_t(chunk)] : -1;
        if (answers.value(2).toLongLong() != stored
            || answers.value(6).toByteArray()
                   != StoreChecksum::answers(code, stored, answers.value(5).toLongLong(), typeName, bits, bytes))
            return damaged(tr("the answers to %1 do not match their checksum").arg(code));
        const int size = chunk < int(chunkSizes.size()) ? chunkSizes[std::size_t(chunk)] : -1;
        if (size < 0 || (bits == 8 && bytes.size() != size) || (bits == 4 && bytes.size() != (size + 1) / 2)
            || (bits != 4 && bits != 8))
            return damaged(tr("the answers to %1 do not match the %2 respondents").arg(code).arg(n));
        ++chunk;
        std::vector<std::uint8_t> &values = data.answers.back().values;
        if (bits == 8) {
            values.insert(values.end(), bytes.begin(), bytes.end());
            continue;
        }
        // Two answers a byte, the first in the low half.
        const std::size_t first = values.size();
        values.resize(first + std::size_t(size));
        for (int i = 0; i < size; ++i)
            values[first + std::size_t(i)] = std::uint8_t((uchar(bytes[i / 2]) >> (4 * (i % 2))) & 0x0F);
    }
    for (const WaveData::AnswerColumn &column : data.answers)
        if (int(column.values.size()) != n)
            return damaged(tr("the answers to %1 do not match the %2 respondents").arg(column.code).arg(n));
    if (!checkAnswerValues(*info, data))
        return std::nullopt;

    if (!readSegmentColumns(*info, &data.segments))
        return std::nullopt;
    QSqlQuery codes(m_db);
    codes.setForwardOnly(true);
    codes.prepare(QStringLiteral("SELECT position, chunk, codes, checksum FROM segment_codes WHERE wave_id = ? "
                                 "ORDER BY position, chunk"));
    codes.addBindValue(waveId);
    if (!codes.exec()) {
        failQuery(codes);
        return std::nullopt;
    }
    std::vector<int> segmentChunks(data.segments.size(), 0);
    while (codes.next()) {
        const qint64 position = codes.value(0).toLongLong();
        const QByteArray bytes = codes.value(2).toByteArray();
        if (position < 0 || position >= qint64(data.segments.size()))
            return damaged(tr("the segment columns are incomplete"));
        WaveData::SegmentColumn &column = data.segments[std::size_t(position)];
        int &next = segmentChunks[std::size_t(position)];
        const qint64 stored = next < int(chunkNumbers.size()) ? chunkNumbers[std::size_t(next)] : -1;
        if (codes.value(1).toLongLong() != stored
            || codes.value(3).toByteArray() != StoreChecksum::segmentCodes(position, stored, bytes))
            return damaged(tr("the segment column %1 does not match its checksum").arg(column.name));
        if (next >= int(chunkSizes.size()) || bytes.size() != 2 * qsizetype(chunkSizes[std::size_t(next)]))
            return damaged(tr("the segment columns are incomplete"));
        ++next;
        appendCodes(column.values, bytes);
    }
    for (const WaveData::SegmentColumn &column : data.segments)
        if (int(column.values.size()) != n)
            return damaged(tr("the segment columns are incomplete"));
    if (!checkSegmentValues(*info, data))
        return std::nullopt;
    if (!fileWeights && part) {
        const std::optional<std::vector<double>> raked = ownRakedWeights(waveId);
        if (raked && int(raked->size()) == n)
            data.weights = *raked;
        else if (raked)
            return damaged(tr("the raked weights do not match the respondents"));
    } else if (!fileWeights) {
        const std::optional<WaveWeighting> raked = weighting(waveId);
        if (raked && int(raked->weights.size()) == n)
            data.weights = raked->weights;
        else if (raked)
            return damaged(tr("the raked weights do not match the respondents"));
    }
    return data;
}

std::vector<WaveData::SegmentColumn> Store::segmentColumns(qint64 waveId) const
{
    std::vector<WaveData::SegmentColumn> columns;
    if (const std::optional<WaveInfo> info = wave(waveId); !info || !readSegmentColumns(*info, &columns))
        return {};
    return columns;
}
