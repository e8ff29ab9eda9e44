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

/// Fewer valid answers than this: shown as effectif insuffisant.
inline constexpr qint64 MinimumEffectif = 30;

/// The score as displayed: one decimal, half away from zero on the decimal
/// value (6.95 → 7.0 although 6.95 is not exactly representable).
double displayedScore(double score);

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
    double ciLow = 0.0;        ///< score − 1.96 se
    double ciHigh = 0.0;       ///< score + 1.96 se
    double nEff = 0.0;         ///< Kish effective size (Σw)² / Σw²
    qint64 n = 0;              ///< valid answers
    Band band = Band::EffectifInsuffisant;

    bool sufficient() const { return n >= MinimumEffectif; }
};

/// Figures from the per-answer sums of codes 1..4 (index 0 = code 1).
ScoreFigure scoreFigure(const std::array<AnswerSums, 4> &perAnswer);
/// Figures of a satisfaction question from its cross sums (no-answer cells
/// ignored).
ScoreFigure scoreFigure(const CrossSums &sums);

/// Two independent groups differ at 95%: |m1 − m2| > 1.96 √(se1² + se2²).
/// False unless both are sufficient.
bool differenceSignificant(const ScoreFigure &a, const ScoreFigure &b);
/// As differenceSignificant(), but no answer when either is insufficient:
/// the CLI's diff_significant field.
std::optional<bool> diffSignificant(const ScoreFigure &a, const ScoreFigure &b);

/// The same test on bare values (trend points carry optional se).
bool differenceSignificant(double m1, double se1, double m2, double se2);
