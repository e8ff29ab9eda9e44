// The store gateway's checks of what it reads: every wave read is checked
// against its checksums and its own declared shape before anything counts
// it, so that a damaged or hand-edited store is reported (exit code 3 on
// the command line) instead of crashing or changing figures.
#include "store.h"

#include "storechecksum.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

} // namespace

bool Store::failDamaged(const WaveInfo &wave, const QString &detail) const
{
    fail(StoreError::Kind::Corrupt,
         tr("the store is damaged: wave %1 (%2, %3); import its file again to repair it")
             .arg(wave.year).arg(wave.scope, detail));
    if (m_damage.isNull())
        m_damage = m_error;
    return false;
}

bool Store::checkWaveRow(qint64 waveId) const
{
    const std::optional<WaveInfo> info = wave(waveId);
    if (!info)
        return false;
    QSqlQuery landlords(m_db);
    landlords.setForwardOnly(true);
    landlords.prepare(QStringLiteral("SELECT l.code, w.blob_index FROM wave_landlords w JOIN landlords l ON "
                                     "l.id = w.landlord_id WHERE w.wave_id = ? ORDER BY w.position"));
    landlords.addBindValue(waveId);
    if (!landlords.exec())
        return failQuery(landlords);
    QStringList codes;
    std::vector<qint64> blobIndex;
    while (landlords.next()) {
        codes << landlords.value(0).toString();
        blobIndex.push_back(landlords.value(1).isNull() ? -1 : landlords.value(1).toLongLong());
    }
    return checkWaveRow(*info, codes, blobIndex);
}

bool Store::checkWaveRow(const WaveInfo &info, const QStringList &landlordCodes,
                         const std::vector<qint64> &blobIndex) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT checksum FROM waves WHERE id = ?"));
    query.addBindValue(info.id);
    if (!query.exec() || !query.next())
        return failQuery(query);
    if (query.value(0).toByteArray()
        != StoreChecksum::wave(info.year, info.scope, info.respondentCount, landlordCodes, blobIndex))
        return failDamaged(info, tr("its row or its landlords do not match their checksum"));
    return true;
}

bool Store::checkRespondentValues(const WaveInfo &wave, const WaveData &data) const
{
    const std::size_t landlords = std::size_t(data.landlordCodes.size());
    for (std::size_t i = 0; i < data.weights.size(); ++i) {
        if (data.landlord[i] >= landlords)
            return failDamaged(wave, tr("a value of %1 is out of range").arg(QStringLiteral("landlord")));
        if (data.qpv[i] > 1)
            return failDamaged(wave, tr("a value of %1 is out of range").arg(QStringLiteral("qpv")));
        if (!std::isfinite(data.weights[i]) || !(data.weights[i] > 0))
            return failDamaged(wave, tr("a value of %1 is out of range").arg(QStringLiteral("weight")));
    }
    return true;
}

bool Store::checkAnswerValues(const WaveInfo &wave, const WaveData &data) const
{
    for (const WaveData::AnswerColumn &column : data.answers) {
        // Single-choice codes are positions among options the codebook may
        // since have lost: any byte is a position, the figures skip unknown ones.
        const int highest = column.type == QuestionType::Satisfaction4 ? 4
                            : column.type == QuestionType::YesNo       ? 2
                                                                       : 255;
        for (const std::uint8_t v : column.values)
            if (v > highest)
                return failDamaged(wave, tr("a value of %1 is out of range").arg(column.code));
    }
    return true;
}

bool Store::checkSegmentValues(const WaveInfo &wave, const WaveData &data) const
{
    for (const WaveData::SegmentColumn &column : data.segments) {
        const std::size_t size = std::size_t(column.dictionary.size());
        for (const std::uint16_t v : column.values)
            if (v >= size)
                return failDamaged(wave, tr("a value of %1 is out of range").arg(column.name));
    }
    return true;
}

bool Store::verifyWave(qint64 waveId) const
{
    m_error = {};
    if (!loadWave(waveId))
        return false;
    // A missing summary is rebuilt from the answers; a damaged one is not.
    return !waveSummary(waveId).isEmpty() || m_error.kind != StoreError::Kind::Corrupt;
}

bool Store::readSegmentColumns(const WaveInfo &info, std::vector<WaveData::SegmentColumn> *out) const
{
    std::vector<WaveData::SegmentColumn> &columns = *out;
    columns.clear();
    const qint64 waveId = info.id;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (m_session.kind == SessionRole::Kind::Landlord) {
        // Its own landlord's values only (landlordsegments.h): none at all
        // in a wave it has no respondents in.
        query.prepare(QStringLiteral(
            "SELECT c.position, c.name, d.dictionary, d.checksum FROM segment_columns c "
            "LEFT JOIN wave_landlord_segments d ON d.wave_id = c.wave_id AND d.position = c.position "
            "AND d.landlord_id = satisfecit.my_landlord_id() WHERE c.wave_id = ? ORDER BY c.position"));
    } else {
        query.prepare(QStringLiteral("SELECT position, name, dictionary, checksum FROM segment_columns "
                                     "WHERE wave_id = ? ORDER BY position"));
    }
    query.addBindValue(waveId);
    query.exec();
    while (query.next()) {
        WaveData::SegmentColumn column;
        column.name = query.value(1).toString();
        // No row of its own landlord: no value of the column to read.
        const bool none = query.value(2).isNull() && m_session.kind == SessionRole::Kind::Landlord;
        const QString dictionary = none ? QStringLiteral("[]") : query.value(2).toString();
        const QJsonDocument json = QJsonDocument::fromJson(dictionary.toUtf8());
        if (query.value(0).toLongLong() != qint64(columns.size()) || !json.isArray()
            || (!none
                && query.value(3).toByteArray()
                       != StoreChecksum::segmentColumn(query.value(0).toLongLong(), column.name, dictionary))) {
            columns.clear();
            return failDamaged(info, tr("the segment column %1 does not match its checksum").arg(column.name));
        }
        for (const QJsonValue &v : json.array())
            column.dictionary << v.toString();
        columns.push_back(std::move(column));
    }
    return true;
}
