#include "chartstyle.h"

#include "chartpalette.h"
#include "figure.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>

#include <algorithm>
#include <cmath>

namespace ChartStyle {

QColor bandColor(int band)
{
    return ChartPalette::bandColor(band);
}

QString bandLegend(int band, const QLocale &locale)
{
    const QString six = locale.toString(6.0, 'f', 1);
    const QString seven = locale.toString(7.0, 'f', 1);
    switch (Band(band)) {
    case Band::Insuffisant:
        return QCoreApplication::translate("ChartStyle", "Insufficient (under %1)").arg(six);
    case Band::Moyen:
        return QCoreApplication::translate("ChartStyle", "Average (%1–%2)").arg(six, locale.toString(6.9, 'f', 1));
    case Band::Satisfaisant:
        return QCoreApplication::translate("ChartStyle", "Satisfactory (%1+)").arg(seven);
    case Band::EffectifInsuffisant: break;
    }
    return QCoreApplication::translate("ChartStyle", "Base too small (n < 30)");
}

QColor seriesColor(int index)
{
    return ChartPalette::seriesColor(index);
}

QColor answerColor(int answer)
{
    return ChartPalette::answerColor(answer);
}

QColor referenceColor()
{
    return ChartPalette::referenceColor();
}

QColor textColor()
{
    return ChartPalette::textColor();
}

QColor textOn(const QColor &background)
{
    // Relative luminance (sRGB approximation) against the two text colours.
    const double l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

namespace {

QFont chartFont(qreal pointSize)
{
    QFont font;
    font.setPointSizeF(pointSize);
    // No ligatures: text extracted from an exported PDF or SVG then reads
    // "satisfaits", not "satis\uFB01aits".
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

QFont axisFont()
{
    return chartFont(8.0);
}

QFont labelFont()
{
    return chartFont(8.0);
}

QFont titleFont()
{
    return chartFont(10.0);
}

void setUp(QChart *chart, const QLocale &locale)
{
    QLocale numbers = locale;
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(numbers);
    chart->setTitleFont(titleFont());
    chart->setTitleBrush(textColor());
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setFont(axisFont());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    // Triangles, diamonds, hollow points and dashed lines explain themselves.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

void placeLegend(QChart *chart)
{
    QLegend *legend = chart->legend();
    if (!legend->isVisible())
        return;
    static const char FullLabel[] = "satisfecitFullLabel";
    const QFontMetricsF metrics(legend->font());
    const qreal available = chart->size().width() - chart->margins().left() - chart->margins().right() - 24;
    // Each entry: its marker (about a line high), a gap, its label and the
    // space between entries, as Qt Charts lays them out.
    const auto entry = [&](const QString &label) {
        qreal widest = 0;
        for (const QString &line : label.split(QStringLiteral("<br>")))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        return metrics.height() + 8 + widest + 16;
    };
    QList<QLegendMarker *> markers;
    qreal needed = 0;
    for (QLegendMarker *marker : legend->markers()) {
        if (!marker->isVisible())
            continue;
        const QVariant full = marker->property(FullLabel);
        if (full.isValid() && marker->label() != full.toString())
            marker->setLabel(full.toString());
        markers << marker;
        needed += entry(marker->label());
    }
    // Too wide for one line: the longest labels on two lines, split at the
    // space nearest their middle (Qt Charts would cut them mid-word).
    std::stable_sort(markers.begin(), markers.end(), [](QLegendMarker *a, QLegendMarker *b) {
        return a->label().size() > b->label().size();
    });
    for (QLegendMarker *marker : std::as_const(markers)) {
        if (needed <= available)
            break;
        const QString label = marker->label();
        const qsizetype middle = label.size() / 2;
        qsizetype best = -1;
        for (qsizetype i = label.indexOf(QLatin1Char(' ')); i >= 0; i = label.indexOf(QLatin1Char(' '), i + 1))
            if (best < 0 || std::abs(i - middle) < std::abs(best - middle))
                best = i;
        if (best <= 0)
            continue;
        const QString wrapped = label.left(best) + QStringLiteral("<br>") + label.mid(best + 1);
        marker->setProperty(FullLabel, label);
        needed += entry(wrapped) - entry(label);
        marker->setLabel(wrapped);
    }
}

QString elide(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    // Never mid-word: back to the last space that leaves a word
    // whole; the full text is in the tooltip and the table.
    QString cut = text.left(max - 1);
    if (!text.at(max - 1).isSpace()) {
        const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
        if (space > 0)
            cut = cut.left(space);
    }
    while (!cut.isEmpty() && (cut.back().isSpace() || cut.back().isPunct()))
        cut.chop(1);
    return cut + QChar(0x2026);
}

} // namespace ChartStyle
