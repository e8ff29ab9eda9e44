#include "chartdescription.h"

#include "chartbuilders.h"
#include "distributionmodel.h"
#include "driversmodel.h"
#include "figuremodel.h"
#include "qpvcomparisonmodel.h"
#include "rankingmodel.h"
#include "sharemodel.h"
#include "themescoremodel.h"
#include "trendmodel.h"

#include <cmath>

QString ChartDescription::format(double value, const Axis &axis) const
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    QString text = locale.toString(value, 'f', axis.decimals);
    if (axis.percent)
        text += percentSuffix(locale);
    return text;
}

ChartDescription describeChart(ChartKind kind, const FigureModel &model, const QLocale &locale)
{
    ChartDescription d;
    d.kind = kind;
    d.locale = locale;
    bool ok = false;
    switch (kind) {
    case ChartKind::Scores:
        if (auto *m = qobject_cast<const ThemeScoreModel *>(&model); (ok = m))
            ChartBuilders::scores(*m, d);
        break;
    case ChartKind::Qpv:
        if (auto *m = qobject_cast<const QpvComparisonModel *>(&model); (ok = m))
            ChartBuilders::qpv(*m, d);
        break;
    case ChartKind::Trend:
        if (auto *m = qobject_cast<const TrendModel *>(&model); (ok = m))
            ChartBuilders::trend(*m, d);
        break;
    case ChartKind::Ranking:
        if (auto *m = qobject_cast<const RankingModel *>(&model); (ok = m))
            ChartBuilders::ranking(*m, d);
        break;
    case ChartKind::Drivers:
        if (auto *m = qobject_cast<const DriversModel *>(&model); (ok = m))
            ChartBuilders::drivers(*m, d);
        break;
    case ChartKind::Distribution:
        if (auto *m = qobject_cast<const DistributionModel *>(&model); (ok = m))
            ChartBuilders::distribution(*m, d);
        break;
    case ChartKind::Shares:
        if (auto *m = qobject_cast<const ShareModel *>(&model); (ok = m))
            ChartBuilders::shares(*m, d);
        break;
    }
    if (!ok)
        return d;
    d.subtitle = model.scopeDescription();
    d.footnote = chartFootnote(kind, model, locale);
    return d;
}
