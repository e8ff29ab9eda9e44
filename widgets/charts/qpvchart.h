#pragma once

#include "figurechart.h"

/// The QPV chart (QpvComparisonModel): per question, QPV and hors QPV side by
/// side, the gap written at the end and marked where it is significant.
class QpvChart : public FigureChart
{
    Q_OBJECT

public:
    QpvChart(QAbstractItemModel *model, const QLocale &locale);

    int preferredHeight() const override;
    /// Category of a row: rows are drawn top to bottom.
    int categoryOfRow(int row) const;

protected:
    void build() override;

private:
    int m_rows = 0;
};
