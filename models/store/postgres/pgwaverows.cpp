#include "pgwaverows.h"

#include "chunkencoding.h"
#include "storechecksum.h"

#include <limits>
#include <type_traits>
#include <utility>

namespace {

constexpr std::size_t NotHere = std::numeric_limits<std::size_t>::max();

} // namespace

struct PgWaveRows::Part
{
    std::optional<qint64> landlordId;
    std::uint16_t code = 0;
    QByteArray ids; // '\n' after each
    std::vector<double> weights;
    std::vector<std::uint8_t> qpv;
    std::vector<std::vector<std::uint8_t>> answers;
    std::vector<std::vector<std::uint16_t>> segments;
};

PgWaveRows::PgWaveRows(PgPipe &pipe, qint64 waveId)
    : m_pipe(pipe)
    , m_waveId(waveId)
{
}

PgWaveRows::~PgWaveRows() = default;

bool PgWaveRows::add(QByteArrayView pseudonyms, const WaveData &columns,
                     const std::vector<std::optional<qint64>> &landlordIds)
{
    const std::size_t count = columns.weights.size();
    if (!m_columnsKnown) {
        m_columnsKnown = true;
        for (const WaveData::AnswerColumn &column : columns.answers)
            m_answerColumns.push_back({column.code, column.type, {}});
        m_segmentColumns = int(columns.segments.size());
    }
    Q_ASSERT(columns.answers.size() == m_answerColumns.size());
    Q_ASSERT(int(columns.segments.size()) == m_segmentColumns);
    // Each landlord's part, made at its first respondent; start[code]: the
    // part's size before this chunk, where this chunk's values go.
    std::vector<std::size_t> start(m_parts.size(), NotHere);
    std::vector<std::uint16_t> touched;
    qsizetype begin = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint16_t code = columns.landlord[i];
        if (code >= m_parts.size()) {
            m_parts.resize(std::size_t(code) + 1);
            start.resize(std::size_t(code) + 1, NotHere);
        }
        std::unique_ptr<Part> &part = m_parts[code];
        if (!part) {
            m_order.push_back(code);
            part = std::make_unique<Part>();
            part->code = code;
            part->answers.resize(m_answerColumns.size());
            part->segments.resize(std::size_t(m_segmentColumns));
        }
        if (start[code] == NotHere) {
            start[code] = part->weights.size();
            touched.push_back(code);
        }
        if (!part->landlordId && code < landlordIds.size())
            part->landlordId = landlordIds[code];
        qsizetype end = pseudonyms.indexOf('\n', begin);
        if (end < 0)
            end = pseudonyms.size();
        part->ids.append(pseudonyms.sliced(begin, end - begin));
        part->ids.append('\n');
        begin = end + 1;
        part->weights.push_back(columns.weights[i]);
        part->qpv.push_back(columns.qpv[i]);
    }
    // Column by column, each part's column sized once and written in place.
    const auto scatter = [&](auto member, std::size_t column, const auto &values) {
        using Value = std::decay_t<decltype(values[0])>;
        std::vector<Value *> at(m_parts.size());
        for (const std::uint16_t code : touched) {
            std::vector<Value> &target = ((*m_parts[code]).*member)[column];
            target.resize(m_parts[code]->weights.size());
            at[code] = target.data() + start[code];
        }
        for (std::size_t i = 0; i < count; ++i)
            *at[columns.landlord[i]]++ = values[i];
    };
    for (std::size_t c = 0; c < columns.answers.size(); ++c)
        scatter(&Part::answers, c, columns.answers[c].values);
    for (std::size_t c = 0; c < columns.segments.size(); ++c)
        scatter(&Part::segments, c, columns.segments[c].values);
    m_held += int(count);
    return m_held < HeldRespondents || flush();
}

// One statement for the three tables, each row's columns as arrays: the
// server checks every row as an INSERT (row-level security's policies
// included, which COPY FROM would refuse to apply).
QByteArray PgWaveRows::statement() const
{
    return QByteArrayLiteral(
        "WITH r AS (INSERT INTO respondents (wave_id, chunk, ids, landlords, qpv, weights, checksum, landlord_id) "
        "SELECT $1, * FROM unnest($2::int4[], $3::text[], $4::bytea[], $5::bytea[], $6::bytea[], $7::bytea[], "
        "$8::int8[])), "
        "s AS (INSERT INTO segment_codes (wave_id, position, chunk, codes, checksum, landlord_id) "
        "SELECT $1, * FROM unnest($9::int4[], $10::int4[], $11::bytea[], $12::bytea[], $13::int8[])) "
        "INSERT INTO answer_columns (wave_id, question, chunk, position, type, bits, answers, checksum, landlord_id) "
        "SELECT $1, * FROM unnest($14::text[], $15::int4[], $16::int4[], $17::text[], $18::int4[], $19::bytea[], "
        "$20::bytea[], $21::int8[])");
}

bool PgWaveRows::flush()
{
    if (m_held == 0)
        return true;
    using T = PgArray::Type;
    PgArray rChunk(T::Int4), rIds(T::Text), rLandlords(T::Bytea), rQpv(T::Bytea), rWeights(T::Bytea),
        rChecksum(T::Bytea), rLandlordId(T::Int8);
    PgArray sPosition(T::Int4), sChunk(T::Int4), sCodes(T::Bytea), sChecksum(T::Bytea), sLandlordId(T::Int8);
    PgArray aQuestion(T::Text), aChunk(T::Int4), aPosition(T::Int4), aType(T::Text), aBits(T::Int4),
        aAnswers(T::Bytea), aChecksum(T::Bytea), aLandlordId(T::Int8);
    std::vector<QByteArray> types;
    for (const WaveData::AnswerColumn &column : m_answerColumns)
        types.push_back(questionTypeName(column.type).toUtf8());
    for (const std::uint16_t code : std::exchange(m_order, {})) {
        const std::unique_ptr<Part> part = std::move(m_parts[code]);
        const int chunk = m_chunks++;
        const auto landlordId = [&](PgArray &array) {
            if (part->landlordId)
                array.addInt8(*part->landlordId);
            else
                array.addNull();
        };
        const QByteArray landlords = ChunkEncoding::codes(std::vector<std::uint16_t>(part->weights.size(), part->code));
        const QByteArray qpv = ChunkEncoding::bytesOf(part->qpv);
        const QByteArray weights = ChunkEncoding::weights(part->weights);
        rChunk.addInt4(chunk);
        rIds.add(QByteArrayView(part->ids).chopped(1));
        rLandlords.add(landlords);
        rQpv.add(qpv);
        rWeights.add(weights);
        rChecksum.add(StoreChecksum::respondents(chunk, landlords, qpv, weights));
        landlordId(rLandlordId);
        for (std::size_t c = 0; c < m_answerColumns.size(); ++c) {
            int bits = 8;
            const QByteArray packed = ChunkEncoding::packAnswers(part->answers[c], &bits);
            const QString &code = m_answerColumns[c].code;
            aQuestion.add(code.toUtf8());
            aChunk.addInt4(chunk);
            aPosition.addInt4(int(c));
            aType.add(types[c]);
            aBits.addInt4(bits);
            aAnswers.add(packed);
            aChecksum.add(StoreChecksum::answers(code, chunk, qint64(c), QString::fromUtf8(types[c]), bits, packed));
            landlordId(aLandlordId);
        }
        for (int c = 0; c < m_segmentColumns; ++c) {
            const QByteArray codes = ChunkEncoding::codes(part->segments[std::size_t(c)]);
            sPosition.addInt4(c);
            sChunk.addInt4(chunk);
            sCodes.add(codes);
            sChecksum.add(StoreChecksum::segmentCodes(c, chunk, codes));
            landlordId(sLandlordId);
        }
        m_respondents += qint64(part->weights.size());
    }
    m_held = 0;
    return m_pipe.send(statement(),
                       {PgParam::int8(m_waveId), rChunk.param(), rIds.param(), rLandlords.param(), rQpv.param(),
                        rWeights.param(), rChecksum.param(), rLandlordId.param(), sPosition.param(), sChunk.param(),
                        sCodes.param(), sChecksum.param(), sLandlordId.param(), aQuestion.param(), aChunk.param(),
                        aPosition.param(), aType.param(), aBits.param(), aAnswers.param(), aChecksum.param(),
                        aLandlordId.param()});
}
