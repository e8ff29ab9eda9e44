#pragma once

#include "figurechart.h"

QT_BEGIN_NAMESPACE
class QBarSet;
class QScatterSeries;
QT_END_NAMESPACE

/// The QPV chart (ChartKind::Qpv): per question, QPV and hors QPV side by
/// side, the gap written at the end and marked where it is significant, the
/// region's scores as markers in a landlord's view.
class QpvChart : public FigureChart
{
    Q_OBJECT

public:
    QpvChart(QAbstractItemModel *model, const QLocale &locale);

    int preferredHeight() const override;
    /// Category of a row: rows are drawn top to bottom.
    int categoryOfRow(int row) const;

protected:
    void build(const ChartDescription &d) override;
    bool refill(const ChartDescription &d) override;

private:
    void fill(const ChartDescription &d);

    int m_rows = 0;
    QBarSet *m_qpv = nullptr; // owned by the chart
    QBarSet *m_hors = nullptr;
    QScatterSeries *m_region = nullptr;
};
