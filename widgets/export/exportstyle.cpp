#include "exportstyle.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>

namespace ExportStyle {

int layoutDpi()
{
    // A 72-point font is exactly "dpi" pixels high at the default resolution.
    QFont probe;
    probe.setPointSizeF(72);
    const int dpi = QFontInfo(probe).pixelSize();
    return dpi > 0 ? dpi : ReferenceDpi;
}

QFont font(qreal pointSize, bool bold)
{
    QFont f;
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // No ligatures: text copied or extracted from a PDF then reads "Chiffres",
    // not "Chi\uFB00res".
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QColor textColor()
{
    return QColor(0x20, 0x20, 0x20);
}

QColor mutedColor()
{
    return QColor(0x55, 0x55, 0x55);
}

QColor ruleColor()
{
    return QColor(0xC8, 0xC8, 0xC8);
}

qreal textHeight(const QString &text, const QFont &font, qreal width)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

qreal drawText(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
               int alignment)
{
    if (text.isEmpty())
        return 0;
    const qreal height = textHeight(text, font, rect.width());
    painter->save();
    painter->setFont(font);
    painter->setPen(color);
    // The rect is as high as the wrapped text, so nothing can be clipped.
    painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), height),
                      alignment | Qt::AlignTop | Qt::TextWordWrap, text);
    painter->restore();
    return height;
}

} // namespace ExportStyle
