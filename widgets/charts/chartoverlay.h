#pragma once

#include <QBrush>
#include <QFont>
#include <QGraphicsObject>
#include <QPen>
#include <QPointer>
#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
QT_END_NAMESPACE

/// What Qt Charts cannot draw itself — interval whiskers, value labels,
/// outlines, quadrant captions — kept in value coordinates and mapped through
/// the chart at paint time, so that a resize or an export at another size
/// puts everything in the right place.
class ChartOverlay : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit ChartOverlay(QChart *chart);

    void clear();
    /// The series whose axes map the values (any series attached to the
    /// chart's axes); nothing is drawn without one.
    void setSeries(QAbstractSeries *series);

    /// A line between two values; capPixels > 0 adds perpendicular end caps.
    void addSegment(QPointF from, QPointF to, const QPen &pen, qreal capPixels = 0);
    /// text beside a value: alignment says which side of the point it sits
    /// on (Qt::AlignLeft: the text starts at the point), offset in pixels.
    /// A valid background is painted behind the text (over reference lines);
    /// fitWidth > 0 (in x values, centred on the point) drops the text when
    /// it is wider than that, e.g. a share in a narrow segment.
    void addText(QPointF at, const QString &text, Qt::Alignment alignment, QPointF offset,
                 const QColor &color, const QFont &font, const QColor &background = QColor(),
                 qreal fitWidth = 0);
    /// The name of a scatter point, placed at paint time beside its point
    /// where it overlaps no other point label nor marker (right, left, above,
    /// below, then diagonals, further out); labels added first are placed
    /// first, so add the important ones first.
    void addPointLabel(QPointF at, const QString &text, const QColor &color, const QFont &font);
    /// A rectangle between two values, e.g. the outline of a selected bar.
    void addRect(QPointF corner1, QPointF corner2, const QPen &pen, const QBrush &brush = Qt::NoBrush);

    /// What the overlay draws, one line per item in value coordinates
    /// (segments, texts, rectangles, point labels): for tests.
    QStringList contents() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPointF map(QPointF value) const;
    void paintPointLabels(QPainter *painter) const;

    struct Segment { QPointF from, to; QPen pen; qreal cap; };
    struct Text
    {
        QPointF at;
        QString text;
        Qt::Alignment alignment;
        QPointF offset;
        QColor color;
        QFont font;
        QColor background;
        qreal fitWidth;
    };
    struct Rect { QPointF a, b; QPen pen; QBrush brush; };
    struct PointLabel { QPointF at; QString text; QColor color; QFont font; };

    QChart *m_chart;
    QPointer<QAbstractSeries> m_series;
    std::vector<Segment> m_segments;
    std::vector<Text> m_texts;
    std::vector<Rect> m_rects;
    std::vector<PointLabel> m_pointLabels;
};
