#pragma once

#include "crosssums.h"

#include <QString>

#include <array>
#include <optional>

/// Rating band of a score (survey-files.md §4).
enum class Band { Insuffisant, Moyen, Satisfaisant, EffectifInsuffisant };

/// "insuffisant", "moyen", "satisfaisant", "effectif_insuffisant".
QString bandName(Band band);
std::optional<Band> bandFromName(const QString &name);

class QLocale;

/// Fewer valid answers than this: shown as effectif insuffisant.
inline constexpr qint64 MinimumEffectif = 30;

/// The normal quantile of 95% intervals and tests: R's qnorm(0.975) as the
/// spec rounds it (survey-files.md §4).
inline constexpr double Z95 = 1.959964;

/// The one display rounding of every figure shown with one decimal (scores,
/// intervals, percentages): half away from zero on the decimal value, with a
/// margin of 1e-9 tenths against binary noise (6.9499999999999993 → 7.0,
/// −0.05 → −0.1). The band is read on this value.
double displayedScore(double score);
/// displayedScore() written in locale with one decimal ("7,0"); "" when not
/// finite. Table cells, chart labels, CSV/PDF/PowerPoint text use it.
QString formatScore(double score, const QLocale &locale);

/// Band of a score over n valid answers, judged on displayedScore().
Band bandOf(double score, qint64 n);

/// The figures of one satisfaction question over one group. Undefined
/// values (no answers; se with one answer) are NaN. When !sufficient() the
/// values are still computed, but must never be shown as a score.
struct ScoreFigure
{
    double score = 0.0;        ///< weighted mean of points /10
    double pctSatisfied = 0.0; ///< weighted % of codes 1 and 2 (0..100)
    double se = 0.0;           ///< linearisation standard error of score
    double ciLow = 0.0;        ///< score − Z95 se
    double ciHigh = 0.0;       ///< score + Z95 se
    double nEff = 0.0;         ///< Kish effective size (Σw)² / Σw²
    qint64 n = 0;              ///< valid answers
    Band band = Band::EffectifInsuffisant;

    bool sufficient() const { return n >= MinimumEffectif; }
};

/// Figures from the per-answer sums of codes 1..4 (index 0 = code 1), the
/// group being its own design.
ScoreFigure scoreFigure(const std::array<AnswerSums, 4> &perAnswer);
/// Figures of a satisfaction question from its cross sums (no-answer cells
/// ignored), as a domain of sums.design() (svymean on subset(design, group)).
ScoreFigure scoreFigure(const CrossSums &sums);

/// Linearisation standard error of a domain mean of points[a] (a = answer
/// code 1..optionCount) over the domain's valid answers, with mean m and
/// domain weight sumW: survey-files.md §4, with or without strata. NaN with
/// fewer than two answers.
double domainStandardError(const CrossSums &sums, const double *points, double mean, double sumW);
/// The same with sums.answer(a) already at perAnswer[a] (a = 1..optionCount).
double domainStandardError(const CrossSums &sums, const AnswerSums *perAnswer, const double *points, double mean,
                           double sumW);

/// Two independent groups differ at 95%: |m1 − m2| > Z95 √(se1² + se2²).
/// False unless both are sufficient.
bool differenceSignificant(const ScoreFigure &a, const ScoreFigure &b);
/// As differenceSignificant(), but no answer when either is insufficient:
/// the CLI's diff_significant field.
std::optional<bool> diffSignificant(const ScoreFigure &a, const ScoreFigure &b);

/// The same test on bare values (trend points carry optional se).
bool differenceSignificant(double m1, double se1, double m2, double se2);
