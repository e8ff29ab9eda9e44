#include "shares.h"

#include "figure.h"

#include <cmath>
#include <limits>

bool ShareFigure::sufficient() const
{
    return n >= MinimumEffectif;
}

ShareFigure shareFigure(const CrossSums &sums)
{
    constexpr double Nan = std::numeric_limits<double>::quiet_NaN();
    ShareFigure f;
    f.options.reserve(std::size_t(sums.optionCount()));
    std::vector<AnswerSums> byCode(std::size_t(sums.optionCount()) + 1); // index a: answer a
    AnswerSums total;
    for (int a = 1; a <= sums.optionCount(); ++a) {
        byCode[std::size_t(a)] = sums.answer(a);
        total += byCode[std::size_t(a)];
    }
    std::vector<double> points(byCode.size(), 0.0);
    f.n = qint64(total.count);
    f.sumW = total.sumW;
    f.nEff = total.sumW > 0.0 ? total.sumW * total.sumW / total.sumW2 : Nan;
    const double n = total.count;
    for (int a = 1; a <= sums.optionCount(); ++a) {
        const AnswerSums &s = byCode[std::size_t(a)];
        OptionShare share{a, Nan, Nan, Nan, Nan, qint64(s.count), s.sumW};
        if (total.sumW > 0.0) {
            // The share is the domain mean of the indicator of answer a: the
            // score's se with points 1 for a and 0 otherwise, in the group's
            // design (svymean(~factor(answer), subset(design, group))).
            const double p = s.sumW / total.sumW;
            share.percent = 100.0 * p;
            if (n > 1.0 && !sums.design().stratified()) {
                // The indicator's Σ w²(x − p)² in closed form: the general
                // formula below, without a pass over every option.
                const double sq = s.sumW2 * (1.0 - p) * (1.0 - p) + (total.sumW2 - s.sumW2) * p * p;
                const double designN = sums.design().n > 0.0 ? sums.design().n : n;
                share.se = 100.0 * std::sqrt(designN / (designN - 1.0) * sq) / total.sumW;
            } else if (n > 1.0) {
                points[std::size_t(a)] = 1.0;
                share.se = 100.0 * domainStandardError(sums, byCode.data(), points.data(), p, total.sumW);
                points[std::size_t(a)] = 0.0;
            }
            share.ciLow = share.percent - Z95 * share.se;
            share.ciHigh = share.percent + Z95 * share.se;
        }
        f.options.push_back(share);
    }
    return f;
}

ShareFigure withStandardErrors(ShareFigure f, const std::vector<double> &se)
{
    if (se.size() != f.options.size())
        return f;
    for (std::size_t a = 0; a < se.size(); ++a) {
        OptionShare &o = f.options[a];
        if (!std::isfinite(o.percent))
            continue;
        o.se = 100.0 * se[a];
        o.ciLow = o.percent - Z95 * o.se;
        o.ciHigh = o.percent + Z95 * o.se;
    }
    return f;
}

std::optional<bool> shareDiffSignificant(const ShareFigure &a, const ShareFigure &b, int option)
{
    if (!a.sufficient() || !b.sufficient() || option < 1 || option > int(a.options.size())
        || option > int(b.options.size()))
        return std::nullopt;
    const OptionShare &x = a.options[std::size_t(option - 1)];
    const OptionShare &y = b.options[std::size_t(option - 1)];
    return differenceSignificant(x.percent, x.se, y.percent, y.se);
}
