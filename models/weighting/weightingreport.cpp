#include "weightingreport.h"

#include "wavedata.h"

#include <algorithm>
#include <cmath>

WeightStatistics weightStatistics(const std::vector<double> &weights)
{
    WeightStatistics s;
    s.n = qint64(weights.size());
    if (weights.empty())
        return s;
    double sum = 0.0, sum2 = 0.0;
    s.min = s.max = weights.front();
    for (double w : weights) {
        sum += w;
        sum2 += w * w;
        s.min = std::min(s.min, w);
        s.max = std::max(s.max, w);
    }
    const double n = double(weights.size());
    s.mean = sum / n;
    s.designEffect = n * sum2 / (sum * sum);
    s.cv = std::sqrt(std::max(s.designEffect - 1.0, 0.0));
    s.effectiveSize = sum * sum / sum2;
    return s;
}

WeightingReport weightingReport(const std::vector<double> &fileWeights, const std::vector<double> &raked,
                                const Margins &margins, const CalibrationCategories &categories, int passes)
{
    WeightingReport report;
    report.before = weightStatistics(fileWeights);
    report.after = weightStatistics(raked);
    report.passes = passes;
    double totalBefore = 0.0, totalAfter = 0.0;
    for (std::size_t i = 0; i < raked.size(); ++i) {
        totalBefore += fileWeights[i];
        totalAfter += raked[i];
    }
    for (std::size_t k = 0; k < margins.variables.size(); ++k) {
        const MarginVariable &v = margins.variables[k];
        std::vector<double> before(v.counts.size(), 0.0), after(v.counts.size(), 0.0);
        for (std::size_t i = 0; i < raked.size(); ++i) {
            const std::size_t c = std::size_t(categories.categoryOf[k][i]);
            before[c] += fileWeights[i];
            after[c] += raked[i];
        }
        for (std::size_t c = 0; c < v.counts.size(); ++c)
            report.margins.push_back({v.variable, v.values.at(qsizetype(c)), 100.0 * v.counts[c] / v.total(),
                                      100.0 * before[c] / totalBefore, 100.0 * after[c] / totalAfter});
    }
    return report;
}

std::optional<WaveWeighting> computeWeighting(const WaveData &fileData, const Margins &margins,
                                              const RakingOptions &options, QString *error)
{
    if (!checkMargins(margins, error))
        return std::nullopt;
    const std::optional<CalibrationCategories> categories = matchMargins(fileData, margins, error);
    if (!categories)
        return std::nullopt;
    std::optional<RakingResult> result = rake(fileData.weights, margins, *categories, options, error);
    if (!result)
        return std::nullopt;
    WaveWeighting w;
    w.margins = margins;
    w.trimLower = options.trimLower;
    w.trimUpper = options.trimUpper;
    w.passes = result->passes;
    w.lastFactors = std::move(result->lastFactors);
    w.weights = std::move(result->weights);
    w.untrimmed = std::move(result->untrimmed);
    w.appliedAt = QDateTime::currentDateTimeUtc();
    return w;
}
