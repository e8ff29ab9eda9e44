#pragma once

#include "figurechart.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QBarSet;
QT_END_NAMESPACE

/// The shares chart (ChartKind::Shares): per answer option, the selected
/// group, QPV and hors QPV side by side with their 95 % intervals, ✱ where
/// the QPV gap is significant, the published share as a tick; small bases
/// drawn as no bar. A side the QPV filter leaves out is not drawn.
class SharesChart : public FigureChart
{
    Q_OBJECT

public:
    SharesChart(QAbstractItemModel *model, const QLocale &locale);

    int preferredHeight() const override;

protected:
    void build(const ChartDescription &d) override;
    bool refill(const ChartDescription &d) override;

private:
    void fill(const ChartDescription &d);

    int m_rows = 0;
    std::vector<QBarSet *> m_sets; ///< as the description's series, top to bottom in a category
};
