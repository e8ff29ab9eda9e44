#pragma once

// Pieces the chart renderers share: axes from a ChartDescription, bar values
// refilled in place, legend-only entries.

#include "chartdescription.h"

#include <QList>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace ChartParts {

/// A value axis over axis's range with ticks ticks (0: dynamic ticks of
/// interval, anchored at 0), labels with its decimals, its title.
QValueAxis *valueAxis(const ChartDescription::Axis &axis, int ticks, double interval = 1);
/// A category axis of labels (bottom to top), made unique with spaces.
QBarCategoryAxis *categoryAxis(QStringList labels);
/// Sets the values of set; only the changed ones, so that Qt Charts keeps
/// its bars and only moves them.
void setValues(QBarSet *set, const QList<qreal> &values);
/// An entry of the legend without points (✱ significant…).
QScatterSeries *legendOnly(const QString &name);
/// The band's word ("satisfactory") as the tables write it.
QString bandWord(int band);
/// value, or 0 when it is not a number (no bar).
inline qreal orZero(double value) { return value == value ? value : 0.0; }

} // namespace ChartParts
