#pragma once

#include "figurechart.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

/// The Levers chart (ChartKind::Drivers): each question's importance
/// (correlation with overall satisfaction) against its score, split at the
/// medians into four labelled quadrants; priority levers stand out.
class DriversChart : public FigureChart
{
    Q_OBJECT

public:
    DriversChart(QAbstractItemModel *model, const QLocale &locale);

protected:
    void build(const ChartDescription &d) override;
    bool refill(const ChartDescription &d) override;

private:
    void fill(const ChartDescription &d);

    std::vector<QScatterSeries *> m_points; ///< one per quadrant, as the description's series
    QLineSeries *m_vertical = nullptr;
    QLineSeries *m_horizontal = nullptr;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
};
