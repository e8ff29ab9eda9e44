#pragma once

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

/// Base of the dashboard charts: a thin adapter that reads a figure model's
/// roles and rebuilds every series on modelReset (the figure models only
/// ever reset). Nothing is computed here: values, intervals, bands and
/// tooltips all come from the model.
///
/// Qt's bar model mappers are not used: they read Qt::DisplayRole, which the
/// figure models fill with locale text ("7,8"), and they cannot colour one
/// bar by its band.
class FigureChart : public QChart
{
    Q_OBJECT

public:
    FigureChart(QAbstractItemModel *model, const QLocale &locale);

    QAbstractItemModel *model() const { return m_model; }
    /// The model as a FigureModel, for its caption; may be null.
    FigureModel *figureModel() const;
    /// A height in pixels at which every category stays readable; 0 when the
    /// chart reads well at any height.
    virtual int preferredHeight() const { return 0; }

    /// Drops every series and axis and builds them again from the model.
    void rebuild();
    /// After a model change: refills the series in place when the chart can
    /// (same categories and legend), rebuilds it otherwise.
    void updateFromModel();
    /// While hidden() is true, model changes only mark the chart stale (a
    /// chart on a page out of sight is not rebuilt on every filter change);
    /// rebuildIfStale() catches up when it comes into view.
    void setHiddenCheck(std::function<bool()> hidden) { m_hidden = std::move(hidden); }
    void rebuildIfStale();

signals:
    /// After every rebuild, e.g. for a view to adapt its height.
    void rebuilt();

protected:
    /// Adds the series and axes; the chart is empty when called.
    virtual void build() = 0;
    /// Refills the series built by the last build() from the model, without
    /// adding or removing any; false when the chart must be rebuilt instead.
    virtual bool updateInPlace() { return false; }

    ChartOverlay *overlay() const { return m_overlay; }
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;
    QLocale numberLocale() const { return locale(); }
    /// "Title — 2020 wave, Hauts-de-France · all landlords".
    void setCaption(const QString &title);
    /// Shows the model's tooltip of (row, column) while a bar is hovered.
    void showToolTip(int row, int column, bool visible);
    void showToolTipText(const QString &text, bool visible);
    /// Hides a series from the legend (helper lines, per-question markers).
    void hideFromLegend(QAbstractSeries *series);

private:
    void modelChanged();

    QPointer<QAbstractItemModel> m_model;
    std::function<bool()> m_hidden;
    bool m_stale = false;
    ChartOverlay *m_overlay;
};
