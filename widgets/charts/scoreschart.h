#pragma once

#include "figurechart.h"

#include <functional>
#include <vector>

/// The Themes chart (ThemeScoreModel): one horizontal bar per question,
/// grouped under its theme, coloured by rating band, with its 95 % interval,
/// the reference lines at 6 and 7, the previous wave as a marker and the
/// score written beside it.
class ScoresChart : public FigureChart
{
    Q_OBJECT

public:
    ScoresChart(QAbstractItemModel *model, const QLocale &locale);

    int preferredHeight() const override;
    /// The category (bar) of a model row, or -1 when it has none.
    int categoryOfRow(int row) const;

protected:
    void build() override;

private:
    void attachRegionMarkers(QAbstractItemModel *model, int count,
                             const std::function<void(QAbstractSeries *)> &attach);

    std::vector<int> m_categoryOfRow;
    std::vector<int> m_rowOfCategory; ///< -1 for a theme heading
};
