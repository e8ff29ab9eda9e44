#pragma once

#include "figure.h"

#include <QString>

#include <optional>
#include <vector>

/// One wave of one question's history: computed from respondents, or a
/// published aggregate (survey-files.md §3) when no respondents were kept.
struct TrendPoint
{
    int year = 0;
    QString scope;                      ///< e.g. Hauts-de-France, Nord-Pas-de-Calais
    double score = 0.0;
    std::optional<double> pctSatisfied;
    std::optional<double> se;           ///< computed points only
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    qint64 n = 0;                       ///< valid answers; 0 when a published figure gives none
    bool published = false;
    QString source;                     ///< where a published figure was published
    /// The previous wave of the trend (the latest earlier year) has no point
    /// of this scope: its series starts or restarts here, so no line may join
    /// this point to an earlier one (e.g. Hauts-de-France 2020 after
    /// Nord-Pas-de-Calais and Picardie 2017).
    bool scopeBreakBefore = false;
    /// Against the point of the wave just before in the same scope, when
    /// both have a standard error and at least 30 answers; never against an
    /// older wave when that one is too small or absent.
    std::optional<bool> diffSignificant;

    /// Shown as a score: 30 answers or more (a published figure without a
    /// count is taken as published).
    bool sufficient() const { return published ? (n == 0 || n >= MinimumEffectif) : n >= MinimumEffectif; }
};

/// A published figure as the trend takes it.
struct PublishedPoint
{
    int year = 0;
    QString scope;
    double score = 0.0;
    std::optional<double> pctSatisfied;
    std::optional<qint64> n;
    QString source;
};

/// A computed figure as a trend point.
TrendPoint computedTrendPoint(int year, const QString &scope, const ScoreFigure &figure);

/// The point of a wave where the group is absent (no respondent): it is the
/// wave just before the next one, so no test skips over it; buildTrend()
/// drops it from its result.
TrendPoint absentTrendPoint(int year, const QString &scope);

/// Merges computed and published points, sorted by year then scope. Where
/// both exist for a year and scope the computed one is kept. Sets
/// scopeBreakBefore and diffSignificant. Too-small computed points are kept
/// (see TrendPoint::sufficient()); absent ones are dropped.
std::vector<TrendPoint> buildTrend(std::vector<TrendPoint> computed, const std::vector<PublishedPoint> &published);

/// A run of points of one scope that a chart joins with one line.
struct TrendSeries
{
    QString scope;
    std::vector<TrendPoint> points;
};

/// Splits a built trend into lines: one per scope, cut again wherever a point
/// has scopeBreakBefore. Ordered by first year, then scope.
std::vector<TrendSeries> trendSeries(const std::vector<TrendPoint> &trend);
