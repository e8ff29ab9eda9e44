#pragma once

#include <QLocale>

#include <vector>

QT_BEGIN_NAMESPACE
class QBarSet;
class QHorizontalStackedBarSeries;
QT_END_NAMESPACE

/// One horizontal bar coloured by its rating band.
struct BandBar
{
    double value = 0.0;
    int band = 0;        ///< int(Band)
    bool shown = false;  ///< false: no bar (base too small, or a heading row)
};

/// Bars coloured by band: a stacked series with one set per band, where each
/// category has its value in its band's set and 0 in the others (Qt hides
/// zero bars and their labels), so that every bar takes the full category
/// width. The sets are named after the bands for the legend.
QHorizontalStackedBarSeries *createBandBars(const std::vector<BandBar> &bars, const QLocale &locale);

/// The value drawn for category in a series made by createBandBars().
double bandBarValue(const QHorizontalStackedBarSeries *series, int category);
