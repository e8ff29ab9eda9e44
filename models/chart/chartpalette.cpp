#include "chartpalette.h"

#include "figure.h"

namespace ChartPalette {

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

} // namespace ChartPalette
