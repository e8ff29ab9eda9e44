#include "landlordsegments.h"

#include "pgpipe.h"
#include "storechecksum.h"

#include <QJsonArray>
#include <QJsonDocument>

QByteArray LandlordSegments::dictionaryJson(const QStringList &dictionary, const std::vector<bool> &used)
{
    QJsonArray values;
    for (qsizetype v = 0; v < dictionary.size(); ++v)
        values.append(std::size_t(v) < used.size() && used[std::size_t(v)] ? QJsonValue(dictionary[v])
                                                                            : QJsonValue(QJsonValue::Null));
    return QJsonDocument(values).toJson(QJsonDocument::Compact);
}

std::vector<LandlordSegments::Used> LandlordSegments::usedByLandlord(const WaveData &data)
{
    std::vector<Used> used(std::size_t(data.landlordCodes.size()));
    for (Used &landlord : used) {
        landlord.resize(data.segments.size());
        for (std::size_t c = 0; c < data.segments.size(); ++c)
            landlord[c].assign(std::size_t(data.segments[c].dictionary.size()), false);
    }
    for (std::size_t c = 0; c < data.segments.size(); ++c) {
        const std::vector<std::uint16_t> &values = data.segments[c].values;
        for (std::size_t i = 0; i < values.size() && i < data.landlord.size(); ++i) {
            const std::size_t landlord = data.landlord[i];
            if (landlord < used.size() && values[i] < used[landlord][c].size())
                used[landlord][c][values[i]] = true;
        }
    }
    return used;
}

bool LandlordSegments::write(PgPipe &pipe, qint64 waveId, const std::vector<qint64> &landlordIds,
                             const std::vector<Used> &used, const std::vector<WaveData::SegmentColumn> &segments)
{
    PgArray landlord(PgArray::Type::Int8), position(PgArray::Type::Int4), dictionary(PgArray::Type::Text),
        checksum(PgArray::Type::Bytea);
    for (std::size_t l = 0; l < landlordIds.size() && l < used.size(); ++l) {
        for (std::size_t c = 0; c < segments.size(); ++c) {
            const QByteArray json =
                dictionaryJson(segments[c].dictionary, c < used[l].size() ? used[l][c] : std::vector<bool>());
            landlord.addInt8(landlordIds[l]);
            position.addInt4(int(c));
            dictionary.add(json);
            checksum.add(StoreChecksum::segmentColumn(qint64(c), segments[c].name, QString::fromUtf8(json)));
        }
    }
    if (landlord.size() == 0)
        return true;
    return pipe.send("INSERT INTO wave_landlord_segments (wave_id, landlord_id, position, dictionary, checksum) "
                     "SELECT $1, * FROM unnest($2::int8[], $3::int4[], $4::text[], $5::bytea[])",
                     {PgParam::int8(waveId), landlord.param(), position.param(), dictionary.param(),
                      checksum.param()});
}
