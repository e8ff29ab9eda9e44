#pragma once

#include "chartdescription.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QLocale>
#include <QPointer>

#include <functional>

class ChartOverlay;
class FigureModel;
QT_BEGIN_NAMESPACE
class QBarSet;
class QXYSeries;
QT_END_NAMESPACE

/// Base of the dashboard charts: one renderer per chart kind, drawing a
/// ChartDescription (models/chart), the description the exports and the
/// PowerPoint writer draw too. In the window the chart follows its figure
/// model: on every modelReset it describes the model again and, when the
/// description keeps its structure (sameStructure(): categories, series,
/// legend), refills its series and overlay in place; otherwise it rebuilds
/// them. For an export it draws one fixed description (no model).
///
/// Qt's bar model mappers are not used: they read Qt::DisplayRole, which the
/// figure models fill with locale text ("7,8"), and they cannot colour one
/// bar by its band.
class FigureChart : public QChart
{
    Q_OBJECT

public:
    FigureChart(ChartKind kind, QAbstractItemModel *model, const QLocale &locale);

    ChartKind kind() const { return m_kind; }
    QAbstractItemModel *model() const { return m_model; }
    /// The model as a FigureModel, for its caption; may be null.
    FigureModel *figureModel() const;
    /// What the chart draws now.
    const ChartDescription &description() const { return m_description; }
    /// A height in pixels at which every category stays readable; 0 when the
    /// chart reads well at any height.
    virtual int preferredHeight() const { return 0; }

    /// Draws description (no model followed): in place when it keeps the
    /// structure of the one drawn, rebuilt otherwise.
    void setDescription(const ChartDescription &description);
    /// Describes the model again and drops every series and axis to build
    /// them anew.
    void rebuild();
    /// After a model change: refills the series in place when the chart can
    /// (same structure), rebuilds it otherwise.
    void updateFromModel();
    /// While hidden() is true, model changes only mark the chart stale (a
    /// chart on a page out of sight is not redrawn on every filter change);
    /// rebuildIfStale() catches up when it comes into view.
    void setHiddenCheck(std::function<bool()> hidden) { m_hidden = std::move(hidden); }
    void rebuildIfStale();
    /// How the last update went: true when refilled in place (for tests).
    bool lastUpdateInPlace() const { return m_inPlace; }
    /// What the overlay draws (whiskers, labels, markers), for tests.
    QStringList overlayContents() const;

signals:
    /// After every rebuild, e.g. for a view to adapt its height.
    void rebuilt();

protected:
    /// Adds the series and axes for d; the chart is empty when called.
    virtual void build(const ChartDescription &d) = 0;
    /// Refills the series built by the last build() with d's values, without
    /// adding or removing any; d has the same structure. False when the
    /// chart must be rebuilt instead.
    virtual bool refill(const ChartDescription &d) = 0;

    ChartOverlay *overlay() const { return m_overlay; }
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;
    QLocale numberLocale() const { return locale(); }
    /// Title in bold, the subtitle (wave, scope, landlord…) on a second line.
    void setCaption(const ChartDescription &d);
    /// Shows the model's tooltip of (row, column) while a bar is hovered.
    void showToolTip(int row, int column, bool visible);
    void showToolTipText(const QString &text, bool visible);
    /// Hides a series from the legend (helper lines, per-question markers).
    void hideFromLegend(QAbstractSeries *series);

private:
    void modelChanged();
    ChartDescription describe() const;
    void draw(ChartDescription description);
    void buildAnew();

    ChartKind m_kind;
    ChartDescription m_description;
    bool m_inPlace = false;
    QPointer<QAbstractItemModel> m_model;
    std::function<bool()> m_hidden;
    bool m_stale = false;
    ChartOverlay *m_overlay;
};
