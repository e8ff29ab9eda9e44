#pragma once

#include "chartfactory.h"

#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>

#include <memory>

class FigureChart;
QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QGraphicsScene;
class QPainter;
QT_END_NAMESPACE

/// A dashboard chart drawn without a view, for exports: the chart lives in a
/// scene of its own and paints with QPainter on any device at a fixed size,
/// whatever the window looks like, with the same renderer of its kind as the
/// window. Keeps the Qt Charts headers inside charts/.
class ChartRenderer
{
public:
    ChartRenderer(ChartKind kind, QAbstractItemModel *model, const QLocale &locale);
    /// The chart of description (no model): what the exports draw.
    explicit ChartRenderer(const ChartDescription &description);
    ~ChartRenderer();
    ChartRenderer(const ChartRenderer &) = delete;
    ChartRenderer &operator=(const ChartRenderer &) = delete;

    /// False when model is not of the kind's class (nothing would be drawn).
    bool isValid() const { return m_chart != nullptr; }
    /// The chart's own title (may be rich text, with the scope on a second line).
    QString title() const;
    /// Removes the chart's title, for a document that sets it out itself.
    void clearTitle();
    /// Height in logical pixels at which every category stays readable; 0 when
    /// the chart reads well at any height.
    int preferredHeight() const;
    /// Paints the chart into rect. A chart lower than its preferred height is
    /// laid out at that height and scaled down as a whole, so that no label is
    /// ever dropped or clipped.
    void paint(QPainter *painter, const QRectF &rect);

    /// The chart laid out width wide at its preferred height (at least
    /// minHeight), cut between two categories into pieces no taller than
    /// maxHeight: each piece's top and bottom in that layout. One piece when
    /// the chart fits. For paper: text keeps its size and goes on over pages.
    QList<QPair<qreal, qreal>> pieces(qreal width, qreal minHeight, qreal maxHeight);
    /// Paints piece (from pieces() with the same width and minHeight) at
    /// topLeft, unscaled.
    void paintPiece(QPainter *painter, const QPointF &topLeft, qreal width, qreal minHeight,
                    const QPair<qreal, qreal> &piece);

private:
    qreal layOut(qreal width, qreal minHeight);

    std::unique_ptr<QGraphicsScene> m_scene; // owns the chart
    FigureChart *m_chart = nullptr;
};
