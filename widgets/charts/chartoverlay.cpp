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
    m_pointLabels.clear();
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

void ChartOverlay::addPointLabel(QPointF at, const QString &text, const QColor &color, const QFont &font)
{
    m_pointLabels.push_back({at, text, color, font});
    update();
}

void ChartOverlay::addRect(QPointF corner1, QPointF corner2, const QPen &pen, const QBrush &brush)
{
    m_rects.push_back({corner1, corner2, pen, brush});
    update();
}

QStringList ChartOverlay::contents() const
{
    const auto point = [](QPointF p) { return QStringLiteral("(%1,%2)").arg(p.x(), 0, 'g', 10).arg(p.y(), 0, 'g', 10); };
    QStringList lines;
    for (const Segment &s : m_segments)
        lines << QStringLiteral("segment %1 %2 %3 %4").arg(point(s.from), point(s.to), s.pen.color().name()).arg(s.cap);
    for (const Text &t : m_texts)
        lines << QStringLiteral("text %1 %2 %3 %4 %5").arg(point(t.at), t.text, t.color.name(), t.font.toString()).arg(int(t.alignment));
    for (const Rect &r : m_rects)
        lines << QStringLiteral("rect %1 %2").arg(point(r.a), point(r.b));
    for (const PointLabel &l : m_pointLabels)
        lines << QStringLiteral("label %1 %2 %3").arg(point(l.at), l.text, l.font.toString());
    return lines;
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
    paintPointLabels(painter);
    painter->restore();
}

void ChartOverlay::paintPointLabels(QPainter *painter) const
{
    // Greedy placement: each label takes the first candidate position that
    // overlaps nothing placed so far; when every one does, the one that
    // overlaps least. Markers count as obstacles from the start.
    constexpr qreal Marker = 7; // half a marker, in pixels
    std::vector<QRectF> taken;
    taken.reserve(m_pointLabels.size() * 2);
    for (const PointLabel &label : m_pointLabels) {
        const QPointF p = map(label.at);
        taken.emplace_back(p - QPointF(Marker, Marker), QSizeF(2 * Marker, 2 * Marker));
    }
    const QRectF area = m_chart->plotArea().adjusted(-4, -4, 4, 4);
    const auto overlap = [&taken](const QRectF &rect) {
        qreal total = 0;
        for (const QRectF &other : taken) {
            const QRectF common = rect.intersected(other);
            total += common.width() * common.height();
        }
        return total;
    };
    for (std::size_t i = 0; i < m_pointLabels.size(); ++i) {
        const PointLabel &label = m_pointLabels[i];
        const QFontMetricsF metrics(label.font);
        const QSizeF size(metrics.horizontalAdvance(label.text), metrics.height());
        const QPointF p = map(label.at);
        const qreal w = size.width(), h = size.height(), gap = Marker + 1;
        // Top-left corners: right, left, above, below, the four diagonals, then further out.
        const QPointF candidates[] = {
            {p.x() + gap, p.y() - h / 2},          {p.x() - gap - w, p.y() - h / 2},
            {p.x() - w / 2, p.y() - gap - h},      {p.x() - w / 2, p.y() + gap},
            {p.x() + gap * 0.7, p.y() - gap * 0.7 - h}, {p.x() + gap * 0.7, p.y() + gap * 0.7},
            {p.x() - gap * 0.7 - w, p.y() - gap * 0.7 - h}, {p.x() - gap * 0.7 - w, p.y() + gap * 0.7},
            {p.x() + 2 * gap, p.y() - h},          {p.x() + 2 * gap, p.y()},
            {p.x() - 2 * gap - w, p.y() - h},      {p.x() - 2 * gap - w, p.y()},
        };
        // The label's own marker is no obstacle to it.
        const QRectF own = taken[i];
        taken[i] = QRectF();
        QRectF best;
        qreal bestOverlap = -1;
        for (const QPointF &corner : candidates) {
            const QRectF rect(corner, size);
            if (!area.contains(rect))
                continue;
            const qreal o = overlap(rect);
            if (bestOverlap < 0 || o < bestOverlap) {
                best = rect;
                bestOverlap = o;
            }
            if (o == 0)
                break;
        }
        taken[i] = own;
        if (bestOverlap < 0)
            best = QRectF(candidates[0], size); // at the plot's edge: beside the point anyway
        taken.push_back(best);
        painter->setFont(label.font);
        painter->setPen(label.color);
        painter->drawText(best, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, label.text);
    }
}
