#pragma once

#include "figurechart.h"

/// The shares chart (ShareModel): per answer option, the selected group, QPV
/// and hors QPV side by side with their 95 % intervals, ✱ where the QPV gap
/// is significant, the published share as a tick; small bases drawn as no
/// bar.
class SharesChart : public FigureChart
{
    Q_OBJECT

public:
    SharesChart(QAbstractItemModel *model, const QLocale &locale);

    int preferredHeight() const override;

protected:
    void build() override;

private:
    int m_rows = 0;
};
