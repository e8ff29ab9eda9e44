#pragma once

#include "figurechart.h"

/// The Distribution chart (DistributionModel): the four answers of every
/// question as 100 % stacked bars, from "very satisfied" to "very
/// dissatisfied", shares written where they fit.
class DistributionChart : public FigureChart
{
    Q_OBJECT

public:
    DistributionChart(QAbstractItemModel *model, const QLocale &locale);

    int preferredHeight() const override;
    int categoryOfRow(int row) const;

protected:
    void build() override;

private:
    int m_rows = 0;
};
