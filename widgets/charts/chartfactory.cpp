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

namespace {

struct KindName
{
    ChartKind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {ChartKind::Scores, "scores"},   {ChartKind::Qpv, "qpv"},         {ChartKind::Trend, "trend"},
    {ChartKind::Ranking, "ranking"}, {ChartKind::Drivers, "drivers"}, {ChartKind::Distribution, "distribution"},
    {ChartKind::Shares, "shares"},
};

} // namespace

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

QString chartKindName(ChartKind kind)
{
    for (const KindName &k : kindNames)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return QString();
}

std::optional<ChartKind> chartKindFromName(const QString &name)
{
    for (const KindName &k : kindNames)
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    return std::nullopt;
}
