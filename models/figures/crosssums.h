#pragma once

#include "question.h"
#include "wavedata.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

class Codebook;

/// Count, Σw and Σw² of the respondents falling in one cell. Every figure of
/// survey-files.md §4 is a function of these sums, because an answer takes
/// only a handful of values.
struct AnswerSums
{
    double count = 0.0;
    double sumW = 0.0;
    double sumW2 = 0.0;

    void add(double weight)
    {
        count += 1.0;
        sumW += weight;
        sumW2 += weight * weight;
    }
    AnswerSums &operator+=(const AnswerSums &other)
    {
        count += other.count;
        sumW += other.sumW;
        sumW2 += other.sumW2;
        return *this;
    }
    bool operator==(const AnswerSums &) const = default;
};
// Serialized as a raw array of doubles.
static_assert(sizeof(AnswerSums) == 3 * sizeof(double) && std::is_trivially_copyable_v<AnswerSums>);

/// Slots of the overall-satisfaction answer in a cross-tab: 0 (no answer)
/// and the satisfaction codes 1..4.
inline constexpr int GlobalLevels = 5;

/// What the figures need to know about one answer column of a wave.
struct QuestionInfo
{
    QString code;
    QuestionType type = QuestionType::Satisfaction4;
    /// Highest answer code: 4 (satisfaction), 2 (yes/no), or the number of
    /// options of a single-choice question.
    int optionCount = 4;

    bool operator==(const QuestionInfo &) const = default;
};

/// One stratum of a question's design seen from a domain: the stratum's valid
/// answers (n_h) and the sums, per answer code, of the domain's respondents in
/// it (index a: answer a, 0 unused).
struct StratumSums
{
    double n = 0.0;
    std::vector<AnswerSums> domain;

    bool operator==(const StratumSums &) const = default;
};

/// The design a group of respondents is a domain of (survey-files.md §4): the
/// valid answers N of the whole design and, for a stratified design, its
/// strata. n == 0: the group is taken as its own design (sums built by hand).
struct DomainDesign
{
    double n = 0.0;
    std::vector<StratumSums> strata; ///< empty: no strata

    bool stratified() const { return !strata.empty(); }
    bool operator==(const DomainDesign &) const = default;
};

/// One question over one group of respondents, cross-tabulated with the
/// answer to the global question: cell(a, g) for a in 0..optionCount and
/// g in 0..4, where 0 means "no answer".
class CrossSums
{
public:
    CrossSums() = default;
    explicit CrossSums(int optionCount);
    CrossSums(const CrossSums &) = default;
    CrossSums &operator=(const CrossSums &) = default;
    /// A moved-from CrossSums is empty (no option, no cell), never cells
    /// read from a buffer that went with the move.
    CrossSums(CrossSums &&other) noexcept
        : m_optionCount(std::exchange(other.m_optionCount, 0))
        , m_inline(other.m_inline)
        , m_heap(std::move(other.m_heap))
        , m_design(std::move(other.m_design))
    {
    }
    CrossSums &operator=(CrossSums &&other) noexcept
    {
        m_optionCount = std::exchange(other.m_optionCount, 0);
        m_inline = other.m_inline;
        m_heap = std::move(other.m_heap);
        other.m_heap.clear();
        m_design = std::move(other.m_design);
        return *this;
    }

    int optionCount() const { return m_optionCount; }
    const AnswerSums &cell(int answer, int global) const { return data()[index(answer, global)]; }
    AnswerSums &cell(int answer, int global) { return data()[index(answer, global)]; }
    /// The sums of one answer whatever the global answer (0 = no answer).
    AnswerSums answer(int answer) const
    {
        const AnswerSums *row = data() + index(answer, 0);
        AnswerSums sums;
        for (int g = 0; g < GlobalLevels; ++g)
            sums += row[g];
        return sums;
    }
    /// The sums of the respondents who gave a valid answer (1..optionCount).
    AnswerSums valid() const;

    /// Adds a block of (optionCount + 1) × GlobalLevels cells laid out as
    /// cells() is.
    void addBlock(const AnswerSums *block);
    CrossSums &operator+=(const CrossSums &other);
    std::span<const AnswerSums> cells() const { return {data(), cellCount()}; }

    /// The design this group is a domain of. Adding two domains of one design
    /// gives their union, a domain of the same design.
    const DomainDesign &design() const { return m_design; }
    void setDesign(DomainDesign design) { m_design = std::move(design); }
    void setDesignCount(double n) { m_design.n = n; }
    /// N of the design: its valid answers, or the group's own when unknown.
    double designCount() const;

    bool operator==(const CrossSums &other) const
    {
        return m_optionCount == other.m_optionCount && std::ranges::equal(cells(), other.cells())
            && m_design == other.m_design;
    }

private:
    /// Cells kept in the object itself up to a satisfaction question's 25
    /// (a figure then allocates nothing); more (single choice) on the heap.
    static constexpr std::size_t InlineCells = std::size_t(5) * GlobalLevels;

    std::size_t index(int answer, int global) const { return std::size_t(answer) * GlobalLevels + global; }
    std::size_t cellCount() const { return m_optionCount > 0 ? std::size_t(m_optionCount + 1) * GlobalLevels : 0; }
    const AnswerSums *data() const { return m_heap.empty() ? m_inline.data() : m_heap.data(); }
    AnswerSums *data() { return m_heap.empty() ? m_inline.data() : m_heap.data(); }

    int m_optionCount = 0;
    std::array<AnswerSums, InlineCells> m_inline{};
    std::vector<AnswerSums> m_heap; ///< the cells when more than InlineCells
    DomainDesign m_design;
};

/// The answer columns of a wave as the figures see them. The option count of
/// a single-choice question is the highest code answered, or the codebook's
/// number of options when a codebook is given and that is more.
std::vector<QuestionInfo> describeQuestions(const WaveData &data, const Codebook *codebook = nullptr);

/// Index in data.answers of the codebook's global question, or -1.
int globalColumn(const WaveData &data, const Codebook &codebook);

/// Dense sums for every (question, group, answer, global answer), groups
/// being whatever the caller assigns respondents to (landlord × QPV for the
/// wave summary, segment values for the slow path). This is the only code
/// that reads raw answers.
class CellTable
{
public:
    CellTable() = default;
    /// globalColumn: index of the overall-satisfaction question in
    /// questions, or -1 (then every global answer counts as 0).
    CellTable(std::vector<QuestionInfo> questions, int globalColumn, int groupCount);

    /// Adds respondent i of data to group groupOf[i]; negative: left out.
    /// data.answers must match questions() column for column. Weights are
    /// first multiplied by a power of two (see weightScale()).
    void accumulate(const WaveData &data, const std::vector<int> &groupOf);

    /// The same sums with the groups renumbered: group g becomes
    /// newGroupOf[g] among groupCount (negative: dropped).
    CellTable regrouped(int groupCount, const std::vector<int> &newGroupOf) const;

    const std::vector<QuestionInfo> &questions() const { return m_questions; }
    int globalColumn() const { return m_globalColumn; }
    int groupCount() const { return m_groupCount; }
    /// The power of two the weights are multiplied by, chosen at the first
    /// accumulate() from the first weight so that it becomes 1..2: every sum
    /// is then scale-free (weights of 1e-200 or 1e200 neither underflow nor
    /// overflow when squared), and, a power of two being exact in binary,
    /// every ratio the figures take is bit for bit the unscaled one.
    double weightScale() const { return m_weightScale; }

    /// Question q summed over the groups g for which include(g) is true.
    template<typename Include>
    CrossSums sum(int question, Include include) const
    {
        CrossSums result(m_questions[question].optionCount);
        const std::size_t block = blockSize(question);
        const AnswerSums *cells = m_cells.data() + m_offsets[question];
        for (int g = 0; g < m_groupCount; ++g) {
            if (include(g))
                result.addBlock(cells + std::size_t(g) * block);
        }
        return result;
    }
    CrossSums sum(int question, int group) const
    {
        return sum(question, [group](int g) { return g == group; });
    }

    /// As sum(), as a domain of the design made of every group: N counts the
    /// valid answers of all groups; with strataCount > 0, stratumOf(g) gives
    /// the stratum (0..strataCount−1) of every respondent of group g.
    template<typename Include, typename StratumOf>
    CrossSums domainSum(int question, Include include, StratumOf stratumOf, int strataCount) const
    {
        const auto forEachGroup = [&](auto &&visit) {
            for (int g = 0; g < m_groupCount; ++g) {
                if (include(g))
                    visit(g);
            }
        };
        return domainSumOver(question, forEachGroup, stratumOf, strataCount);
    }
    /// As domainSum(), the groups given by forEachGroup(visit), which calls
    /// visit(g) for every group of the domain in increasing order: a caller
    /// that knows its groups skips the others without looking at them.
    template<typename ForEachGroup, typename StratumOf>
    CrossSums domainSumOver(int question, ForEachGroup forEachGroup, StratumOf stratumOf, int strataCount) const
    {
        const int options = m_questions[question].optionCount;
        CrossSums result(options);
        const std::size_t block = blockSize(question);
        const AnswerSums *cells = m_cells.data() + m_offsets[question];
        // The design's counts first, from the counts kept per group (no sum
        // is carried across the addBlock() calls below).
        const double *valid = validCounts(question);
        if (strataCount <= 0) {
            forEachGroup([&](int g) { result.addBlock(cells + std::size_t(g) * block); });
            result.setDesignCount(valid[m_groupCount]);
            return result;
        }
        DomainDesign design;
        design.n = valid[m_groupCount];
        design.strata.assign(std::size_t(strataCount), StratumSums{0.0, std::vector<AnswerSums>(std::size_t(options) + 1)});
        for (int g = 0; g < m_groupCount; ++g)
            design.strata[std::size_t(stratumOf(g))].n += valid[g];
        forEachGroup([&](int g) {
            const AnswerSums *groupCells = cells + std::size_t(g) * block;
            result.addBlock(groupCells);
            StratumSums *stratum = &design.strata[std::size_t(stratumOf(g))];
            for (int a = 1; a <= options; ++a)
                for (int gl = 0; gl < GlobalLevels; ++gl)
                    stratum->domain[std::size_t(a)] += groupCells[std::size_t(a) * GlobalLevels + std::size_t(gl)];
        });
        result.setDesign(std::move(design));
        return result;
    }
    template<typename Include>
    CrossSums domainSum(int question, Include include) const
    {
        return domainSum(question, include, [](int) { return 0; }, 0);
    }

    /// All cells, question-major then group, answer, global answer: what the
    /// wave summary writes to and reads from its blob.
    const std::vector<AnswerSums> &cells() const { return m_cells; }
    std::vector<AnswerSums> &cells()
    {
        m_validCounts.clear();
        return m_cells;
    }
    std::size_t cellCount() const;

    /// Valid answers of each question's every group, then of all groups:
    /// question-major, groupCount() + 1 each. Counted from the cells once,
    /// or as set by setValidCounts() (the wave summary keeps them in its
    /// blob, so that a summary read from the store counts nothing).
    const std::vector<double> &validCountTable() const;
    /// Sets the counts validCountTable() gives; false (nothing set) unless
    /// there is one per question and group plus one per question.
    bool setValidCounts(std::vector<double> counts);

    bool operator==(const CellTable &other) const;

private:
    std::size_t blockSize(int question) const
    {
        return std::size_t(m_questions[question].optionCount + 1) * GlobalLevels;
    }
    /// Valid answers of question's every group, then of all groups (at
    /// [groupCount]), counted once and kept: the design's N and n_h without
    /// a pass over every cell per figure.
    const double *validCounts(int question) const;

    std::vector<QuestionInfo> m_questions;
    int m_globalColumn = -1;
    int m_groupCount = 0;
    double m_weightScale = 0.0; ///< 0: not chosen yet
    std::vector<std::size_t> m_offsets; ///< first cell of each question
    std::vector<AnswerSums> m_cells;
    mutable std::vector<double> m_validCounts; ///< question-major, groupCount + 1 each; empty until asked
};
