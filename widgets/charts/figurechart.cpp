#include "figurechart.h"

#include "chartoverlay.h"
#include "chartstyle.h"
#include "figuremodel.h"

#include <QAbstractAxis>
#include <QAbstractItemModel>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QToolTip>

FigureChart::FigureChart(QAbstractItemModel *model, const QLocale &locale)
    : m_model(model)
    , m_overlay(new ChartOverlay(this))
{
    ChartStyle::setUp(this, locale);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &FigureChart::modelChanged);
        // The figure models only reset; these keep a hand-edited model honest.
        connect(model, &QAbstractItemModel::dataChanged, this, &FigureChart::modelChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this, &FigureChart::modelChanged);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FigureChart::modelChanged);
    }
}

FigureModel *FigureChart::figureModel() const
{
    return qobject_cast<FigureModel *>(m_model.data());
}

void FigureChart::modelChanged()
{
    if (m_hidden && m_hidden())
        m_stale = true;
    else
        updateFromModel();
}

void FigureChart::updateFromModel()
{
    m_stale = false;
    if (m_model && !series().isEmpty() && updateInPlace()) {
        emit rebuilt();
        return;
    }
    rebuild();
}

void FigureChart::rebuildIfStale()
{
    if (m_stale)
        updateFromModel();
}

void FigureChart::rebuild()
{
    m_stale = false;
    m_overlay->clear();
    m_overlay->setSeries(nullptr);
    removeAllSeries();
    const QList<QAbstractAxis *> oldAxes = axes();
    for (QAbstractAxis *axis : oldAxes) {
        removeAxis(axis);
        delete axis;
    }
    if (m_model)
        build();
    // Bars and areas keep filled squares: "from series" draws them hollow.
    for (QLegendMarker *marker : legend()->markers())
        if (marker->type() == QLegendMarker::LegendMarkerTypeBar || marker->type() == QLegendMarker::LegendMarkerTypeArea)
            marker->setShape(QLegend::MarkerShapeRectangle);
    ChartStyle::placeLegend(this);
    emit rebuilt();
}

void FigureChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    ChartStyle::placeLegend(this);
}

void FigureChart::setCaption(const QString &title)
{
    const FigureModel *figures = figureModel();
    const QString scope = figures ? figures->scopeDescription() : QString();
    // Two lines: a long scope would otherwise be elided with the title.
    QString html = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (!scope.isEmpty())
        html += QStringLiteral("<br><span style=\"font-weight:normal; color:#444444;\">%1</span>").arg(scope.toHtmlEscaped());
    setTitle(html);
}

void FigureChart::showToolTip(int row, int column, bool visible)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return showToolTipText(QString(), false);
    showToolTipText(m_model->index(row, column).data(Qt::ToolTipRole).toString(), visible);
}

void FigureChart::showToolTipText(const QString &text, bool visible)
{
    if (visible && !text.isEmpty())
        QToolTip::showText(QCursor::pos(), text);
    else
        QToolTip::hideText();
}

void FigureChart::hideFromLegend(QAbstractSeries *series)
{
    for (QLegendMarker *marker : legend()->markers(series))
        marker->setVisible(false);
}
