#include "chartstyle.h"

#include "chartpalette.h"
#include "figure.h"

#include <QChart>
#include <QCoreApplication>
#include <QLegend>

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

QString elide(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    return text.left(max - 1).trimmed() + QChar(0x2026);
}

} // namespace ChartStyle
