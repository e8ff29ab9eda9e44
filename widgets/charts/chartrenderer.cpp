#include "chartrenderer.h"

#include "figurechart.h"

#include <QBarCategoryAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>
#include <cmath>

ChartRenderer::ChartRenderer(ChartKind kind, QAbstractItemModel *model, const QLocale &locale)
    : m_scene(std::make_unique<QGraphicsScene>())
{
    m_chart = qobject_cast<FigureChart *>(createChart(kind, model, locale));
    if (m_chart)
        m_scene->addItem(m_chart);
}

ChartRenderer::ChartRenderer(const ChartDescription &description)
    : m_scene(std::make_unique<QGraphicsScene>())
{
    m_chart = qobject_cast<FigureChart *>(createChart(description));
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

qreal ChartRenderer::layOut(qreal width, qreal minHeight)
{
    const qreal height = std::max<qreal>(preferredHeight(), minHeight);
    m_chart->setPos(0, 0);
    m_chart->resize(QSizeF(width, height));
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
    m_scene->setSceneRect(QRectF(0, 0, width, height));
    return height;
}

QList<QPair<qreal, qreal>> ChartRenderer::pieces(qreal width, qreal minHeight, qreal maxHeight)
{
    if (!m_chart || width <= 0 || maxHeight <= 0)
        return {};
    const qreal height = layOut(width, minHeight);
    // The category bands of a horizontal bar chart: cuts fall between them.
    QList<qreal> edges;
    const QRectF plot = m_chart->plotArea();
    for (QAbstractAxis *axis : m_chart->axes(Qt::Vertical))
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis); categories && categories->count() > 1) {
            const int count = categories->count();
            for (int i = 1; i < count; ++i)
                edges << plot.top() + plot.height() * i / count;
            break;
        }
    // As few pieces as the height needs, as even as the categories allow (no
    // page with a lone bar).
    QList<QPair<qreal, qreal>> result;
    qreal start = 0;
    while (height - start > maxHeight) {
        const int left = int(std::ceil((height - start) / maxHeight));
        const qreal target = start + (height - start) / left;
        qreal cut = -1;
        for (const qreal edge : std::as_const(edges))
            if (edge > start + 1 && edge - start <= maxHeight && height - edge <= (left - 1) * maxHeight
                && (cut < 0 || std::abs(edge - target) < std::abs(cut - target)))
                cut = edge;
        if (cut < 0)
            cut = start + maxHeight;
        result.append({start, cut});
        start = cut;
    }
    result.append({start, height});
    return result;
}

void ChartRenderer::paintPiece(QPainter *painter, const QPointF &topLeft, qreal width, qreal minHeight,
                               const QPair<qreal, qreal> &piece)
{
    if (!m_chart || width <= 0)
        return;
    layOut(width, minHeight);
    const QRectF source(0, piece.first, width, piece.second - piece.first);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(QRectF(topLeft, source.size()), Qt::IntersectClip);
    m_scene->render(painter, QRectF(topLeft, source.size()), source, Qt::IgnoreAspectRatio);
    painter->restore();
}
