#pragma once

#include "figurechart.h"

/// The Trends chart (TrendModel): one line per run of a question in one
/// scope (never a line across a scope change), computed points filled and
/// published points hollow, illustrative demo points as hollow triangles,
/// intervals as error bars, significant moves ringed, scope changes shown.
class TrendChart : public FigureChart
{
    Q_OBJECT

public:
    TrendChart(QAbstractItemModel *model, const QLocale &locale);

    /// Number of line series drawn (one per TrendModel::series()).
    int lineCount() const { return m_lines; }

protected:
    void build() override;

private:
    int m_lines = 0;
};
