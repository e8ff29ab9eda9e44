// Calibration of the demo answers to the published figures.
//
// Method: every answer comes from a latent value (demosample.cpp) that is
// cut into categories by thresholds, as in an ordered-probit model. For each
// question the latent values of the respondents who answer are put into a
// weighted histogram (1/1024 sd bins); a threshold position then gives the
// weighted count above it in O(1), so the weighted score of any set of
// thresholds is known exactly, in integers, without touching the respondents
// again. The thresholds of a satisfaction question keep a fixed spacing and
// are shifted together; the shift is found by bisection (the weighted score
// falls as the shift rises) so that the score lands as close as the bins
// allow to its target, within about 0.005 point. Where the report gives a
// QPV figure, QPV and other tenants get their own shift: the QPV one hits
// the QPV figure and the other one the regional (or non-QPV) figure. For Q01
// the middle threshold is placed first on the 87 % satisfied, then the top
// one on the 7,8 score. Yes/no answers and Q30's options are cut at weighted
// quantiles. Correlations between questions come from the latent model and
// are left untouched: only the thresholds move.
#include "demorandom.h"
#include "demosample.h"
#include "demotargets.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace demo {

namespace {

constexpr int Bins = 16 * LatentScale; // +-8 sd

int binOf(std::int32_t y)
{
    return std::clamp(y + Bins / 2, 0, Bins - 1);
}

// Weighted counts of answers at or above each bin.
class Histogram
{
public:
    Histogram()
        : m_atLeast(Bins + 1, 0)
    {
    }
    void add(std::int32_t y, std::int64_t weight) { m_atLeast[binOf(y)] += weight; }
    void accumulate()
    {
        for (int b = Bins - 1; b >= 0; --b)
            m_atLeast[b] += m_atLeast[b + 1];
    }
    std::int64_t atLeast(int bin) const { return m_atLeast[std::clamp(bin, 0, Bins)]; }
    std::int64_t total() const { return m_atLeast[0]; }

private:
    std::vector<std::int64_t> m_atLeast;
};

// Threshold offsets from the shift, in bins: with a latent of about unit
// variance they give distributions such as 30/50/12/8 % for a score near 7.
constexpr int TopOffset = 560;
constexpr int MiddleOffset = -840;
constexpr int BottomOffset = -1480;
constexpr int GlobalBottomGap = 660; // Q01: bottom below middle

struct Cuts
{
    int top, middle, bottom; // bins at or above which codes 1, 2 and 3 start

    int code(std::int32_t y) const
    {
        const int b = binOf(y);
        return b >= top ? 1 : b >= middle ? 2 : b >= bottom ? 3 : 4;
    }
};

Cuts shifted(int shift)
{
    return {shift + TopOffset, shift + MiddleOffset, shift + BottomOffset};
}

// Sum of weight x points (10/7/3/0) of the answers.
std::int64_t points(const Histogram &h, const Cuts &c)
{
    return 3 * h.atLeast(c.top) + 4 * h.atLeast(c.middle) + 3 * h.atLeast(c.bottom);
}

// The x in [lo, hi] where a non-increasing excess(x) is closest to zero.
template<typename F>
int solve(int lo, int hi, F excess)
{
    int a = lo, b = hi; // first x with excess(x) <= 0 lies in [a, b]
    while (a < b) {
        const int mid = a + (b - a) / 2;
        if (excess(mid) <= 0)
            b = mid;
        else
            a = mid + 1;
    }
    if (a > lo && std::llabs(excess(a - 1)) < std::llabs(excess(a)))
        return a - 1;
    return a;
}

constexpr int ShiftMin = -Bins;
constexpr int ShiftMax = 2 * Bins;

// Thresholds for hors QPV (index 0) and QPV (index 1) tenants.
std::array<Cuts, 2> satisfactionCuts(const QuestionSpec &spec, const std::array<Histogram, 2> &h)
{
    // score >= target/10  <=>  10 * points >= target * weight
    const auto excessOf = [](const Histogram &hist, int target) {
        return [&hist, target](int s) { return 10 * points(hist, shifted(s)) - target * hist.total(); };
    };
    if (spec.kind == Kind::Overall) {
        const std::int64_t weight = h[0].total() + h[1].total();
        const int middle = solve(0, Bins, [&](int t) {
            return 1000 * (h[0].atLeast(t) + h[1].atLeast(t)) - spec.pctTarget * weight;
        });
        Cuts c{Bins, middle, middle - GlobalBottomGap};
        c.top = solve(middle, Bins, [&](int t) {
            const Cuts trial{t, c.middle, c.bottom};
            return 10 * (points(h[0], trial) + points(h[1], trial)) - spec.target * weight;
        });
        return {c, c};
    }
    if (spec.qpvTarget && spec.horsQpvTarget)
        return {shifted(solve(ShiftMin, ShiftMax, excessOf(h[0], spec.horsQpvTarget))),
                shifted(solve(ShiftMin, ShiftMax, excessOf(h[1], spec.qpvTarget)))};
    if (spec.qpvTarget) {
        const Cuts qpv = shifted(solve(ShiftMin, ShiftMax, excessOf(h[1], spec.qpvTarget)));
        const std::int64_t qpvPoints = points(h[1], qpv);
        const std::int64_t weight = h[0].total() + h[1].total();
        const int shift = solve(ShiftMin, ShiftMax, [&](int s) {
            return 10 * (points(h[0], shifted(s)) + qpvPoints) - spec.target * weight;
        });
        return {shifted(shift), qpv};
    }
    const std::int64_t weight = h[0].total() + h[1].total();
    const int shift = solve(ShiftMin, ShiftMax, [&](int s) {
        return 10 * (points(h[0], shifted(s)) + points(h[1], shifted(s))) - spec.target * weight;
    });
    return {shifted(shift), shifted(shift)};
}

// The bin at or above which a weighted share (tenths of a percent) of the
// total lies.
int quantileCut(const Histogram &h, int share, std::int64_t total)
{
    return solve(0, Bins, [&](int t) { return 1000 * h.atLeast(t) - share * total; });
}

} // namespace

void calibrate(Sample &sample)
{
    const auto questions = questionSpecs();
    const std::vector<Respondent> &respondents = sample.respondents;
    const std::size_t n = respondents.size();
    sample.answers.assign(questions.size(), std::vector<std::uint8_t>(n, 0));
    for (std::size_t q = 0; q < questions.size(); ++q) {
        const QuestionSpec &spec = questions[q];
        const std::vector<std::int32_t> &latent = sample.latent[q];
        const std::vector<Status> &status = sample.status[q];
        std::vector<std::uint8_t> &answers = sample.answers[q];

        std::array<Histogram, 2> h; // hors QPV, QPV
        std::int64_t noPreference = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (status[i] != Status::Answered)
                continue;
            if (latent[i] == NoPreference)
                noPreference += respondents[i].weight;
            else
                h[respondents[i].qpv].add(latent[i], respondents[i].weight);
        }
        for (Histogram &hist : h)
            hist.accumulate();

        if (spec.kind == Kind::Overall || spec.kind == Kind::Satisfaction) {
            const std::array<Cuts, 2> cuts = satisfactionCuts(spec, h);
            for (std::size_t i = 0; i < n; ++i)
                if (status[i] == Status::Answered)
                    answers[i] = std::uint8_t(cuts[respondents[i].qpv].code(latent[i]));
            continue;
        }
        // Shares are regional: one histogram for everyone.
        Histogram all;
        for (std::size_t i = 0; i < n; ++i)
            if (status[i] == Status::Answered && latent[i] != NoPreference)
                all.add(latent[i], respondents[i].weight);
        all.accumulate();
        if (spec.kind == Kind::Medium) {
            const std::int64_t total = all.total() + noPreference;
            const int digital = quantileCut(all, MediumDigitalPct, total);
            const int mixed = quantileCut(all, MediumDigitalPct + MediumMixedPct, total);
            for (std::size_t i = 0; i < n; ++i) {
                if (status[i] != Status::Answered)
                    continue;
                const int b = latent[i] == NoPreference ? -1 : binOf(latent[i]);
                answers[i] = b < 0 ? 4 : b >= digital ? 3 : b >= mixed ? 2 : 1;
            }
            continue;
        }
        const int yes = quantileCut(all, spec.pctTarget, all.total());
        for (std::size_t i = 0; i < n; ++i)
            if (status[i] == Status::Answered)
                answers[i] = binOf(latent[i]) >= yes ? 1 : 2;
    }
}

} // namespace demo
