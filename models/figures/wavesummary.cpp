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

// The cells are most of the blob (about 1.5 MB for 41 questions and 27
// landlords): written as one block of little-endian doubles rather than
// value by value, so reading it back is a copy. The valid counts follow the
// same way (format 2).
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

QByteArray WaveSummary::serialize() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << Magic << FormatVersion << m_landlordCodes << qint32(m_table.globalColumn())
        << qint32(m_table.groupCount()) << quint32(questions().size());
    for (const QuestionInfo &q : questions())
        out << q.code << quint8(q.type) << qint32(q.optionCount);
    out << quint64(m_table.cellCount());
    writeCells(out, m_table.cells());
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
    // Checked before allocating, so a damaged header cannot ask for gigabytes.
    quint64 expected = 0;
    for (const QuestionInfo &q : questions)
        expected += quint64(q.optionCount + 1) * GlobalLevels * quint64(groups);
    if (in.status() != QDataStream::Ok || cellCount != expected
        || cellCount * sizeof(AnswerSums) > quint64(blob.size()))
        return refuse(error, QStringLiteral("damaged wave summary cells"));
    summary.m_table = CellTable(std::move(questions), global, groups);
    if (!readCells(in, summary.m_table.cells()))
        return refuse(error, QStringLiteral("damaged wave summary cells"));
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
