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
    std::vector<AnswerSums> perAnswer; // answer a at a − 1
    AnswerSums total;
    for (int a = 1; a <= sums.optionCount(); ++a) {
        perAnswer.push_back(sums.answer(a));
        total += perAnswer.back();
    }
    f.n = qint64(total.count);
    f.sumW = total.sumW;
    f.nEff = total.sumW > 0.0 ? total.sumW * total.sumW / total.sumW2 : Nan;
    const double n = total.count;
    for (int a = 1; a <= sums.optionCount(); ++a) {
        const AnswerSums &s = perAnswer[std::size_t(a - 1)];
        OptionShare share{a, Nan, Nan, qint64(s.count), s.sumW};
        if (total.sumW > 0.0) {
            // The share is the mean of the indicator of answer a, so its se
            // is the score formula with points 1 for a and 0 otherwise.
            const double p = s.sumW / total.sumW;
            share.percent = 100.0 * p;
            if (n > 1.0) {
                std::vector<double> points(std::size_t(sums.optionCount()) + 1, 0.0);
                points[std::size_t(a)] = 1.0;
                share.se = 100.0 * domainStandardError(sums, points.data(), p, total.sumW);
            }
        }
        f.options.push_back(share);
    }
    return f;
}
