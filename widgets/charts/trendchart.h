#pragma once

#include "figurechart.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

/// The Trends chart (ChartKind::Trend): one line per run of a question in
/// one scope (never a line across a scope change), computed points filled
/// and published points hollow, illustrative demo points as hollow
/// triangles, intervals as error bars, significant moves ringed, scope
/// changes shown.
class TrendChart : public FigureChart
{
    Q_OBJECT

public:
    TrendChart(QAbstractItemModel *model, const QLocale &locale);

    /// Number of line series drawn (one per description series).
    int lineCount() const { return int(m_lines.size()); }

protected:
    void build(const ChartDescription &d) override;
    bool refill(const ChartDescription &d) override;

private:
    void fill(const ChartDescription &d);

    /// The series of one description series: its line and its points by origin.
    struct Line
    {
        QLineSeries *line;
        QScatterSeries *computed;
        QScatterSeries *published;
        QScatterSeries *illustrative;
    };
    std::vector<Line> m_lines;
    QScatterSeries *m_significant = nullptr;
    std::vector<QLineSeries *> m_thresholds;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
};
