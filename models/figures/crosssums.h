#pragma once

#include "question.h"
#include "wavedata.h"

#include <QString>

#include <cstddef>
#include <type_traits>
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

/// One question over one group of respondents, cross-tabulated with the
/// answer to the global question: cell(a, g) for a in 0..optionCount and
/// g in 0..4, where 0 means "no answer".
class CrossSums
{
public:
    CrossSums() = default;
    explicit CrossSums(int optionCount);

    int optionCount() const { return m_optionCount; }
    const AnswerSums &cell(int answer, int global) const { return m_cells[index(answer, global)]; }
    AnswerSums &cell(int answer, int global) { return m_cells[index(answer, global)]; }
    /// The sums of one answer whatever the global answer (0 = no answer).
    AnswerSums answer(int answer) const;
    /// The sums of the respondents who gave a valid answer (1..optionCount).
    AnswerSums valid() const;

    /// Adds a block of (optionCount + 1) × GlobalLevels cells laid out as
    /// cells() is.
    void addBlock(const AnswerSums *block);
    CrossSums &operator+=(const CrossSums &other);
    const std::vector<AnswerSums> &cells() const { return m_cells; }

    bool operator==(const CrossSums &) const = default;

private:
    std::size_t index(int answer, int global) const { return std::size_t(answer) * GlobalLevels + global; }

    int m_optionCount = 0;
    std::vector<AnswerSums> m_cells;
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
    /// data.answers must match questions() column for column.
    void accumulate(const WaveData &data, const std::vector<int> &groupOf);

    /// The same sums with the groups renumbered: group g becomes
    /// newGroupOf[g] among groupCount (negative: dropped).
    CellTable regrouped(int groupCount, const std::vector<int> &newGroupOf) const;

    const std::vector<QuestionInfo> &questions() const { return m_questions; }
    int globalColumn() const { return m_globalColumn; }
    int groupCount() const { return m_groupCount; }

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

    /// All cells, question-major then group, answer, global answer: what the
    /// wave summary writes to and reads from its blob.
    const std::vector<AnswerSums> &cells() const { return m_cells; }
    std::vector<AnswerSums> &cells() { return m_cells; }
    std::size_t cellCount() const;

    bool operator==(const CellTable &other) const;

private:
    std::size_t blockSize(int question) const
    {
        return std::size_t(m_questions[question].optionCount + 1) * GlobalLevels;
    }

    std::vector<QuestionInfo> m_questions;
    int m_globalColumn = -1;
    int m_groupCount = 0;
    std::vector<std::size_t> m_offsets; ///< first cell of each question
    std::vector<AnswerSums> m_cells;
};
