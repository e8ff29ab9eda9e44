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

FigureChart::FigureChart(ChartKind kind, QAbstractItemModel *model, const QLocale &locale)
    : m_kind(kind)
    , m_model(model)
    , m_overlay(new ChartOverlay(this))
{
    ChartStyle::setUp(this, locale);
    m_description.kind = kind;
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

ChartDescription FigureChart::describe() const
{
    if (const FigureModel *figures = figureModel())
        return describeChart(m_kind, *figures, numberLocale());
    return m_description;
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
    draw(describe());
}

void FigureChart::setDescription(const ChartDescription &description)
{
    m_stale = false;
    draw(description);
}

void FigureChart::draw(ChartDescription description)
{
    // The same structure: the series keep their objects, only values,
    // colours, captions and the overlay change.
    const bool same = !series().isEmpty() && sameStructure(m_description, description);
    m_description = std::move(description);
    if (same && refill(m_description)) {
        m_inPlace = true;
        emit rebuilt();
        return;
    }
    buildAnew();
}

void FigureChart::rebuildIfStale()
{
    if (m_stale)
        updateFromModel();
}

void FigureChart::rebuild()
{
    m_stale = false;
    m_description = describe();
    buildAnew();
}

void FigureChart::buildAnew()
{
    m_inPlace = false;
    m_overlay->clear();
    m_overlay->setSeries(nullptr);
    removeAllSeries();
    const QList<QAbstractAxis *> oldAxes = axes();
    for (QAbstractAxis *axis : oldAxes) {
        removeAxis(axis);
        delete axis;
    }
    build(m_description);
    // Bars and areas keep filled squares: "from series" draws them hollow.
    for (QLegendMarker *marker : legend()->markers())
        if (marker->type() == QLegendMarker::LegendMarkerTypeBar || marker->type() == QLegendMarker::LegendMarkerTypeArea)
            marker->setShape(QLegend::MarkerShapeRectangle);
    ChartStyle::placeLegend(this);
    emit rebuilt();
}

QStringList FigureChart::overlayContents() const
{
    return m_overlay->contents();
}

void FigureChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    ChartStyle::placeLegend(this);
}

void FigureChart::setCaption(const ChartDescription &d)
{
    // Two lines: a long scope would otherwise be elided with the title.
    QString html = QStringLiteral("<b>%1</b>").arg(d.title.toHtmlEscaped());
    if (!d.subtitle.isEmpty())
        html += QStringLiteral("<br><span style=\"font-weight:normal; color:#444444;\">%1</span>").arg(d.subtitle.toHtmlEscaped());
    if (html != title())
        setTitle(html);
}

void FigureChart::showToolTip(int row, int column, bool visible)
{
    if (!m_model || row < 0 || row >= m_model->rowCount() || column < 0)
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
