#pragma once

#include "figurechart.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QHorizontalStackedBarSeries;
class QLineSeries;
QT_END_NAMESPACE

/// The Landlords chart (ChartKind::Ranking): the landlords with a sufficient
/// base, best first, bars coloured by band with their intervals, the
/// regional score as a line, the peer quartiles as a shaded band, the
/// selected landlord outlined. Small bases are left out (the page says how
/// many).
class RankingChart : public FigureChart
{
    Q_OBJECT

public:
    RankingChart(QAbstractItemModel *model, const QLocale &locale);

    int preferredHeight() const override;
    /// The category (bar) of a model row, or -1 for a small base.
    int categoryOfRow(int row) const;

protected:
    void build(const ChartDescription &d) override;
    bool refill(const ChartDescription &d) override;

private:
    void fill(const ChartDescription &d);

    int m_count = 0;
    QHorizontalStackedBarSeries *m_bars = nullptr; // owned by the chart
    std::vector<QAreaSeries *> m_ranges;            ///< as the description's ranges
    std::vector<QLineSeries *> m_lines;             ///< as the description's lines
};
