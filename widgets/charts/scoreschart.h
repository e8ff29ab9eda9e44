#pragma once

#include "bandbars.h"
#include "figurechart.h"

#include <QStringList>

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QHorizontalStackedBarSeries;
class QScatterSeries;
QT_END_NAMESPACE

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
    bool updateInPlace() override;

private:
    /// The categories and bars of the model as it is now.
    struct Layout
    {
        QStringList labels;                ///< bottom to top, as Qt draws them
        std::vector<int> categoryOfRow;
        std::vector<int> rowOfCategory;    ///< -1 for a theme heading
        std::vector<BandBar> bars;
        std::vector<int> previousRows;     ///< rows with a previous-wave marker, by category
        bool anySignificant = false;
    };
    Layout layout() const;
    void attachRegionMarkers(QAbstractItemModel *model, int count,
                             const std::function<void(QAbstractSeries *)> &attach);
    bool modelHasRegion() const;
    /// The overlay (whiskers, labels) and the previous-wave markers.
    void decorate();
    QString previousName() const;

    Layout m_layout;
    QHorizontalStackedBarSeries *m_bars = nullptr; // owned by the chart
    QScatterSeries *m_previous = nullptr;          // owned by the chart
    bool m_hasRegion = false;                      // region markers drawn (a landlord selected)
};
