#include "chartrenderer.h"

#include "figurechart.h"

#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

ChartRenderer::ChartRenderer(ChartKind kind, QAbstractItemModel *model, const QLocale &locale)
    : m_scene(std::make_unique<QGraphicsScene>())
{
    m_chart = qobject_cast<FigureChart *>(createChart(kind, model, locale));
    if (m_chart)
        m_scene->addItem(m_chart);
}

ChartRenderer::~ChartRenderer() = default;

QString ChartRenderer::title() const
{
    return m_chart ? m_chart->title() : QString();
}

void ChartRenderer::clearTitle()
{
    if (m_chart)
        m_chart->setTitle(QString());
}

int ChartRenderer::preferredHeight() const
{
    return m_chart ? m_chart->preferredHeight() : 0;
}

void ChartRenderer::paint(QPainter *painter, const QRectF &rect)
{
    if (!m_chart || rect.isEmpty())
        return;
    // Lay the chart out at a size where every label fits, then scale it into
    // rect as a whole: smaller text rather than missing labels.
    const qreal wanted = preferredHeight();
    const qreal scale = wanted > rect.height() ? rect.height() / wanted : 1.0;
    const QSizeF layoutSize = rect.size() / scale;
    m_chart->setPos(0, 0);
    m_chart->resize(layoutSize);
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
    m_scene->setSceneRect(QRectF(QPointF(0, 0), layoutSize));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    m_scene->render(painter, rect, QRectF(QPointF(0, 0), layoutSize), Qt::IgnoreAspectRatio);
    painter->restore();
}
