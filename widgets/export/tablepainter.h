#pragma once

#include <QFont>
#include <QList>
#include <QRectF>

#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QPainter;
QT_END_NAMESPACE

/// A model's table laid out for print at a fixed width: columns sized to
/// their content, long text wrapped (never cut), the header repeated on
/// every page. Columns with no text at all (e.g. "Region" without a
/// landlord) are left out. Paints Qt::DisplayRole with the model's alignment.
class TablePainter
{
public:
    TablePainter(const QAbstractItemModel &model, qreal width, qreal pointSize = 8.0);

    int rowCount() const { return int(m_rowHeights.size()); }
    qreal headerHeight() const { return m_headerHeight; }
    /// How many rows from first fit under the header in height (at least one,
    /// so that a very tall row still moves on).
    int rowsFitting(int first, qreal height) const;
    /// The height of rows [first, first + count) with the header.
    qreal height(int first, int count) const;
    /// Paints the header and rows [first, first + count) from rect's top-left.
    void paint(QPainter *painter, QPointF topLeft, int first, int count) const;

private:
    QString text(int row, int column) const;
    int alignment(int row, int column) const;
    void layOut(qreal width);

    const QAbstractItemModel &m_model;
    QFont m_font;
    QFont m_headerFont;
    QList<int> m_columns;          ///< model columns shown
    std::vector<qreal> m_widths;   ///< per shown column
    std::vector<qreal> m_rowHeights;
    qreal m_headerHeight = 0;
};
