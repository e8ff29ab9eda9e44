#include "crosssums.h"

#include "codebook.h"

#include <algorithm>
#include <cmath>

CrossSums::CrossSums(int optionCount)
    : m_optionCount(std::max(optionCount, 0))
{
    if (cellCount() > InlineCells)
        m_heap.resize(cellCount());
}

AnswerSums CrossSums::valid() const
{
    AnswerSums sums;
    for (int a = 1; a <= m_optionCount; ++a)
        sums += answer(a);
    return sums;
}

void CrossSums::addBlock(const AnswerSums *block)
{
    AnswerSums *cells = data();
    const std::size_t count = cellCount();
    for (std::size_t c = 0; c < count; ++c)
        cells[c] += block[c];
}

CrossSums &CrossSums::operator+=(const CrossSums &other)
{
    Q_ASSERT(other.m_optionCount == m_optionCount);
    addBlock(other.data());
    if (m_design.n == 0.0 && !m_design.stratified()) {
        m_design = other.m_design;
    } else if (m_design.strata.size() == other.m_design.strata.size()) {
        // Two domains of one design: the strata's own counts stay.
        for (std::size_t h = 0; h < m_design.strata.size(); ++h)
            for (std::size_t a = 0; a < m_design.strata[h].domain.size(); ++a)
                m_design.strata[h].domain[a] += other.m_design.strata[h].domain[a];
    }
    return *this;
}

double CrossSums::designCount() const
{
    return m_design.n > 0.0 ? m_design.n : valid().count;
}

std::vector<QuestionInfo> describeQuestions(const WaveData &data, const Codebook *codebook)
{
    std::vector<QuestionInfo> questions;
    questions.reserve(data.answers.size());
    for (const WaveData::AnswerColumn &column : data.answers) {
        QuestionInfo info{column.code, column.type, 4};
        if (column.type == QuestionType::YesNo) {
            info.optionCount = 2;
        } else if (column.type == QuestionType::Single) {
            const auto highest = std::max_element(column.values.begin(), column.values.end());
            info.optionCount = std::max(1, highest == column.values.end() ? 0 : int(*highest));
            if (codebook) {
                if (const Question *q = codebook->find(column.code))
                    info.optionCount = std::max(info.optionCount, int(q->options.size()));
            }
        }
        questions.push_back(info);
    }
    return questions;
}

int globalColumn(const WaveData &data, const Codebook &codebook)
{
    const Question *global = codebook.globalQuestion();
    if (!global)
        return -1;
    for (std::size_t i = 0; i < data.answers.size(); ++i) {
        if (data.answers[i].code == global->code)
            return int(i);
    }
    return -1;
}

CellTable::CellTable(std::vector<QuestionInfo> questions, int globalColumn, int groupCount)
    : m_questions(std::move(questions))
    , m_globalColumn(globalColumn)
    , m_groupCount(groupCount)
{
    std::size_t offset = 0;
    m_offsets.reserve(m_questions.size());
    for (int q = 0; q < int(m_questions.size()); ++q) {
        m_offsets.push_back(offset);
        offset += blockSize(q) * std::size_t(m_groupCount);
    }
    m_cells.assign(offset, AnswerSums{});
}

const double *CellTable::validCounts(int question) const
{
    return validCountTable().data() + std::size_t(question) * (std::size_t(m_groupCount) + 1);
}

const std::vector<double> &CellTable::validCountTable() const
{
    if (m_validCounts.empty() && !m_questions.empty()) {
        const std::size_t stride = std::size_t(m_groupCount) + 1;
        m_validCounts.assign(m_questions.size() * stride, 0.0);
        for (int q = 0; q < int(m_questions.size()); ++q) {
            const std::size_t block = blockSize(q);
            double *counts = m_validCounts.data() + std::size_t(q) * stride;
            for (int g = 0; g < m_groupCount; ++g) {
                const AnswerSums *cells = m_cells.data() + m_offsets[std::size_t(q)] + std::size_t(g) * block;
                double count = 0.0;
                for (std::size_t c = GlobalLevels; c < block; ++c) // answer 0 is no answer
                    count += cells[c].count;
                counts[g] = count;
                counts[m_groupCount] += count;
            }
        }
    }
    return m_validCounts;
}

bool CellTable::setValidCounts(std::vector<double> counts)
{
    if (counts.size() != m_questions.size() * (std::size_t(m_groupCount) + 1))
        return false;
    m_validCounts = std::move(counts);
    return true;
}

std::size_t CellTable::cellCount() const
{
    return m_cells.size();
}

void CellTable::accumulate(const WaveData &data, const std::vector<int> &groupOf)
{
    const int n = data.respondentCount();
    Q_ASSERT(int(groupOf.size()) == n && data.answers.size() == m_questions.size());
    m_validCounts.clear();
    if (m_weightScale == 0.0) {
        m_weightScale = 1.0;
        if (n > 0 && std::isfinite(data.weights[0]) && data.weights[0] > 0.0)
            m_weightScale = std::ldexp(1.0, -std::ilogb(data.weights[0]));
    }
    std::vector<double> weights(data.weights.begin(), data.weights.end());
    for (double &w : weights)
        w *= m_weightScale;
    // A global answer outside 1..4 cannot be a satisfaction code: counted as none.
    std::vector<std::uint8_t> global(std::size_t(n), 0);
    if (m_globalColumn >= 0) {
        const std::vector<std::uint8_t> &values = data.answers[std::size_t(m_globalColumn)].values;
        for (int i = 0; i < n; ++i)
            global[std::size_t(i)] = values[std::size_t(i)] <= 4 ? values[std::size_t(i)] : 0;
    }
    // Column by column: each answer column is read once, sequentially.
    for (int q = 0; q < int(m_questions.size()); ++q) {
        const std::vector<std::uint8_t> &values = data.answers[std::size_t(q)].values;
        const int options = m_questions[std::size_t(q)].optionCount;
        const std::size_t block = blockSize(q);
        AnswerSums *cells = m_cells.data() + m_offsets[std::size_t(q)];
        for (int i = 0; i < n; ++i) {
            const int group = groupOf[std::size_t(i)];
            const int a = values[std::size_t(i)];
            if (group < 0 || a > options)
                continue;
            cells[std::size_t(group) * block + std::size_t(a) * GlobalLevels + global[std::size_t(i)]]
                .add(weights[std::size_t(i)]);
        }
    }
}

CellTable CellTable::regrouped(int groupCount, const std::vector<int> &newGroupOf) const
{
    Q_ASSERT(int(newGroupOf.size()) == m_groupCount);
    CellTable table(m_questions, m_globalColumn, groupCount);
    table.m_weightScale = m_weightScale;
    for (int q = 0; q < int(m_questions.size()); ++q) {
        const std::size_t block = blockSize(q);
        for (int g = 0; g < m_groupCount; ++g) {
            const int to = newGroupOf[std::size_t(g)];
            if (to < 0)
                continue;
            const AnswerSums *from = m_cells.data() + m_offsets[std::size_t(q)] + std::size_t(g) * block;
            std::copy(from, from + block, table.m_cells.data() + table.m_offsets[std::size_t(q)] + std::size_t(to) * block);
        }
    }
    return table;
}

bool CellTable::operator==(const CellTable &other) const
{
    return m_questions == other.m_questions && m_globalColumn == other.m_globalColumn
        && m_groupCount == other.m_groupCount && m_cells == other.m_cells;
}
