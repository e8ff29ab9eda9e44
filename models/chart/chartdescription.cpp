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
    case ChartKind::Margins: // describeMargins()
        break;
    }
    if (!ok)
        return d;
    if (d.subtitle.isEmpty())
        d.subtitle = model.scopeDescription();
    d.footnote = chartFootnote(kind, model, locale);
    return d;
}

namespace {

// What a renderer draws as structure: category labels depend on which
// points are shown ("n < 30") or selected, legend entries on whether any
// point is marked, hollow, illustrative or has a reference.
QList<int> pointFlags(const ChartDescription::Series &s)
{
    QList<int> flags;
    flags.reserve(qsizetype(s.points.size()) + 1);
    int any = 0;
    for (const ChartDescription::Point &p : s.points) {
        flags << (int(std::isfinite(p.value)) | int(!p.label.isEmpty()) << 1);
        any |= int(p.significant) | int(p.hollow) << 1 | int(!p.hollow) << 2 | int(p.illustrative) << 3
               | int(std::isfinite(p.reference)) << 4 | int(p.hollow && !p.illustrative) << 5;
    }
    flags << any;
    return flags;
}

} // namespace

bool sameStructure(const ChartDescription &a, const ChartDescription &b)
{
    if (a.kind != b.kind || a.shape != b.shape || a.referenceName != b.referenceName || a.valueAxis.title != b.valueAxis.title
        || a.xAxis.title != b.xAxis.title || a.categories.size() != b.categories.size()
        || a.series.size() != b.series.size() || a.lines.size() != b.lines.size() || a.ranges.size() != b.ranges.size())
        return false;
    for (std::size_t i = 0; i < a.categories.size(); ++i)
        if (a.categories[i].label != b.categories[i].label || a.categories[i].heading != b.categories[i].heading
            || std::isfinite(a.categories[i].difference) != std::isfinite(b.categories[i].difference))
            return false;
    for (std::size_t i = 0; i < a.series.size(); ++i) {
        const ChartDescription::Series &x = a.series[i], &y = b.series[i];
        if (x.name != y.name || x.color != y.color || x.points.size() != y.points.size() || x.group != y.group
            || x.dash != y.dash || x.secondary != y.secondary || x.breakBefore != y.breakBefore
            || pointFlags(x) != pointFlags(y))
            return false;
    }
    for (std::size_t i = 0; i < a.lines.size(); ++i)
        if (a.lines[i].onX != b.lines[i].onX || a.lines[i].color != b.lines[i].color || a.lines[i].dotted != b.lines[i].dotted)
            return false;
    return true;
}
