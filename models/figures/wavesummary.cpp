#include "wavesummary.h"

#include <QDataStream>
#include <QIODevice>
#include <QSysInfo>
#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <numeric>

namespace {

constexpr quint32 Magic = 0x53465753; // "SFWS": Satisfecit wave summary
constexpr int StreamVersion = QDataStream::Qt_6_4;

// Formats 1 and 2: the cells (most of the blob, about 1.3 MB for 41
// questions and 27 landlords) as one block of little-endian doubles rather
// than value by value, so reading them back is a copy. The valid counts
// follow the same way (from format 2 on).
void writeDoubles(QDataStream &out, const double *values, std::size_t count)
{
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        out.writeRawData(reinterpret_cast<const char *>(values), int(count * sizeof(double)));
    } else {
        for (std::size_t i = 0; i < count; ++i) {
            const quint64 le = qToLittleEndian(std::bit_cast<quint64>(values[i]));
            out.writeRawData(reinterpret_cast<const char *>(&le), sizeof le);
        }
    }
}

bool readDoubles(QDataStream &in, double *values, std::size_t count)
{
    const qint64 bytes = qint64(count * sizeof(double));
    if (in.readRawData(reinterpret_cast<char *>(values), int(bytes)) != bytes)
        return false;
    if constexpr (QSysInfo::ByteOrder != QSysInfo::LittleEndian) {
        for (std::size_t i = 0; i < count; ++i) {
            quint64 bits;
            std::memcpy(&bits, values + i, sizeof bits);
            values[i] = std::bit_cast<double>(qFromLittleEndian(bits));
        }
    }
    return true;
}

void writeCells(QDataStream &out, const std::vector<AnswerSums> &cells)
{
    writeDoubles(out, reinterpret_cast<const double *>(cells.data()), cells.size() * 3);
}

bool readCells(QDataStream &in, std::vector<AnswerSums> &cells)
{
    return readDoubles(in, reinterpret_cast<double *>(cells.data()), cells.size() * 3);
}

// Format 3: over a third of the cells hold nothing (an option nobody in a
// group chose), and a count is a whole number. A bitmap of the cells that
// hold anything, then each of them: its count as a varint of twice the
// count (1, then the double itself, for a count that is not whole), its two
// sums as little-endian doubles. Every value comes back to the bit.
constexpr double MaxPackedCount = 4503599627370496.0; // 2^52: twice it still fits 53 bits

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(0x80 | (value & 0x7F)));
        value >>= 7;
    }
    out.append(char(value));
}

void appendDouble(QByteArray &out, double value)
{
    const quint64 le = qToLittleEndian(std::bit_cast<quint64>(value));
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

bool isEmptyCell(const AnswerSums &cell)
{
    return std::bit_cast<quint64>(cell.count) == 0 && std::bit_cast<quint64>(cell.sumW) == 0
           && std::bit_cast<quint64>(cell.sumW2) == 0;
}

QByteArray packCells(const std::vector<AnswerSums> &cells)
{
    QByteArray out((qsizetype(cells.size()) + 7) / 8, '\0');
    out.reserve(out.size() + qsizetype(cells.size()) * 18);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const AnswerSums &cell = cells[i];
        if (isEmptyCell(cell))
            continue;
        out[qsizetype(i / 8)] = char(out[qsizetype(i / 8)] | (1 << (i % 8)));
        // -0.0 is not whole here: it would come back as 0.0.
        if (!std::signbit(cell.count) && cell.count < MaxPackedCount && cell.count == std::floor(cell.count)) {
            appendVarint(out, quint64(cell.count) * 2);
        } else {
            appendVarint(out, 1);
            appendDouble(out, cell.count);
        }
        appendDouble(out, cell.sumW);
        appendDouble(out, cell.sumW2);
    }
    return out;
}

class Unpacker
{
public:
    explicit Unpacker(QByteArrayView bytes)
        : m_at(bytes.data())
        , m_end(bytes.data() + bytes.size())
    {
    }
    bool atEnd() const { return m_at == m_end; }
    bool varint(quint64 *value)
    {
        *value = 0;
        for (int shift = 0; shift < 64 && m_at < m_end; shift += 7) {
            const auto byte = quint8(*m_at++);
            *value |= quint64(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return false;
    }
    bool real(double *value)
    {
        quint64 le = 0;
        if (m_end - m_at < qsizetype(sizeof le))
            return false;
        std::memcpy(&le, m_at, sizeof le);
        m_at += sizeof le;
        *value = std::bit_cast<double>(qFromLittleEndian(le));
        return true;
    }

private:
    const char *m_at;
    const char *m_end;
};

bool unpackCells(QByteArrayView bytes, std::vector<AnswerSums> &cells)
{
    const qsizetype bitmap = (qsizetype(cells.size()) + 7) / 8;
    if (bytes.size() < bitmap)
        return false;
    Unpacker in(bytes.sliced(bitmap));
    const auto read = [&in](AnswerSums &cell) {
        quint64 count = 0;
        if (!in.varint(&count) || (count == 1 ? !in.real(&cell.count) : count % 2 != 0))
            return false;
        if (count != 1)
            cell.count = double(count / 2);
        return in.real(&cell.sumW) && in.real(&cell.sumW2);
    };
    // The set bits only, a byte at a time: the other cells stay empty.
    for (qsizetype byte = 0; byte < bitmap; ++byte) {
        for (unsigned bits = quint8(bytes[byte]); bits != 0; bits &= bits - 1) {
            const std::size_t i = std::size_t(byte) * 8 + std::size_t(std::countr_zero(bits));
            if (i >= cells.size() || !read(cells[i]))
                return false;
        }
    }
    return in.atEnd();
}

// Valid counts as counted from cells: whole non-negative numbers, each
// question's total the sum of its groups'.
bool plausibleCounts(const std::vector<double> &counts, std::size_t questions, int groups)
{
    const std::size_t stride = std::size_t(groups) + 1;
    for (std::size_t q = 0; q < questions; ++q) {
        const double *c = counts.data() + q * stride;
        double total = 0.0;
        for (int g = 0; g < groups; ++g) {
            if (!(c[g] >= 0.0 && c[g] < 9.0e15) || c[g] != std::floor(c[g]))
                return false;
            total += c[g];
        }
        if (total != c[groups])
            return false;
    }
    return true;
}

std::optional<WaveSummary> refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

WaveSummary WaveSummary::build(const WaveData &data, int globalColumn, const Codebook *codebook)
{
    WaveSummary summary;
    summary.m_landlordCodes = data.landlordCodes;
    const int landlords = int(data.landlordCodes.size());
    summary.m_table = CellTable(describeQuestions(data, codebook), globalColumn, landlords * 2);

    std::vector<int> groupOf(std::size_t(data.respondentCount()));
    for (std::size_t i = 0; i < groupOf.size(); ++i) {
        const int landlord = data.landlord[i];
        groupOf[i] = landlord < landlords ? groupIndex(landlord, data.qpv[i] != 0) : -1;
    }
    summary.m_table.accumulate(data, groupOf);
    return summary;
}

WaveSummaryBuilder::WaveSummaryBuilder(std::vector<QuestionInfo> questions, int globalColumn)
    : m_table(std::move(questions), globalColumn, 0)
{
}

void WaveSummaryBuilder::add(const WaveData &chunk, int landlordCount)
{
    if (landlordCount > m_capacity) {
        // Landlords mostly all appear in the first chunk: grow rarely.
        const int capacity = std::max(landlordCount, 2 * m_capacity);
        std::vector<int> same(std::size_t(m_capacity) * 2);
        std::iota(same.begin(), same.end(), 0);
        m_table = m_table.regrouped(capacity * 2, same);
        m_capacity = capacity;
    }
    std::vector<int> groupOf(std::size_t(chunk.respondentCount()));
    for (std::size_t i = 0; i < groupOf.size(); ++i) {
        const int landlord = chunk.landlord[i];
        groupOf[i] = landlord < landlordCount ? WaveSummary::groupIndex(landlord, chunk.qpv[i] != 0) : -1;
    }
    m_table.accumulate(chunk, groupOf);
}

WaveSummary WaveSummaryBuilder::finish(const QStringList &landlordCodes, const std::vector<int> &blobIndex) const
{
    Q_ASSERT(blobIndex.size() == std::size_t(landlordCodes.size()));
    std::vector<int> newGroupOf(std::size_t(m_capacity) * 2, -1);
    for (int position = 0; position < int(blobIndex.size()); ++position) {
        const int index = blobIndex[std::size_t(position)];
        if (index < m_capacity) {
            newGroupOf[std::size_t(WaveSummary::groupIndex(index, false))] = WaveSummary::groupIndex(position, false);
            newGroupOf[std::size_t(WaveSummary::groupIndex(index, true))] = WaveSummary::groupIndex(position, true);
        }
    }
    WaveSummary summary;
    summary.m_landlordCodes = landlordCodes;
    summary.m_table = m_table.regrouped(int(landlordCodes.size()) * 2, newGroupOf);
    return summary;
}

WaveSummary WaveSummary::reordered(const std::vector<int> &order, const QStringList &codes) const
{
    Q_ASSERT(order.size() == std::size_t(m_landlordCodes.size()) && codes.size() == m_landlordCodes.size());
    std::vector<int> newGroupOf(std::size_t(m_table.groupCount()), -1);
    for (std::size_t i = 0; i < order.size(); ++i) {
        newGroupOf[std::size_t(groupIndex(int(i), false))] = groupIndex(order[i], false);
        newGroupOf[std::size_t(groupIndex(int(i), true))] = groupIndex(order[i], true);
    }
    WaveSummary summary;
    summary.m_landlordCodes = codes;
    summary.m_table = m_table.regrouped(m_table.groupCount(), newGroupOf);
    summary.m_landlordStrata = m_landlordStrata;
    return summary;
}

int WaveSummary::questionIndex(const QString &code) const
{
    const std::vector<QuestionInfo> &qs = questions();
    for (std::size_t i = 0; i < qs.size(); ++i) {
        if (qs[i].code == code)
            return int(i);
    }
    return -1;
}

CrossSums WaveSummary::sums(int question, const SummaryGroup &group) const
{
    // The groups of the domain in increasing order (landlord × 2 + qpv),
    // without testing the others: a landlord is two blocks, not all of them.
    const int landlords = int(m_landlordCodes.size());
    const auto forEachGroup = [&](auto &&visit) {
        const int firstQpv = group.qpv ? int(*group.qpv) : 0;
        const int lastQpv = group.qpv ? int(*group.qpv) : 1;
        const auto visitLandlords = [&](int from, int to) {
            for (int l = from; l < to; ++l)
                for (int q = firstQpv; q <= lastQpv; ++q)
                    visit(groupIndex(l, q == 1));
        };
        switch (group.landlords) {
        case SummaryGroup::Landlords::All:
            visitLandlords(0, landlords);
            break;
        case SummaryGroup::Landlords::One:
            if (group.landlord >= 0 && group.landlord < landlords)
                visitLandlords(group.landlord, group.landlord + 1);
            break;
        case SummaryGroup::Landlords::AllExceptOne:
            visitLandlords(0, std::clamp(group.landlord, 0, landlords));
            visitLandlords(std::clamp(group.landlord + 1, 0, landlords), landlords);
            break;
        }
    };
    return m_table.domainSumOver(question, forEachGroup, [](int g) { return g / 2; },
                                 m_landlordStrata ? landlords : 0);
}

std::vector<CrossSums> WaveSummary::sums(const SummaryGroup &group) const
{
    std::vector<CrossSums> all;
    all.reserve(questions().size());
    for (int q = 0; q < int(questions().size()); ++q)
        all.push_back(sums(q, group));
    return all;
}

QByteArray WaveSummary::serialize(quint32 version) const
{
    Q_ASSERT(version >= 1 && version <= FormatVersion);
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << Magic << version << m_landlordCodes << qint32(m_table.globalColumn())
        << qint32(m_table.groupCount()) << quint32(questions().size());
    for (const QuestionInfo &q : questions())
        out << q.code << quint8(q.type) << qint32(q.optionCount);
    out << quint64(m_table.cellCount());
    if (version >= 3) {
        const QByteArray packed = packCells(m_table.cells());
        out << quint64(packed.size());
        out.writeRawData(packed.constData(), int(packed.size()));
    } else {
        writeCells(out, m_table.cells());
    }
    if (version < 2)
        return blob;
    const std::vector<double> &counts = m_table.validCountTable();
    out << quint64(counts.size());
    writeDoubles(out, counts.data(), counts.size());
    return blob;
}

std::optional<WaveSummary> WaveSummary::deserialize(const QByteArray &blob, QString *error)
{
    QDataStream in(blob);
    in.setVersion(StreamVersion);
    quint32 magic = 0, version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != Magic)
        return refuse(error, QStringLiteral("not a wave summary"));
    if (version > FormatVersion)
        return refuse(error, QStringLiteral("wave summary format %1 is newer than this version (%2)")
                               .arg(version).arg(FormatVersion));

    WaveSummary summary;
    qint32 global = -1, groups = 0;
    quint32 questionCount = 0;
    in >> summary.m_landlordCodes >> global >> groups >> questionCount;
    if (in.status() != QDataStream::Ok || groups != 2 * summary.m_landlordCodes.size()
        || questionCount > 10000 || global < -1 || global >= qint32(questionCount))
        return refuse(error, QStringLiteral("damaged wave summary header"));

    std::vector<QuestionInfo> questions(questionCount);
    for (QuestionInfo &q : questions) {
        quint8 type = 0;
        qint32 options = 0;
        in >> q.code >> type >> options;
        if (type > quint8(QuestionType::Single) || options < 1 || options > 255)
            return refuse(error, QStringLiteral("damaged wave summary question"));
        q.type = QuestionType(type);
        q.optionCount = options;
    }
    quint64 cellCount = 0;
    in >> cellCount;
    // Checked before allocating, so a damaged header cannot ask for gigabytes:
    // the cells take at most the blob's size (formats 1 and 2), or 192 times
    // it in format 3 (a bit of the blob per cell: a small wave's cells are
    // nearly all empty).
    quint64 expected = 0;
    for (const QuestionInfo &q : questions)
        expected += quint64(q.optionCount + 1) * GlobalLevels * quint64(groups);
    // At least a bit per cell (format 3), or all of them (before).
    const quint64 leastBytes = version >= 3 ? (cellCount + 7) / 8 : cellCount * sizeof(AnswerSums);
    if (in.status() != QDataStream::Ok || cellCount != expected || leastBytes > quint64(blob.size()))
        return refuse(error, QStringLiteral("damaged wave summary cells"));
    summary.m_table = CellTable(std::move(questions), global, groups);
    if (version >= 3) {
        quint64 packedSize = 0;
        in >> packedSize;
        const qint64 at = in.device()->pos();
        if (in.status() != QDataStream::Ok || packedSize > quint64(blob.size() - at)
            || !unpackCells(QByteArrayView(blob).sliced(at, qsizetype(packedSize)), summary.m_table.cells())
            || in.skipRawData(int(packedSize)) != int(packedSize))
            return refuse(error, QStringLiteral("damaged wave summary cells"));
    } else if (!readCells(in, summary.m_table.cells())) {
        return refuse(error, QStringLiteral("damaged wave summary cells"));
    }
    if (version < 2)
        return summary; // the valid counts are counted from the cells when first asked
    quint64 countCount = 0;
    in >> countCount;
    if (in.status() != QDataStream::Ok || countCount != quint64(questionCount) * quint64(groups + 1))
        return refuse(error, QStringLiteral("damaged wave summary counts"));
    std::vector<double> counts(countCount);
    if (!readDoubles(in, counts.data(), counts.size()) || !plausibleCounts(counts, questionCount, groups)
        || !summary.m_table.setValidCounts(std::move(counts)))
        return refuse(error, QStringLiteral("damaged wave summary counts"));
    return summary;
}
