#pragma once

#include "chartkind.h"

#include <QColor>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

class FigureModel;

/// One chart told without any renderer: what Qt Charts, the PNG/PDF/SVG
/// exports, the board pack and the PowerPoint writer all draw. Built from a
/// figure model by describeChart(); holds numbers, words and colours only
/// (no widget, no Qt Charts type), in the order they are read: categories
/// top to bottom, series in legend order.
struct ChartDescription
{
    static constexpr double None = std::numeric_limits<double>::quiet_NaN();

    enum class Shape {
        Bars,              ///< horizontal bars, one category per row (themes, QPV, ranking)
        StackedPercent,    ///< horizontal 100 % stacked bars (distributions)
        Lines,             ///< x = year, one line per series (trends)
        Scatter,           ///< x, y points with quadrant lines (levers)
    };

    struct Point
    {
        double value = None; ///< y (bars: the bar's length); NaN: nothing shown (n < 30)
        double x = None;     ///< Lines and Scatter: the x value (year, importance)
        double low = None;   ///< 95 % interval, when there is one
        double high = None;
        QColor color;        ///< this point's colour; invalid: the series colour
        bool significant = false; ///< marked (▲▼, *): significant at 95 %
        bool hollow = false; ///< drawn hollow: a published (not computed) trend point
        bool illustrative = false; ///< a demo value, not a real figure (drawn apart)
        QString label;       ///< Scatter: the point's name; Ranking: the selected landlord's code
        int band = -1;       ///< int(Band) of a score, when the chart colours by band
        /// A value drawn as a marker on this point's bar: the region's score
        /// beside a landlord's, the published share; NaN: none.
        double reference = None;
        int row = -1;        ///< the figure model's row of this point (tooltips), -1: none
    };

    struct Series
    {
        QString name;
        QColor color;
        std::vector<Point> points; ///< Bars/StackedPercent: one per category
        bool breakBefore = false;  ///< Lines: a scope break, not joined to the previous series
        int column = -1;           ///< the figure model's column of its points (tooltips)
        QString group;             ///< Lines: the question the line follows
        int dash = 0;              ///< Lines: 0 solid, 1–4 dash patterns (older scopes, the region)
        bool secondary = false;    ///< Lines: a comparison line (the region's beside a landlord's)
    };

    struct Category
    {
        QString label;
        QString heading; ///< the theme this category opens, when it opens one
        double difference = None; ///< the gap written after the bars (QPV − outside QPV)
    };

    struct ReferenceLine
    {
        double value = 0;
        bool onX = false; ///< Scatter: a vertical line at x = value; otherwise at value on the value axis
        QString label;
        QColor color;
        bool dotted = false; ///< dotted rather than dashed (a peer median beside the region)
    };

    /// A shaded span of the value axis across the plot: the peer quartiles.
    struct Range
    {
        double from = 0;
        double to = 0;
        QString label;
        QColor color;
    };

    struct Axis
    {
        QString title;
        double min = 0;
        double max = 10;
        int decimals = 1;   ///< of its labels and of the data labels
        bool percent = false;
    };

    ChartKind kind = ChartKind::Scores;
    Shape shape = Shape::Bars;
    QLocale locale;
    QString title;
    QString subtitle;        ///< wave, scope, landlord, segment, demo data
    QStringList footnote;    ///< base, margin of error, weighting, fingerprint: one line each
    std::vector<Category> categories;
    std::vector<Series> series;
    std::vector<ReferenceLine> lines;
    std::vector<Range> ranges;
    QString referenceName;   ///< what Point::reference is ("Region"); empty: none
    Axis valueAxis;          ///< the score (or %) axis
    Axis xAxis;              ///< Lines and Scatter only

    /// A number as the chart's labels write it: "7,8", "87 %".
    QString format(double value, const Axis &axis) const;
};

/// The description of kind drawn from model, which must be of the kind's
/// model class (see createFigureModel()); an empty description otherwise.
ChartDescription describeChart(ChartKind kind, const FigureModel &model, const QLocale &locale);

struct WeightingReport;

/// The weighting dialog's chart (ChartKind::Margins): per value of each
/// margin, the population's share and the sample's before and after raking.
ChartDescription describeMargins(const WeightingReport &report, const QLocale &locale);

/// True when b draws with the same categories, series, legend entries and
/// markers as a (titles and values aside): a chart drawn from a can take
/// b's titles and values in place.
bool sameStructure(const ChartDescription &a, const ChartDescription &b);

/// The footnote lines of a chart of kind over model (base, margin of error,
/// weighting, source fingerprint).
QStringList chartFootnote(ChartKind kind, const FigureModel &model, const QLocale &locale);
