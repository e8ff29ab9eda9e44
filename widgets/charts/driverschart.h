#pragma once

#include "figurechart.h"

/// The Levers chart (DriversModel): each question's importance (correlation
/// with overall satisfaction) against its score, split at the medians into
/// four labelled quadrants; priority levers stand out.
class DriversChart : public FigureChart
{
    Q_OBJECT

public:
    DriversChart(QAbstractItemModel *model, const QLocale &locale);

protected:
    void build() override;
};
