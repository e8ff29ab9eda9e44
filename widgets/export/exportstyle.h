#pragma once

#include "charts/chartfactory.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

/// What the chart exports and the board pack share: fonts, colours, wrapped
/// text, and the resolution every export device is given.
namespace ExportStyle {

/// The dots per inch at which Qt lays out text without a device (the
/// screen's, 96 offscreen). Every export device is given this resolution:
/// the charts measure their labels at it and some of their text is drawn
/// in points on the device, so on any other resolution labels would no
/// longer fit where they were measured. Sharper output comes from the
/// device pixel ratio (PNG) or from vectors (PDF, SVG), never from dpi.
int layoutDpi();

/// Pixels per inch of the reference pixel: a PNG's --dpi N gives N / 96
/// device pixels per logical pixel.
inline constexpr int ReferenceDpi = 96;

/// A font of pointSize points, bold or not, in the application's family.
QFont font(qreal pointSize, bool bold = false);
QColor textColor();
QColor mutedColor();
QColor ruleColor();

/// Height of text wrapped at width in font.
qreal textHeight(const QString &text, const QFont &font, qreal width);
/// Draws text wrapped in rect's width from its top; returns the height used.
qreal drawText(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
               const QColor &color, int alignment = Qt::AlignLeft);

} // namespace ExportStyle
