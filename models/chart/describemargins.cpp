// Builder of the weighting dialog's chart: the sample against the margins.
#include "chartdescription.h"

#include "weightingreport.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

ChartDescription describeMargins(const WeightingReport &report, const QLocale &locale)
{
    ChartDescription d;
    d.kind = ChartKind::Margins;
    d.shape = ChartDescription::Shape::Bars;
    d.locale = locale;
    d.valueAxis.title = QCoreApplication::translate("MarginsChart", "% of the total");
    d.valueAxis.decimals = 0;
    d.valueAxis.percent = true;
    // Top to bottom: the population, then the sample before and after.
    ChartDescription::Series population{QCoreApplication::translate("MarginsChart", "Population"),
                                        QColor(0x55, 0x55, 0x55), {}, false};
    ChartDescription::Series before{QCoreApplication::translate("MarginsChart", "Sample, file's weights"),
                                    QColor(0xE0, 0x8A, 0x2C), {}, false};
    ChartDescription::Series after{QCoreApplication::translate("MarginsChart", "Sample, raked"),
                                   QColor(0x2C, 0x6E, 0xB5), {}, false};
    double highest = 0;
    for (const MarginComparison &m : report.margins) {
        d.categories.push_back({m.variable + QLatin1String(" = ") + m.value, QString()});
        for (auto [series, value] : {std::pair{&population, m.population}, {&before, m.before}, {&after, m.after}}) {
            ChartDescription::Point p;
            p.value = value;
            series->points.push_back(p);
            if (std::isfinite(value))
                highest = std::max(highest, value);
        }
    }
    d.series = {std::move(population), std::move(before), std::move(after)};
    d.valueAxis.min = 0;
    d.valueAxis.max = std::max(10.0, std::ceil(highest / 10) * 10);
    return d;
}
