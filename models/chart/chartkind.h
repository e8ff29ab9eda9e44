#pragma once

#include <QString>

#include <optional>

/// The charts of the dashboard, one per figure model.
enum class ChartKind {
    Scores,       ///< ThemeScoreModel: horizontal bars by theme, band colours, intervals
    Qpv,          ///< QpvComparisonModel: QPV vs hors QPV per question
    Trend,        ///< TrendModel: lines since 2004, one per scope run
    Ranking,      ///< RankingModel: landlords with intervals, region, peer quartiles
    Drivers,      ///< DriversModel: importance × score with median lines
    Distribution, ///< DistributionModel: the four answers as 100 % stacked bars
    Shares,       ///< ShareModel: options of yes/no and single questions, QPV vs hors QPV
    Margins,      ///< WeightingReport (no figure model): the sample against the margins, before and after raking
};

/// Every kind, in the board pack's order.
inline constexpr ChartKind AllChartKinds[] = {ChartKind::Scores, ChartKind::Qpv,     ChartKind::Distribution,
                                              ChartKind::Trend,  ChartKind::Ranking, ChartKind::Drivers,
                                              ChartKind::Shares};

/// "scores", "qpv", "trend", "ranking", "drivers", "distribution", "shares":
/// for file names and the command line.
QString chartKindName(ChartKind kind);
std::optional<ChartKind> chartKindFromName(const QString &name);
