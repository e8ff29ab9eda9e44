#pragma once

#include "crosssums.h"
#include "figure.h"

#include <QString>

#include <vector>

class WaveSummary;
struct SummaryGroup;

/// Weighted Pearson correlation between a satisfaction question's points and
/// the overall-satisfaction points, over the respondents who answered both.
struct Correlation
{
    double r = 0.0;    ///< NaN when undefined (fewer than two pairs, no spread)
    qint64 nPairs = 0;
    double sumW = 0.0;
};

/// From the answer × global-answer cells of a satisfaction question.
Correlation weightedCorrelation(const CrossSums &sums);

/// Where a question falls on the importance × score map, split at the
/// medians of the classified questions ("above" means strictly above).
enum class Quadrant {
    Unclassified,     ///< too few answers or pairs, or no defined importance
    PriorityLever,    ///< importance above, score not above: act here first
    KeyStrength,      ///< importance above, score above: keep it up
    MinorWeakness,    ///< importance not above, score not above
    MinorStrength,    ///< importance not above, score above
};

/// "unclassified", "priority_lever", "key_strength", "minor_weakness",
/// "minor_strength".
QString quadrantName(Quadrant quadrant);

/// One satisfaction question in the driver analysis.
struct DriverFigure
{
    int question = -1;       ///< index in the summary's questions
    QString code;
    Correlation importance;
    ScoreFigure score;
    Quadrant quadrant = Quadrant::Unclassified;
};

/// The driver analysis of one group: every satisfaction question except the
/// global one, in questionnaire order.
struct DriverAnalysis
{
    std::vector<DriverFigure> drivers;
    double medianImportance = 0.0; ///< over the classified drivers (NaN if none)
    double medianScore = 0.0;
    /// Indices into drivers of the priority levers, most important first
    /// (ties: lower score first, then questionnaire order).
    std::vector<int> priorityLevers;
};

/// A driver is classified when its score is sufficient (≥ 30 answers), at
/// least 30 respondents answered it and the global question, and its
/// importance is defined. Empty when there is no global question.
DriverAnalysis analyseDrivers(const std::vector<QuestionInfo> &questions, int globalColumn,
                              const std::vector<CrossSums> &sums);
DriverAnalysis analyseDrivers(const WaveSummary &summary, const SummaryGroup &group);
/// A raked wave's drivers with their scores' standard errors on the
/// calibrated design (scoreSe in the questions' order:
/// CalibratedDesign::scoreSe()). The importances are weighted correlations
/// of the raked weights whatever the design, so nothing else changes.
void calibrateDrivers(DriverAnalysis &analysis, const std::vector<double> &scoreSe);
