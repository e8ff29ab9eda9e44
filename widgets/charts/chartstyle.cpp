#include "chartstyle.h"

#include "figure.h"

#include <QChart>
#include <QCoreApplication>
#include <QLegend>

namespace ChartStyle {

QColor bandColor(int band)
{
    switch (Band(band)) {
    case Band::Insuffisant: return QColor(0xD5, 0x5E, 0x00);  // vermillion
    case Band::Moyen: return QColor(0xE6, 0x9F, 0x00);        // orange
    case Band::Satisfaisant: return QColor(0x00, 0x9E, 0x73); // bluish green
    case Band::EffectifInsuffisant: break;
    }
    return QColor(0xA0, 0xA0, 0xA0);
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
    static const QColor colors[] = {
        QColor(0x00, 0x72, 0xB2), // blue
        QColor(0xD5, 0x5E, 0x00), // vermillion
        QColor(0x00, 0x9E, 0x73), // bluish green
        QColor(0xCC, 0x79, 0xA7), // reddish purple
        QColor(0xE6, 0x9F, 0x00), // orange
        QColor(0x56, 0xB4, 0xE9), // sky blue
        QColor(0x00, 0x00, 0x00), // black
        QColor(0xF0, 0xE4, 0x42), // yellow, last: weak on white
    };
    constexpr int count = int(sizeof colors / sizeof colors[0]);
    return colors[((index % count) + count) % count];
}

QColor answerColor(int answer)
{
    // A diverging blue–orange scale: satisfied blue, dissatisfied orange.
    switch (answer) {
    case 1: return QColor(0x00, 0x72, 0xB2);
    case 2: return QColor(0x56, 0xB4, 0xE9);
    case 3: return QColor(0xE6, 0x9F, 0x00);
    case 4: return QColor(0xD5, 0x5E, 0x00);
    }
    return QColor(0xA0, 0xA0, 0xA0);
}

QColor referenceColor()
{
    return QColor(0x55, 0x55, 0x55);
}

QColor textColor()
{
    return QColor(0x20, 0x20, 0x20);
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
