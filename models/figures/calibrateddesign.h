#pragma once

#include "crosssums.h"
#include "figure.h"

#include <memory>
#include <optional>
#include <utility>
#include <vector>

struct CalibrationCategories;

/// A group of respondents of a raked wave (a domain of the raked design).
struct CalibratedGroup
{
    int landlord = -1;            ///< index in WaveData::landlordCodes; -1: all
    bool allButLandlord = false;  ///< the rest of the wave without that landlord
    std::optional<bool> qpv;
    int segmentColumn = -1;       ///< index in WaveData::segments; -1: none
    int segmentValue = -1;
    /// When not empty, the segment values of the group instead of
    /// segmentValue (the group of small values, smallsegments.h).
    std::vector<int> segmentValues;

    bool operator==(const CalibratedGroup &) const = default;
};

/// The raked design of a wave, for standard errors that know the calibration
/// (survey-files.md section 6): R's svymean(~x, subset(raked, !is.na(x) &
/// group), na.rm = TRUE) on rake()'s design, whose variance svyrecvar()
/// computes on the residuals of the influence values after ten rounds of
/// centring on every margin (its "raking" postStrata), then with or without
/// strata over the whole wave.
///
/// The residuals stay sums: respondent i of calibration cell c (a
/// combination of margin categories, and stratum) has residual
/// z_i − w_i B_c, so every figure needs only per-cell sums of the answers
/// (count, Σw, Σw²): the same cells as the wave summary, grouped by
/// calibration cell, landlord, QPV and segment value.
class CalibratedDesign
{
public:
    CalibratedDesign() = default;
    ~CalibratedDesign();
    CalibratedDesign(CalibratedDesign &&) noexcept;
    CalibratedDesign &operator=(CalibratedDesign &&) noexcept;
    /// data: the wave with its analysis weights (raked, then trimmed when
    /// asked); lastFactors: RakingResult::lastFactors; stratumOf: a stratum
    /// per respondent, or empty for no strata; untrimmed: the raked weights
    /// before trimming (RakingResult::untrimmed), or empty when data's are
    /// untrimmed. As R's trimWeights() keeps rake()'s postStrata, the
    /// residuals centre on the untrimmed weights of each margin while the
    /// influence values use the trimmed ones.
    CalibratedDesign(const WaveData &data, const CalibrationCategories &categories,
                     const std::vector<std::vector<double>> &lastFactors, std::vector<int> stratumOf = {},
                     const Codebook *codebook = nullptr, int globalColumn = -1,
                     const std::vector<double> &untrimmed = {});

    /// What a part of the wave (one landlord's respondents) needs of the
    /// whole raked design for the errors of its own groups: the operators
    /// cut down to the margin categories its respondents fall in (support,
    /// in a given order), and the strata it has respondents in. The other
    /// strata's share of the variance, a quadratic form in the categories,
    /// is merged into p: nothing per other stratum or category remains.
    struct PartOperators
    {
        std::size_t support = 0;
        std::vector<double> k, p;          ///< support × support
        std::vector<int> strata;           ///< the part's strata (numbered as the part numbers them)
        std::vector<double> stratumCounts; ///< respondents of each of those strata in the whole wave
        std::vector<double> tk;            ///< strata × support
    };
    /// For the part of the wave whose respondents fall in categories (global
    /// index: margin offset + value, in the order the part numbers them)
    /// and strata (this design's numbering; the result keeps it).
    PartOperators partOperators(const std::vector<int> &categories, const std::vector<int> &strata) const;
    /// The design of a part of the wave (data: its respondents only;
    /// categories numbered as operators' support, lastFactors of those
    /// categories only; stratumOf numbered as operators.strata): the same
    /// errors as the whole design gives for any group inside the part.
    CalibratedDesign(const WaveData &data, const CalibrationCategories &categories,
                     const std::vector<std::vector<double>> &lastFactors, std::vector<int> stratumOf,
                     const Codebook *codebook, const std::vector<double> &untrimmed, PartOperators operators);

    const std::vector<QuestionInfo> &questions() const { return m_questions; }
    /// Index of a landlord code in the wave's landlordCodes, or -1.
    int landlordIndex(const QString &code) const;

    /// Standard error of the weighted mean of points(answer) over the group's
    /// valid answers to question (points indexed by answer code 1..options;
    /// index 0 unused). NaN when the group has no answer.
    double meanSe(int question, const CalibratedGroup &group, const std::vector<double> &points) const;
    /// meanSe() of a satisfaction question's points /10, for each question
    /// (NaN for the other types), in questions() order.
    std::vector<double> scoreSe(const CalibratedGroup &group) const;
    /// The same for one question.
    double scoreSe(int question, const CalibratedGroup &group) const;
    /// Standard errors of the shares of answers 1..options of question over
    /// the group's valid answers (R's svymean(~factor(answer), subset(raked,
    /// !is.na(answer) & group))), as proportions, index 0 = answer 1. NaN
    /// when the group has no answer.
    std::vector<double> shareSe(int question, const CalibratedGroup &group) const;

    /// Per fine group and answer: Σρ (ρ = analysis / calibration weight, 1
    /// untrimmed), Σw̃, Σw̃², Σw w̃ (w̃ analysis, w calibration weight).
    struct Sums
    {
        double rho = 0.0, w = 0.0, w2 = 0.0, ww = 0.0;
        Sums &operator+=(const Sums &o)
        {
            rho += o.rho;
            w += o.w;
            w2 += o.w2;
            ww += o.ww;
            return *this;
        }
    };
    /// One cell's sums of a group's valid answers x: Σρ, Σρx, Σw̃, Σw̃x,
    /// Σw̃², Σw̃²x, Σw̃²x², Σww̃, Σww̃x.
    struct Moments
    {
        double c0 = 0, c1 = 0, w0 = 0, w1 = 0, q0 = 0, q1 = 0, q2 = 0, m0 = 0, m1 = 0;
    };
    struct Table;
    struct Plan;

private:
    const Table &table(int segmentColumn) const;
    /// What every figure of one group needs, once per group
    /// (calibratedvariance.cpp): the last group's is kept, so a page's
    /// figures of one group (scores, then shares question by question)
    /// share it. Valid until the next call.
    const Plan &plan(const CalibratedGroup &group) const;
    /// The standard error of the group's mean from its per-cell moments (in
    /// the plan's cell order, local cell c at moments[index[c]] when index
    /// is given); scratch reused between calls.
    double standardError(const Plan &plan, const Moments *moments, const int *index, std::vector<double> &scratch) const;
    void buildOperators();
    /// The cells, categories and strata of data (both constructors).
    void buildCells(const WaveData &data, const CalibrationCategories &categories,
                    const std::vector<std::vector<double>> &lastFactors, const std::vector<int> &stratumOf,
                    const std::vector<double> &untrimmed);
    void setStrataFactors();

    const WaveData *m_data = nullptr;
    std::vector<QuestionInfo> m_questions;
    std::vector<int> m_cellOf;                   ///< per respondent
    std::vector<double> m_rho;                   ///< per respondent; empty untrimmed
    std::vector<double> m_calibrationWeights;    ///< per respondent; empty untrimmed
    std::size_t m_cells = 0;
    std::vector<int> m_stratumOf;                ///< per cell; 0 without strata
    std::vector<AnswerSums> m_cellTotals;        ///< every respondent of the cell, calibration weights
    std::vector<double> m_stratumFactor;         ///< n_h / (n_h − 1), 0 for one respondent
    std::vector<double> m_stratumCount;
    std::vector<int> m_activeStrata;             ///< the strata with a factor
    /// Margin categories numbered together: index j of category v of margin k
    /// is offset[k] + v. Per cell: its J index and H for every margin.
    std::vector<int> m_categoryIndex;            ///< [cell × margins + k]
    std::vector<double> m_h;                     ///< [cell × margins + k]: Π_{l>k} lastFactors[l]
    std::size_t m_margins = 0;
    std::size_t m_categories = 0;                ///< J
    /// The ten centring rounds are linear: the accumulated category means A
    /// are K u, u the group's per-category sums (J × J, row-major).
    std::vector<double> m_k;
    /// Σ_c f_h T2_c (1/H) (1/H)ᵀ over the categories of each cell (J × J),
    /// and per stratum Σ_c T1_c / H over each cell's categories (strata × J).
    /// Kᵀ Q K and Kᵀ t_h: the variance straight from u, which is zero
    /// outside the categories of the group's cells.
    std::vector<double> m_p;
    std::vector<double> m_tk;
    /// A part's design (PartOperators): m_p holds the other strata's share,
    /// the strata sums are expanded for its own strata only.
    bool m_part = false;
    mutable std::vector<std::pair<int, std::unique_ptr<Table>>> m_tables;
    mutable std::unique_ptr<Plan> m_plan; ///< the last group's
};
/// f with its standard error (and interval) replaced by se.
ScoreFigure withStandardError(ScoreFigure f, double se);
/// f unchanged without calibrated errors, else with (*se)[question]
/// (FigureEngine::calibratedScoreSe()).
inline ScoreFigure withStandardError(ScoreFigure f, const std::optional<std::vector<double>> &se, int question)
{
    return se && question >= 0 && question < int(se->size()) ? withStandardError(f, (*se)[std::size_t(question)]) : f;
}
