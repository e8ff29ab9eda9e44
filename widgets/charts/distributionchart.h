#pragma once

#include "figurechart.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QBarSet;
QT_END_NAMESPACE

/// The Distribution chart (ChartKind::Distribution): the four answers of
/// every question as 100 % stacked bars, from "very satisfied" to "very
/// dissatisfied", shares written where they fit.
class DistributionChart : public FigureChart
{
    Q_OBJECT

public:
    DistributionChart(QAbstractItemModel *model, const QLocale &locale);

    int preferredHeight() const override;
    int categoryOfRow(int row) const;

protected:
    void build(const ChartDescription &d) override;
    bool refill(const ChartDescription &d) override;

private:
    void fill(const ChartDescription &d);

    int m_rows = 0;
    std::vector<QBarSet *> m_sets; // owned by the chart
};
