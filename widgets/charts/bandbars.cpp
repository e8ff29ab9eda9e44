#include "bandbars.h"

#include "chartstyle.h"
#include "figure.h"

#include <QBarSet>
#include <QHorizontalStackedBarSeries>

QHorizontalStackedBarSeries *createBandBars(const std::vector<BandBar> &bars, const QLocale &locale)
{
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.72);
    series->setLabelsVisible(false); // value labels are drawn beside the whiskers
    for (const Band band : {Band::Insuffisant, Band::Moyen, Band::Satisfaisant}) {
        auto *set = new QBarSet(ChartStyle::bandLegend(int(band), locale));
        const QColor color = ChartStyle::bandColor(int(band));
        set->setColor(color);
        set->setBorderColor(color.darker(125));
        QList<qreal> values;
        values.reserve(qsizetype(bars.size()));
        for (const BandBar &bar : bars)
            values << (bar.shown && bar.band == int(band) ? bar.value : 0.0);
        set->append(values);
        series->append(set);
    }
    return series;
}

double bandBarValue(const QHorizontalStackedBarSeries *series, int category)
{
    double value = 0.0;
    for (const QBarSet *set : series->barSets())
        if (category >= 0 && category < set->count())
            value += set->at(category);
    return value;
}
