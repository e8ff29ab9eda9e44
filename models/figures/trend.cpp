#include "trend.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

TrendPoint computedTrendPoint(int year, const QString &scope, const ScoreFigure &figure)
{
    TrendPoint p;
    p.year = year;
    p.scope = scope;
    p.score = figure.score;
    p.pctSatisfied = figure.pctSatisfied;
    if (std::isfinite(figure.se)) {
        p.se = figure.se;
        p.ciLow = figure.ciLow;
        p.ciHigh = figure.ciHigh;
    }
    p.n = figure.n;
    return p;
}

TrendPoint absentTrendPoint(int year, const QString &scope)
{
    TrendPoint p;
    p.year = year;
    p.scope = scope;
    p.score = std::numeric_limits<double>::quiet_NaN();
    return p;
}

std::vector<TrendPoint> buildTrend(std::vector<TrendPoint> computed, const std::vector<PublishedPoint> &published)
{
    std::vector<TrendPoint> points;
    QSet<QPair<int, QString>> seen;
    for (TrendPoint &p : computed) {
        // The first computed point of a year and scope wins; a duplicate is a caller error.
        if (seen.contains({p.year, p.scope}))
            continue;
        p.published = false;
        if (p.n > 0) // an absent group leaves room for a published figure
            seen.insert({p.year, p.scope});
        points.push_back(std::move(p));
    }
    for (const PublishedPoint &pub : published) {
        if (seen.contains({pub.year, pub.scope}))
            continue;
        seen.insert({pub.year, pub.scope});
        TrendPoint p;
        p.year = pub.year;
        p.scope = pub.scope;
        p.score = pub.score;
        p.pctSatisfied = pub.pctSatisfied;
        p.n = pub.n.value_or(0);
        p.published = true;
        p.source = pub.source;
        points.push_back(std::move(p));
    }
    // Absent computed points of a year and scope that has a published one go.
    points.erase(std::remove_if(points.begin(), points.end(),
                                [&](const TrendPoint &p) {
                                    return !p.published && p.n == 0 && seen.contains({p.year, p.scope});
                                }),
                 points.end());
    std::stable_sort(points.begin(), points.end(), [](const TrendPoint &a, const TrendPoint &b) {
        return a.year != b.year ? a.year < b.year : a.scope < b.scope;
    });

    // Scopes present in each year, to find the previous wave's scopes.
    std::map<int, QSet<QString>> scopesByYear;
    for (const TrendPoint &p : points)
        scopesByYear[p.year].insert(p.scope);

    QHash<QString, std::size_t> lastOfScope;
    for (std::size_t i = 0; i < points.size(); ++i) {
        TrendPoint &p = points[i];
        auto year = scopesByYear.find(p.year);
        if (year != scopesByYear.begin())
            p.scopeBreakBefore = !std::prev(year)->second.contains(p.scope);

        p.diffSignificant.reset();
        const auto last = lastOfScope.constFind(p.scope);
        if (last != lastOfScope.cend()) {
            const TrendPoint &q = points[*last];
            if (p.se && q.se && p.n >= MinimumEffectif && q.n >= MinimumEffectif)
                p.diffSignificant = differenceSignificant(p.score, *p.se, q.score, *q.se);
        }
        lastOfScope.insert(p.scope, i);
    }
    points.erase(std::remove_if(points.begin(), points.end(),
                                [](const TrendPoint &p) { return !p.published && p.n == 0; }),
                 points.end());
    return points;
}

std::vector<TrendSeries> trendSeries(const std::vector<TrendPoint> &trend)
{
    std::vector<TrendSeries> series;
    QHash<QString, std::size_t> open; // scope → index of its current series
    for (const TrendPoint &p : trend) {
        auto it = open.find(p.scope);
        if (it == open.end() || p.scopeBreakBefore) {
            series.push_back({p.scope, {}});
            it = open.insert(p.scope, series.size() - 1);
        }
        series[*it].points.push_back(p);
    }
    // Series were opened in (year, scope) order of their first point already.
    return series;
}
