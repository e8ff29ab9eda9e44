#include "drivers.h"

#include "calibrateddesign.h"
#include "quantile.h"
#include "wavesummary.h"

#include <algorithm>
#include <cmath>
#include <limits>

Correlation weightedCorrelation(const CrossSums &sums)
{
    Correlation c;
    c.r = std::numeric_limits<double>::quiet_NaN();
    const int answers = std::min(4, sums.optionCount());
    double sumWx = 0.0, sumWy = 0.0, count = 0.0;
    for (int a = 1; a <= answers; ++a) {
        for (int g = 1; g < GlobalLevels; ++g) {
            const AnswerSums &cell = sums.cell(a, g);
            count += cell.count;
            c.sumW += cell.sumW;
            sumWx += cell.sumW * satisfactionPoints(a);
            sumWy += cell.sumW * satisfactionPoints(g);
        }
    }
    c.nPairs = qint64(count);
    if (c.nPairs < 2 || c.sumW <= 0.0)
        return c;
    // Centred sums: no cancellation between Σwxy and Σwx·Σwy/Σw.
    const double mx = sumWx / c.sumW, my = sumWy / c.sumW;
    double sxx = 0.0, syy = 0.0, sxy = 0.0;
    for (int a = 1; a <= answers; ++a) {
        const double dx = satisfactionPoints(a) - mx;
        for (int g = 1; g < GlobalLevels; ++g) {
            const double w = sums.cell(a, g).sumW;
            const double dy = satisfactionPoints(g) - my;
            sxx += w * dx * dx;
            syy += w * dy * dy;
            sxy += w * dx * dy;
        }
    }
    if (sxx > 0.0 && syy > 0.0)
        c.r = sxy / std::sqrt(sxx * syy);
    return c;
}

QString quadrantName(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::Unclassified: return QStringLiteral("unclassified");
    case Quadrant::PriorityLever: return QStringLiteral("priority_lever");
    case Quadrant::KeyStrength: return QStringLiteral("key_strength");
    case Quadrant::MinorWeakness: return QStringLiteral("minor_weakness");
    case Quadrant::MinorStrength: return QStringLiteral("minor_strength");
    }
    return QString();
}

DriverAnalysis analyseDrivers(const std::vector<QuestionInfo> &questions, int globalColumn,
                              const std::vector<CrossSums> &sums)
{
    DriverAnalysis analysis;
    analysis.medianImportance = analysis.medianScore = std::numeric_limits<double>::quiet_NaN();
    if (globalColumn < 0)
        return analysis;

    std::vector<double> importances, scores;
    for (int q = 0; q < int(questions.size()); ++q) {
        if (q == globalColumn || questions[std::size_t(q)].type != QuestionType::Satisfaction4)
            continue;
        DriverFigure d;
        d.question = q;
        d.code = questions[std::size_t(q)].code;
        d.importance = weightedCorrelation(sums[std::size_t(q)]);
        d.score = scoreFigure(sums[std::size_t(q)]);
        const bool classified = d.score.sufficient() && d.importance.nPairs >= MinimumEffectif
            && std::isfinite(d.importance.r);
        if (classified) {
            importances.push_back(d.importance.r);
            scores.push_back(d.score.score);
            d.quadrant = Quadrant::MinorWeakness; // placeholder until the medians are known
        }
        analysis.drivers.push_back(d);
    }
    analysis.medianImportance = median(importances);
    analysis.medianScore = median(scores);

    for (int i = 0; i < int(analysis.drivers.size()); ++i) {
        DriverFigure &d = analysis.drivers[std::size_t(i)];
        if (d.quadrant == Quadrant::Unclassified)
            continue;
        const bool important = d.importance.r > analysis.medianImportance;
        const bool good = d.score.score > analysis.medianScore;
        d.quadrant = important ? (good ? Quadrant::KeyStrength : Quadrant::PriorityLever)
                               : (good ? Quadrant::MinorStrength : Quadrant::MinorWeakness);
        if (d.quadrant == Quadrant::PriorityLever)
            analysis.priorityLevers.push_back(i);
    }
    std::stable_sort(analysis.priorityLevers.begin(), analysis.priorityLevers.end(), [&](int a, int b) {
        const DriverFigure &x = analysis.drivers[std::size_t(a)], &y = analysis.drivers[std::size_t(b)];
        if (x.importance.r != y.importance.r)
            return x.importance.r > y.importance.r;
        return x.score.score < y.score.score;
    });
    return analysis;
}

DriverAnalysis analyseDrivers(const WaveSummary &summary, const SummaryGroup &group)
{
    return analyseDrivers(summary.questions(), summary.globalColumn(), summary.sums(group));
}

void calibrateDrivers(DriverAnalysis &analysis, const std::vector<double> &scoreSe)
{
    for (DriverFigure &d : analysis.drivers)
        if (d.question >= 0 && d.question < int(scoreSe.size()))
            d.score = withStandardError(d.score, scoreSe[std::size_t(d.question)]);
}
