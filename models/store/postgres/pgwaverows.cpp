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
    if (m_usedSegmentValues.size() < m_parts.size())
        m_usedSegmentValues.resize(m_parts.size());
    for (std::size_t c = 0; c < columns.segments.size(); ++c) {
        const std::vector<std::uint16_t> &values = columns.segments[c].values;
        for (std::size_t i = 0; i < count; ++i) {
            LandlordSegments::Used &used = m_usedSegmentValues[columns.landlord[i]];
            if (used.size() < columns.segments.size())
                used.resize(columns.segments.size());
            if (used[c].size() <= values[i])
                used[c].resize(std::size_t(values[i]) + 1, false);
            used[c][values[i]] = true;
        }
    }
    m_held += int(count);
    return m_held < HeldRespondents || flush();
}

// One statement for the three tables: the respondents' and segment codes'
// rows as arrays of their columns (unnest), the answers' rows listed, each
// with its arrays of the wave's answer columns. The server checks every row
// as an INSERT (row-level security's policies included, which COPY FROM
// would refuse to apply).
QByteArray PgWaveRows::statement(int answerRows)
{
    QByteArray sql = QByteArrayLiteral(
        "WITH r AS (INSERT INTO respondents (wave_id, chunk, ids, landlords, qpv, weights, checksum, landlord_id) "
        "SELECT $1, * FROM unnest($2::int4[], $3::text[], $4::bytea[], $5::bytea[], $6::bytea[], $7::bytea[], "
        "$8::int8[])), "
        "s AS (INSERT INTO segment_codes (wave_id, position, chunk, codes, checksum, landlord_id) "
        "SELECT $1, * FROM unnest($9::int4[], $10::int4[], $11::bytea[], $12::bytea[], $13::int8[])) "
        "INSERT INTO answer_columns (wave_id, chunk, questions, types, bits, answers, checksums, landlord_id) "
        "VALUES ");
    // Each row: $1 (the wave), its chunk, $14 and $15 (the questions' codes
    // and types, the same for every chunk), its bits, answers, checksums and landlord.
    constexpr int Shared = 15, PerRow = 5;
    for (int row = 0; row < answerRows; ++row) {
        const int p = Shared + PerRow * row;
        sql += row > 0 ? ", ($1, $" : "($1, $";
        sql += QByteArray::number(p + 1) + ", $14, $15";
        for (int k = 2; k <= PerRow; ++k)
            sql += ", $" + QByteArray::number(p + k);
        sql += ')';
    }
    return sql;
}

// The parts go in statements of about SliceRespondents each: the server
// stores one while the client encodes the next.
bool PgWaveRows::flush()
{
    while (!m_order.empty()) {
        std::vector<std::uint16_t> slice;
        qsizetype respondents = 0;
        for (auto code = m_order.begin(); code != m_order.end() && respondents < SliceRespondents; ++code) {
            slice.push_back(*code);
            respondents += qsizetype(m_parts[*code]->weights.size());
        }
        m_order.erase(m_order.begin(), m_order.begin() + qsizetype(slice.size()));
        if (!sendParts(slice))
            return false;
    }
    m_held = 0;
    return true;
}

bool PgWaveRows::sendParts(const std::vector<std::uint16_t> &codes)
{
    using T = PgArray::Type;
    PgArray rChunk(T::Int4), rIds(T::Text), rLandlords(T::Bytea), rQpv(T::Bytea), rWeights(T::Bytea),
        rChecksum(T::Bytea), rLandlordId(T::Int8);
    PgArray sPosition(T::Int4), sChunk(T::Int4), sCodes(T::Bytea), sChecksum(T::Bytea), sLandlordId(T::Int8);
    PgArray questions(T::Text), types(T::Text);
    std::vector<QByteArray> typeNames;
    for (const WaveData::AnswerColumn &column : m_answerColumns) {
        typeNames.push_back(questionTypeName(column.type).toUtf8());
        questions.add(column.code.toUtf8());
        types.add(typeNames.back());
    }
    std::vector<PgParam> answerRows;
    for (const std::uint16_t code : codes) {
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
        PgArray bits(T::Int4), answers(T::Bytea), checksums(T::Bytea);
        for (std::size_t c = 0; c < m_answerColumns.size(); ++c) {
            int packedBits = 8;
            const QByteArray packed = ChunkEncoding::packAnswers(part->answers[c], &packedBits);
            bits.addInt4(packedBits);
            answers.add(packed);
            checksums.add(StoreChecksum::answers(m_answerColumns[c].code, chunk, qint64(c),
                                                 QString::fromUtf8(typeNames[c]), packedBits, packed));
        }
        answerRows.push_back(PgParam::int4(chunk));
        answerRows.push_back(bits.param());
        answerRows.push_back(answers.param());
        answerRows.push_back(checksums.param());
        answerRows.push_back(part->landlordId ? PgParam::int8(*part->landlordId) : PgParam::nullInt8());
        for (int c = 0; c < m_segmentColumns; ++c) {
            const QByteArray segmentCodes = ChunkEncoding::codes(part->segments[std::size_t(c)]);
            sPosition.addInt4(c);
            sChunk.addInt4(chunk);
            sCodes.add(segmentCodes);
            sChecksum.add(StoreChecksum::segmentCodes(c, chunk, segmentCodes));
            landlordId(sLandlordId);
        }
        m_respondents += qint64(part->weights.size());
    }
    std::vector<PgParam> params{PgParam::int8(m_waveId), rChunk.param(), rIds.param(), rLandlords.param(),
                                rQpv.param(), rWeights.param(), rChecksum.param(), rLandlordId.param(),
                                sPosition.param(), sChunk.param(), sCodes.param(), sChecksum.param(),
                                sLandlordId.param(), questions.param(), types.param()};
    params.insert(params.end(), std::make_move_iterator(answerRows.begin()), std::make_move_iterator(answerRows.end()));
    return m_pipe.send(statement(int(codes.size())), params);
}
