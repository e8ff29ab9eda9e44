#include "chartkind.h"

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
