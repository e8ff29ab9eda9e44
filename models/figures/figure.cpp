#include "figure.h"

#include <cmath>
#include <limits>

namespace {

constexpr double Nan = std::numeric_limits<double>::quiet_NaN();
constexpr double Z95 = 1.96;

// Tenths of the displayed score. A score is a ratio of sums, so a value whose
// decimal form ends in 5 (6.95) may come out a hair below the half (69.4999…
// tenths); the guard, far below any real difference between two scores,
// rounds it the way the decimal value rounds.
long long displayedTenths(double score)
{
    constexpr double Guard = 1e-9;
    const double tenths = score * 10.0;
    return std::llround(tenths >= 0 ? std::floor(tenths + 0.5 + Guard) : std::ceil(tenths - 0.5 - Guard));
}

} // namespace

QString bandName(Band band)
{
    switch (band) {
    case Band::Insuffisant: return QStringLiteral("insuffisant");
    case Band::Moyen: return QStringLiteral("moyen");
    case Band::Satisfaisant: return QStringLiteral("satisfaisant");
    case Band::EffectifInsuffisant: return QStringLiteral("effectif_insuffisant");
    }
    return QString();
}

std::optional<Band> bandFromName(const QString &name)
{
    for (Band band : {Band::Insuffisant, Band::Moyen, Band::Satisfaisant, Band::EffectifInsuffisant}) {
        if (name == bandName(band))
            return band;
    }
    return std::nullopt;
}

double displayedScore(double score)
{
    if (!std::isfinite(score))
        return score;
    return double(displayedTenths(score)) / 10.0;
}

Band bandOf(double score, qint64 n)
{
    if (n < MinimumEffectif || !std::isfinite(score))
        return Band::EffectifInsuffisant;
    // Integer tenths: no comparison of 6.9999… with 7.0.
    const long long tenths = displayedTenths(score);
    if (tenths < 60)
        return Band::Insuffisant;
    if (tenths < 70)
        return Band::Moyen;
    return Band::Satisfaisant;
}

ScoreFigure scoreFigure(const std::array<AnswerSums, 4> &perAnswer)
{
    ScoreFigure f;
    double count = 0.0, sumW = 0.0, sumW2 = 0.0, sumWx = 0.0;
    for (int a = 0; a < 4; ++a) {
        const AnswerSums &s = perAnswer[std::size_t(a)];
        count += s.count;
        sumW += s.sumW;
        sumW2 += s.sumW2;
        sumWx += s.sumW * satisfactionPoints(a + 1);
    }
    f.n = qint64(count);
    if (f.n == 0 || sumW <= 0.0) {
        f.score = f.pctSatisfied = f.se = f.ciLow = f.ciHigh = f.nEff = Nan;
        f.band = Band::EffectifInsuffisant;
        return f;
    }
    f.score = sumWx / sumW;
    f.pctSatisfied = 100.0 * (perAnswer[0].sumW + perAnswer[1].sumW) / sumW;
    f.nEff = sumW * sumW / sumW2;
    if (f.n > 1) {
        // Σ_i (w_i (x_i − m))² grouped by answer: Σ_a Σw²_a (x_a − m)².
        double sq = 0.0;
        for (int a = 0; a < 4; ++a) {
            const double d = satisfactionPoints(a + 1) - f.score;
            sq += perAnswer[std::size_t(a)].sumW2 * d * d;
        }
        f.se = std::sqrt(count / (count - 1.0) * sq) / sumW;
    } else {
        f.se = Nan;
    }
    f.ciLow = f.score - Z95 * f.se;
    f.ciHigh = f.score + Z95 * f.se;
    f.band = bandOf(f.score, f.n);
    return f;
}

ScoreFigure scoreFigure(const CrossSums &sums)
{
    std::array<AnswerSums, 4> perAnswer;
    for (int a = 1; a <= 4 && a <= sums.optionCount(); ++a)
        perAnswer[std::size_t(a - 1)] = sums.answer(a);
    return scoreFigure(perAnswer);
}

bool differenceSignificant(double m1, double se1, double m2, double se2)
{
    if (!std::isfinite(m1) || !std::isfinite(m2) || !std::isfinite(se1) || !std::isfinite(se2))
        return false;
    return std::fabs(m1 - m2) > Z95 * std::sqrt(se1 * se1 + se2 * se2);
}

bool differenceSignificant(const ScoreFigure &a, const ScoreFigure &b)
{
    return a.sufficient() && b.sufficient() && differenceSignificant(a.score, a.se, b.score, b.se);
}

std::optional<bool> diffSignificant(const ScoreFigure &a, const ScoreFigure &b)
{
    if (!a.sufficient() || !b.sufficient())
        return std::nullopt;
    return differenceSignificant(a, b);
}
