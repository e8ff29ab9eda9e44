#include "chartfactory.h"

#include "distributionchart.h"
#include "driverschart.h"
#include "figuremodel.h"
#include "figuremodelfactory.h"
#include "qpvchart.h"
#include "rankingchart.h"
#include "scoreschart.h"
#include "shareschart.h"
#include "trendchart.h"

#include <memory>

namespace {

// The one renderer of each chart kind.
FigureChart *newChart(ChartKind kind, QAbstractItemModel *model, const QLocale &locale)
{
    switch (kind) {
    case ChartKind::Scores: return new ScoresChart(model, locale);
    case ChartKind::Qpv: return new QpvChart(model, locale);
    case ChartKind::Trend: return new TrendChart(model, locale);
    case ChartKind::Ranking: return new RankingChart(model, locale);
    case ChartKind::Drivers: return new DriversChart(model, locale);
    case ChartKind::Distribution: return new DistributionChart(model, locale);
    case ChartKind::Shares: return new SharesChart(model, locale);
    case ChartKind::Margins: break; // MarginsChart, in the weighting dialog
    }
    return nullptr;
}

} // namespace

QChart *createChart(ChartKind kind, QAbstractItemModel *model, const QLocale &locale)
{
    // Each chart describes its model: refuse a model of another class.
    auto *figures = qobject_cast<FigureModel *>(model);
    if (!figures || !isFigureModelOf(kind, *figures))
        return nullptr;
    FigureChart *chart = newChart(kind, model, locale);
    if (chart)
        chart->updateFromModel();
    return chart;
}

QChart *createChart(const ChartDescription &description)
{
    FigureChart *chart = newChart(description.kind, nullptr, description.locale);
    if (chart)
        chart->setDescription(description);
    return chart;
}
