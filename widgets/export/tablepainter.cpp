#include "tablepainter.h"

#include "exportstyle.h"

#include <QAbstractItemModel>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace {

constexpr qreal PadX = 5;
constexpr qreal PadY = 1.5; // compact: a questionnaire's table fits one A4 landscape page
constexpr qreal MinimumPointSize = 5.5;
// A column wider than this may wrap its text; narrower ones (numbers) never do.
constexpr qreal WrapAbove = 110;

} // namespace

TablePainter::TablePainter(const QAbstractItemModel &model, qreal width, qreal pointSize)
    : m_model(model)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (!text(r, c).isEmpty()) {
                m_columns << c;
                break;
            }
        }
    }
    // Smaller type until the columns fit without cutting a word or a number.
    for (qreal size = pointSize;; size -= 0.5) {
        m_font = ExportStyle::font(size);
        m_headerFont = ExportStyle::font(size, true);
        layOut(width);
        const qreal total = std::accumulate(m_widths.begin(), m_widths.end(), 0.0);
        if (total <= width + 0.5 || size - 0.5 < MinimumPointSize) {
            if (total > width) // the last resort: every column wraps a little
                for (qreal &w : m_widths)
                    w *= width / total;
            break;
        }
    }
    const auto cellHeight = [](const QString &text, const QFont &font, qreal width) {
        return std::max(ExportStyle::textHeight(text, font, width - 2 * PadX), QFontMetricsF(font).height())
               + 2 * PadY;
    };
    m_headerHeight = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QString header = m_model.headerData(m_columns[i], Qt::Horizontal).toString();
        m_headerHeight = std::max(m_headerHeight, cellHeight(header, m_headerFont, m_widths[std::size_t(i)]));
    }
    m_rowHeights.assign(std::size_t(model.rowCount()), 0);
    for (int r = 0; r < model.rowCount(); ++r)
        for (int i = 0; i < m_columns.size(); ++i)
            m_rowHeights[std::size_t(r)] = std::max(m_rowHeights[std::size_t(r)],
                                                    cellHeight(text(r, m_columns[i]), m_font, m_widths[std::size_t(i)]));
}

QString TablePainter::text(int row, int column) const
{
    return m_model.index(row, column).data(Qt::DisplayRole).toString();
}

int TablePainter::alignment(int row, int column) const
{
    const QVariant value = m_model.index(row, column).data(Qt::TextAlignmentRole);
    return value.isValid() ? int(value.toInt() & Qt::AlignHorizontal_Mask) : int(Qt::AlignLeft);
}

void TablePainter::layOut(qreal width)
{
    const QFontMetricsF metrics(m_font);
    const QFontMetricsF headerMetrics(m_headerFont);
    std::vector<qreal> natural, minimum;
    for (const int c : std::as_const(m_columns)) {
        qreal wide = 0;
        for (int r = 0; r < m_model.rowCount(); ++r)
            wide = std::max(wide, metrics.horizontalAdvance(text(r, c)));
        // A header wraps between words, never inside one.
        const QString header = m_model.headerData(c, Qt::Horizontal).toString();
        qreal word = 0;
        for (const QString &w : header.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            word = std::max(word, headerMetrics.horizontalAdvance(w));
        wide = std::max(wide, word) + 2 * PadX + 1;
        natural.push_back(wide);
        minimum.push_back(wide > WrapAbove ? std::max(WrapAbove, word + 2 * PadX + 1) : wide);
    }
    const qreal total = std::accumulate(natural.begin(), natural.end(), 0.0);
    m_widths = natural;
    if (total <= width) {
        // Spare room goes to every column alike: an even, airy table.
        const qreal extra = (width - total) / std::max<qsizetype>(1, m_columns.size());
        for (qreal &w : m_widths)
            w += extra;
        return;
    }
    // Too wide: the wrapping (text) columns give up room in proportion to
    // what they can spare.
    qreal spare = 0;
    for (std::size_t i = 0; i < natural.size(); ++i)
        spare += natural[i] - minimum[i];
    const qreal deficit = total - width;
    const qreal share = spare > 0 ? std::min(1.0, deficit / spare) : 0.0;
    for (std::size_t i = 0; i < natural.size(); ++i)
        m_widths[i] = natural[i] - (natural[i] - minimum[i]) * share;
}

int TablePainter::rowsFitting(int first, qreal height) const
{
    qreal used = m_headerHeight;
    int count = 0;
    for (int r = first; r < rowCount(); ++r) {
        used += m_rowHeights[std::size_t(r)];
        if (used > height && count > 0)
            break;
        ++count;
    }
    return count;
}

qreal TablePainter::height(int first, int count) const
{
    qreal h = m_headerHeight;
    for (int r = first; r < first + count && r < rowCount(); ++r)
        h += m_rowHeights[std::size_t(r)];
    return h;
}

void TablePainter::paint(QPainter *painter, QPointF topLeft, int first, int count) const
{
    painter->save();
    const qreal tableWidth = std::accumulate(m_widths.begin(), m_widths.end(), 0.0);
    const auto drawRow = [&](qreal top, qreal height, const QFont &font, auto textOf, auto alignOf) {
        qreal x = topLeft.x();
        painter->setFont(font);
        for (int i = 0; i < m_columns.size(); ++i) {
            const qreal w = m_widths[std::size_t(i)];
            const QRectF cell(x + PadX, top + PadY, w - 2 * PadX, height - 2 * PadY);
            painter->drawText(cell, alignOf(m_columns[i]) | Qt::AlignVCenter | Qt::TextWordWrap, textOf(m_columns[i]));
            x += w;
        }
    };
    qreal y = topLeft.y();
    painter->fillRect(QRectF(topLeft.x(), y, tableWidth, m_headerHeight), QColor(0xEE, 0xF1, 0xF5));
    painter->setPen(ExportStyle::textColor());
    drawRow(y, m_headerHeight, m_headerFont,
            [&](int c) { return m_model.headerData(c, Qt::Horizontal).toString(); },
            [&](int c) { return alignment(0, c); });
    y += m_headerHeight;
    painter->setPen(QPen(ExportStyle::mutedColor(), 0.8));
    painter->drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x() + tableWidth, y));
    for (int r = first; r < first + count && r < rowCount(); ++r) {
        const qreal h = m_rowHeights[std::size_t(r)];
        if ((r - first) % 2 == 1)
            painter->fillRect(QRectF(topLeft.x(), y, tableWidth, h), QColor(0xF7, 0xF7, 0xF7));
        painter->setPen(ExportStyle::textColor());
        drawRow(y, h, m_font, [&](int c) { return text(r, c); }, [&](int c) { return alignment(r, c); });
        y += h;
    }
    painter->setPen(QPen(ExportStyle::ruleColor(), 0.8));
    painter->drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x() + tableWidth, y));
    painter->restore();
}
