#pragma once

#include <QLocale>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QChart;
QT_END_NAMESPACE

/// The charts of the dashboard, one per figure model.
enum class ChartKind {
    Scores,       ///< ThemeScoreModel: horizontal bars by theme, band colours, intervals
    Qpv,          ///< QpvComparisonModel: QPV vs hors QPV per question
    Trend,        ///< TrendModel: lines since 2004, one per scope run
    Ranking,      ///< RankingModel: landlords with intervals, region, peer quartiles
    Drivers,      ///< DriversModel: importance × score with median lines
    Distribution, ///< DistributionModel: the four answers as 100 % stacked bars
    Shares,       ///< ShareModel: options of yes/no and single questions, QPV vs hors QPV
};

/// A new chart drawing model (which must be the model class of the kind).
/// The caller owns the chart; it stays bound to the model and rebuilds its
/// series on every modelReset, so a filter change redraws it. Returns nullptr
/// when the model is not of the expected class.
QChart *createChart(ChartKind kind, QAbstractItemModel *model, const QLocale &locale = QLocale());

/// "scores", "qpv", "trend", "ranking", "drivers", "distribution", "shares": for file
/// names and the command line.
QString chartKindName(ChartKind kind);
std::optional<ChartKind> chartKindFromName(const QString &name);
