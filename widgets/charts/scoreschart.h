#pragma once

#include "figurechart.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QHorizontalStackedBarSeries;
class QScatterSeries;
QT_END_NAMESPACE

/// The Themes chart (ChartKind::Scores): one horizontal bar per question,
/// grouped under its theme, coloured by rating band, with its 95 % interval,
/// the reference lines at 6 and 7, the previous wave as a marker, the
/// region's score as a marker in a landlord's view and the score written
/// beside it.
class ScoresChart : public FigureChart
{
    Q_OBJECT

public:
    ScoresChart(QAbstractItemModel *model, const QLocale &locale);

    int preferredHeight() const override;
    /// The category (bar) of a model row, or -1 when it has none.
    int categoryOfRow(int row) const;

protected:
    void build(const ChartDescription &d) override;
    bool refill(const ChartDescription &d) override;

private:
    /// Bar values, markers and the overlay (whiskers, labels) from d.
    void fill(const ChartDescription &d);

    std::vector<int> m_pointOfCategory;        ///< bottom to top, as Qt draws them; -1 for a theme heading
    QHorizontalStackedBarSeries *m_bars = nullptr; // owned by the chart
    QScatterSeries *m_previous = nullptr;
    QScatterSeries *m_region = nullptr;
    std::vector<QAbstractSeries *> m_thresholds; ///< the lines at 6 and 7
    std::vector<int> m_previousPoints;         ///< point of each previous-wave marker
};
