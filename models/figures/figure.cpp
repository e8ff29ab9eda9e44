#include "figure.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double Nan = std::numeric_limits<double>::quiet_NaN();

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

QString formatScore(double score, const QLocale &locale)
{
    if (!std::isfinite(score))
        return QString();
    const long long tenths = displayedTenths(score);
    const QString magnitude = locale.toString(double(tenths < 0 ? -tenths : tenths) / 10.0, 'f', 1);
    return tenths < 0 ? locale.negativeSign() + magnitude : magnitude;
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

double domainStandardError(const CrossSums &sums, const double *points, double mean, double sumW)
{
    std::vector<AnswerSums> perAnswer(std::size_t(sums.optionCount()) + 1);
    for (int a = 1; a <= sums.optionCount(); ++a)
        perAnswer[std::size_t(a)] = sums.answer(a);
    return domainStandardError(sums, perAnswer.data(), points, mean, sumW);
}

double domainStandardError(const CrossSums &sums, const AnswerSums *perAnswer, const double *points, double mean,
                           double sumW)
{
    const int options = sums.optionCount();
    double count = 0.0;
    for (int a = 1; a <= options; ++a)
        count += perAnswer[a].count;
    if (count < 2.0 || !(sumW > 0.0))
        return Nan;
    const DomainDesign &design = sums.design();
    if (!design.stratified()) {
        // z_i = w_i (x_i − m) / Σ_d w, 0 outside the domain: Σ z² grouped by answer.
        double sq = 0.0;
        for (int a = 1; a <= options; ++a) {
            const double d = points[a] - mean;
            sq += perAnswer[a].sumW2 * d * d;
        }
        const double n = design.n > 0.0 ? design.n : count;
        return std::sqrt(n / (n - 1.0) * sq) / sumW;
    }
    // Σ_h n_h/(n_h − 1) Σ_{i∈h} (z_i − z̄_h)², with Σ_{i∈h}(z_i − z̄_h)² =
    // Σz² − (Σz)²/n_h and z nonzero only on the domain's part of h.
    double variance = 0.0;
    for (const StratumSums &h : design.strata) {
        if (h.n < 2.0)
            continue; // a stratum of one respondent contributes nothing
        double s1 = 0.0, s2 = 0.0;
        for (int a = 1; a <= options && a < int(h.domain.size()); ++a) {
            const double d = points[a] - mean;
            s1 += h.domain[std::size_t(a)].sumW * d;
            s2 += h.domain[std::size_t(a)].sumW2 * d * d;
        }
        variance += h.n / (h.n - 1.0) * std::max(0.0, s2 - s1 * s1 / h.n);
    }
    return std::sqrt(variance) / sumW;
}

ScoreFigure scoreFigure(const std::array<AnswerSums, 4> &perAnswer)
{
    CrossSums sums(4);
    for (int a = 1; a <= 4; ++a)
        sums.cell(a, 0) = perAnswer[std::size_t(a - 1)];
    return scoreFigure(sums);
}

ScoreFigure scoreFigure(const CrossSums &sums)
{
    ScoreFigure f;
    std::array<AnswerSums, 5> byCode; // index a: answer a
    for (int a = 1; a <= 4 && a <= sums.optionCount(); ++a)
        byCode[std::size_t(a)] = sums.answer(a);
    const AnswerSums *perAnswer = byCode.data() + 1; // index a − 1
    double count = 0.0, sumW = 0.0, sumW2 = 0.0, sumWx = 0.0;
    for (int a = 0; a < 4; ++a) {
        const AnswerSums &s = perAnswer[a];
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
    constexpr double Points[5] = {0.0, satisfactionPoints(1), satisfactionPoints(2), satisfactionPoints(3),
                                  satisfactionPoints(4)};
    if (sums.optionCount() <= 4) {
        f.se = domainStandardError(sums, byCode.data(), Points, f.score, sumW);
    } else { // not a satisfaction question: codes above 4 score 0, as ever
        std::vector<double> points(std::size_t(sums.optionCount()) + 1, 0.0);
        std::copy(Points, Points + 5, points.begin());
        f.se = domainStandardError(sums, points.data(), f.score, sumW);
    }
    f.ciLow = f.score - Z95 * f.se;
    f.ciHigh = f.score + Z95 * f.se;
    f.band = bandOf(f.score, f.n);
    return f;
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
