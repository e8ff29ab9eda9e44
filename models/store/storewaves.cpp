// The waves part of the store gateway: respondents, answers and segments.
#include "store.h"

#include "transactionguard.h"
#include "wavewriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

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
    query.exec(WaveColumns + QLatin1String("ORDER BY year, scope"));
    while (query.next())
        list << waveFromQuery(query);
    return list;
}

std::optional<WaveInfo> Store::findWave(const QString &where, const QVariant &a, const QVariant &b) const
{
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
                                 "ON CONFLICT (code) DO UPDATE SET code = code RETURNING id"));
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
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO wave_summaries (wave_id, data) VALUES (?, ?) "
                                 "ON CONFLICT (wave_id) DO UPDATE SET data = excluded.data"));
    query.addBindValue(waveId);
    query.addBindValue(summary);
    return query.exec() || failQuery(query);
}

bool Store::setWaveStrata(qint64 waveId, const QString &column)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE waves SET strata = ? WHERE id = ?"));
    query.addBindValue(column.isNull() ? QStringLiteral("") : column); // NOT NULL: '' is no strata
    query.addBindValue(waveId);
    if (!query.exec())
        return failQuery(query);
    if (query.numRowsAffected() != 1)
        return fail(StoreError::Kind::Failed, tr("no wave %1 in the store").arg(waveId));
    return true;
}

bool Store::saveWaveSummary(qint64 waveId, const QByteArray &summary)
{
    return writeWaveSummary(waveId, summary);
}

QByteArray Store::waveSummary(qint64 waveId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT data FROM wave_summaries WHERE wave_id = ?"));
    query.addBindValue(waveId);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
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
        return fail(StoreError::Kind::Failed, tr("the wave could not be deleted"));
    wipeFreedPages();
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
        return fail(StoreError::Kind::Failed, tr("the demo data could not be removed"));
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
    const auto damaged = [&]() {
        fail(StoreError::Kind::Corrupt, tr("the respondents of wave %1 are damaged in the store").arg(waveId));
        return std::nullopt;
    };

    // The chunks' landlord codes, mapped to the wave's own landlord order.
    QSqlQuery landlords(m_db);
    landlords.setForwardOnly(true);
    landlords.prepare(QStringLiteral("SELECT l.code, w.blob_index FROM wave_landlords w JOIN landlords l ON "
                                     "l.id = w.landlord_id WHERE w.wave_id = ? ORDER BY w.position"));
    landlords.addBindValue(waveId);
    if (!landlords.exec()) {
        failQuery(landlords);
        return std::nullopt;
    }
    std::vector<int> blobIndex;
    bool identity = true;
    while (landlords.next()) {
        const int position = int(data.landlordCodes.size());
        data.landlordCodes << landlords.value(0).toString();
        blobIndex.push_back(landlords.value(1).isNull() ? position : landlords.value(1).toInt());
        identity = identity && blobIndex.back() == position;
    }
    std::vector<std::uint16_t> toPosition;
    if (!identity) {
        toPosition.assign(blobIndex.size(), std::uint16_t(0xFFFF));
        for (std::size_t position = 0; position < blobIndex.size(); ++position) {
            const int index = blobIndex[position];
            if (index < 0 || std::size_t(index) >= toPosition.size() || toPosition[std::size_t(index)] != 0xFFFF)
                return damaged();
            toPosition[std::size_t(index)] = std::uint16_t(position);
        }
    }

    const int n = info->respondentCount;
    data.respondentIds.reserve(n);
    data.landlord.reserve(std::size_t(n));
    data.qpv.reserve(std::size_t(n));
    data.weights.reserve(std::size_t(n));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT chunk, ids, landlords, qpv, weights FROM respondents "
                                 "WHERE wave_id = ? ORDER BY chunk"));
    query.addBindValue(waveId);
    if (!query.exec()) {
        failQuery(query);
        return std::nullopt;
    }
    std::vector<int> chunkSizes;
    while (query.next()) {
        if (query.value(0).toInt() != int(chunkSizes.size()))
            return damaged();
        const std::size_t before = data.weights.size();
        data.respondentIds << query.value(1).toString().split(QLatin1Char('\n'));
        appendCodes(data.landlord, query.value(2).toByteArray());
        const QByteArray qpv = query.value(3).toByteArray();
        data.qpv.insert(data.qpv.end(), qpv.begin(), qpv.end());
        const QByteArray weights = query.value(4).toByteArray();
        const std::size_t first = data.weights.size();
        data.weights.resize(first + std::size_t(weights.size()) / sizeof(double));
        for (std::size_t i = first; i < data.weights.size(); ++i)
            data.weights[i] = qFromLittleEndian<double>(weights.constData() + (i - first) * sizeof(double));
        chunkSizes.push_back(int(data.weights.size() - before));
    }
    if (data.respondentIds.size() != n || int(data.landlord.size()) != n || int(data.qpv.size()) != n
        || int(data.weights.size()) != n)
        return damaged();
    if (!identity)
        for (std::uint16_t &l : data.landlord)
            if (l < toPosition.size())
                l = toPosition[l];

    QSqlQuery answers(m_db);
    answers.setForwardOnly(true);
    answers.prepare(QStringLiteral("SELECT question, type, chunk, bits, answers FROM answer_columns "
                                   "WHERE wave_id = ? ORDER BY position, chunk"));
    answers.addBindValue(waveId);
    answers.exec();
    while (answers.next()) {
        const QString code = answers.value(0).toString();
        if (data.answers.empty() || data.answers.back().code != code) {
            WaveData::AnswerColumn column;
            column.code = code;
            column.type = questionTypeFromName(answers.value(1).toString()).value_or(QuestionType::Satisfaction4);
            column.values.reserve(std::size_t(n));
            data.answers.push_back(std::move(column));
        }
        const int chunk = answers.value(2).toInt();
        const QByteArray bytes = answers.value(4).toByteArray();
        std::vector<std::uint8_t> &values = data.answers.back().values;
        if (answers.value(3).toInt() == 8) {
            values.insert(values.end(), bytes.begin(), bytes.end());
            continue;
        }
        // Two answers a byte, the first in the low half.
        if (chunk < 0 || chunk >= int(chunkSizes.size()) || bytes.size() != (chunkSizes[chunk] + 1) / 2)
            return damaged();
        const std::size_t first = values.size();
        values.resize(first + std::size_t(chunkSizes[chunk]));
        for (int i = 0; i < chunkSizes[chunk]; ++i)
            values[first + std::size_t(i)] = std::uint8_t((uchar(bytes[i / 2]) >> (4 * (i % 2))) & 0x0F);
    }
    for (const WaveData::AnswerColumn &column : data.answers)
        if (int(column.values.size()) != n)
            return damaged();

    data.segments = segmentColumns(waveId);
    QSqlQuery codes(m_db);
    codes.setForwardOnly(true);
    codes.prepare(QStringLiteral("SELECT position, codes FROM segment_codes WHERE wave_id = ? "
                                 "ORDER BY position, chunk"));
    codes.addBindValue(waveId);
    codes.exec();
    while (codes.next()) {
        const int position = codes.value(0).toInt();
        if (position < 0 || position >= int(data.segments.size()))
            return damaged();
        appendCodes(data.segments[std::size_t(position)].values, codes.value(1).toByteArray());
    }
    for (const WaveData::SegmentColumn &column : data.segments)
        if (int(column.values.size()) != n)
            return damaged();
    if (!fileWeights) {
        const std::optional<WaveWeighting> raked = weighting(waveId);
        if (raked && int(raked->weights.size()) == n)
            data.weights = raked->weights;
        else if (raked)
            return damaged();
    }
    return data;
}

std::vector<WaveData::SegmentColumn> Store::segmentColumns(qint64 waveId) const
{
    std::vector<WaveData::SegmentColumn> columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, dictionary FROM segment_columns WHERE wave_id = ? "
                                 "ORDER BY position"));
    query.addBindValue(waveId);
    query.exec();
    while (query.next()) {
        WaveData::SegmentColumn column;
        column.name = query.value(0).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(query.value(1).toByteArray()).array())
            column.dictionary << v.toString();
        columns.push_back(std::move(column));
    }
    return columns;
}
