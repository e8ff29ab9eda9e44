// The board pack's weighting page for a raked wave: the weights' figures,
// and the sample's distribution against the margins before and after.
#include "boardpackpages.h"

#include "exportstyle.h"

#include <QPainter>

#include <algorithm>

namespace BoardPackPages {

void paintWeighting(QPainter *painter, const QRectF &content, const BoardPackContext &c)
{
    if (!c.weighting)
        return;
    const WeightingReport &r = *c.weighting;
    const QLocale &l = c.locale;
    qreal y = content.top()
            + paintHeading(painter, content, BoardPack::tr("Weighting"),
                           BoardPack::tr("Raked to %1 in %n pass(es)", nullptr, r.passes).arg(c.wave.marginsFile));
    const QString statistics =
        BoardPack::tr("Weights: from %1 to %2 (file: %3 to %4); coefficient of variation %5 (file: %6); design "
                      "effect %7 (file: %8); effective size %9 of %10 respondents (file: %11).")
            .arg(l.toString(r.after.min, 'f', 2), l.toString(r.after.max, 'f', 2), l.toString(r.before.min, 'f', 2),
                 l.toString(r.before.max, 'f', 2), l.toString(r.after.cv, 'f', 2), l.toString(r.before.cv, 'f', 2),
                 l.toString(r.after.designEffect, 'f', 2), l.toString(r.before.designEffect, 'f', 2),
                 l.toString(r.after.effectiveSize, 'f', 0))
            .arg(l.toString(r.after.n), l.toString(r.before.effectiveSize, 'f', 0));
    y += ExportStyle::drawText(painter, QRectF(content.left(), y, content.width(), 0), statistics,
                               ExportStyle::font(10), ExportStyle::textColor())
       + 14;

    // Legend, then one row of three bars per value.
    const QColor colors[3] = {QColor(0x55, 0x55, 0x55), QColor(0xE0, 0x8A, 0x2C), QColor(0x2C, 0x6E, 0xB5)};
    const QString names[3] = {BoardPack::tr("Population"), BoardPack::tr("Sample, file's weights"),
                              BoardPack::tr("Sample, raked")};
    const QFont small = ExportStyle::font(8.5);
    qreal x = content.left();
    for (int s = 0; s < 3; ++s) {
        painter->fillRect(QRectF(x, y + 3, 10, 10), colors[s]);
        ExportStyle::drawText(painter, QRectF(x + 14, y, 200, 0), names[s], small, ExportStyle::textColor());
        x += 214;
    }
    y += 22;
    double top = 1.0;
    for (const MarginComparison &m : r.margins)
        top = std::max({top, m.population, m.before, m.after});
    const qreal labelWidth = 220, valueWidth = 60;
    const qreal barArea = content.width() - labelWidth - valueWidth;
    const qreal bar = std::min<qreal>(7.0, (content.bottom() - y) / (qreal(r.margins.size()) * 3.0 + 1.0) * 0.8);
    for (const MarginComparison &m : r.margins) {
        ExportStyle::drawText(painter, QRectF(content.left(), y, labelWidth - 10, 0),
                              m.variable + QLatin1String(" = ") + m.value, small, ExportStyle::textColor());
        const double values[3] = {m.population, m.before, m.after};
        for (int s = 0; s < 3; ++s) {
            const qreal barTop = y + s * (bar + 1);
            painter->fillRect(QRectF(content.left() + labelWidth, barTop, barArea * values[s] / top, bar), colors[s]);
        }
        ExportStyle::drawText(painter, QRectF(content.left() + labelWidth + barArea + 6, y, valueWidth, 0),
                              l.toString(m.after, 'f', 1) + QChar(0x202F) + QLatin1Char('%'), small,
                              ExportStyle::textColor());
        y += 3 * (bar + 1) + 5;
    }
}

} // namespace BoardPackPages
