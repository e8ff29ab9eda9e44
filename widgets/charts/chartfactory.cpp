#include "chartfactory.h"

#include "distributionchart.h"
#include "distributionmodel.h"
#include "driverschart.h"
#include "driversmodel.h"
#include "qpvchart.h"
#include "qpvcomparisonmodel.h"
#include "rankingchart.h"
#include "rankingmodel.h"
#include "scoreschart.h"
#include "shareschart.h"
#include "sharemodel.h"
#include "themescoremodel.h"
#include "trendchart.h"
#include "trendmodel.h"

QChart *createChart(ChartKind kind, QAbstractItemModel *model, const QLocale &locale)
{
    // Each chart reads its model's columns: refuse a model of another class.
    switch (kind) {
    case ChartKind::Scores:
        return qobject_cast<ThemeScoreModel *>(model) ? new ScoresChart(model, locale) : nullptr;
    case ChartKind::Qpv:
        return qobject_cast<QpvComparisonModel *>(model) ? new QpvChart(model, locale) : nullptr;
    case ChartKind::Trend:
        return qobject_cast<TrendModel *>(model) ? new TrendChart(model, locale) : nullptr;
    case ChartKind::Ranking:
        return qobject_cast<RankingModel *>(model) ? new RankingChart(model, locale) : nullptr;
    case ChartKind::Drivers:
        return qobject_cast<DriversModel *>(model) ? new DriversChart(model, locale) : nullptr;
    case ChartKind::Distribution:
        return qobject_cast<DistributionModel *>(model) ? new DistributionChart(model, locale) : nullptr;
    case ChartKind::Shares:
        return qobject_cast<ShareModel *>(model) ? new SharesChart(model, locale) : nullptr;
    }
    return nullptr;
}
