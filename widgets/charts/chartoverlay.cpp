#include "chartoverlay.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

ChartOverlay::ChartOverlay(QChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
{
    // Above the series and their labels, below the legend.
    setZValue(20);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        update();
    });
}

void ChartOverlay::clear()
{
    prepareGeometryChange();
    m_segments.clear();
    m_texts.clear();
    m_rects.clear();
    update();
}

void ChartOverlay::setSeries(QAbstractSeries *series)
{
    m_series = series;
    update();
}

void ChartOverlay::addSegment(QPointF from, QPointF to, const QPen &pen, qreal capPixels)
{
    m_segments.push_back({from, to, pen, capPixels});
    update();
}

void ChartOverlay::addText(QPointF at, const QString &text, Qt::Alignment alignment, QPointF offset,
                           const QColor &color, const QFont &font, const QColor &background, qreal fitWidth)
{
    m_texts.push_back({at, text, alignment, offset, color, font, background, fitWidth});
    update();
}

void ChartOverlay::addRect(QPointF corner1, QPointF corner2, const QPen &pen, const QBrush &brush)
{
    m_rects.push_back({corner1, corner2, pen, brush});
    update();
}

QRectF ChartOverlay::boundingRect() const
{
    // Labels may stand just outside the plot area: the whole chart.
    return m_chart->rect();
}

QPointF ChartOverlay::map(QPointF value) const
{
    return m_chart->mapToPosition(value, m_series);
}

void ChartOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_series || m_series->chart() != m_chart)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Rect &r : m_rects) {
        painter->setPen(r.pen);
        painter->setBrush(r.brush);
        painter->drawRect(QRectF(map(r.a), map(r.b)).normalized());
    }
    painter->setBrush(Qt::NoBrush);
    for (const Segment &s : m_segments) {
        const QPointF a = map(s.from);
        const QPointF b = map(s.to);
        painter->setPen(s.pen);
        painter->drawLine(a, b);
        if (s.cap > 0) {
            // Perpendicular to the segment, cap pixels either side.
            QPointF d = b - a;
            const qreal length = std::hypot(d.x(), d.y());
            if (length > 0) {
                const QPointF n(-d.y() / length * s.cap, d.x() / length * s.cap);
                painter->drawLine(a - n, a + n);
                painter->drawLine(b - n, b + n);
            }
        }
    }
    for (const Text &t : m_texts) {
        const QFontMetricsF metrics(t.font);
        const QSizeF size(metrics.horizontalAdvance(t.text), metrics.height());
        if (t.fitWidth > 0) {
            const qreal room = map(t.at + QPointF(t.fitWidth / 2, 0)).x() - map(t.at - QPointF(t.fitWidth / 2, 0)).x();
            if (size.width() + 4 > room)
                continue;
        }
        QPointF p = map(t.at) + t.offset;
        if (t.alignment & Qt::AlignRight)
            p.rx() -= size.width();
        else if (t.alignment & Qt::AlignHCenter)
            p.rx() -= size.width() / 2;
        if (t.alignment & Qt::AlignBottom)
            p.ry() -= size.height();
        else if (t.alignment & Qt::AlignVCenter)
            p.ry() -= size.height() / 2;
        if (t.background.isValid())
            painter->fillRect(QRectF(p, size).adjusted(-2, 0, 2, 0), t.background);
        painter->setFont(t.font);
        painter->setPen(t.color);
        painter->drawText(QRectF(p, size), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, t.text);
    }
    painter->restore();
}
