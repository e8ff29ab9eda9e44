#pragma once

#include "chartdescription.h"

#include <QLocale>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QChart;
QT_END_NAMESPACE

/// A new chart drawing model (which must be the model class of the kind).
/// The caller owns the chart; it stays bound to the model and rebuilds its
/// series on every modelReset, so a filter change redraws it. Returns nullptr
/// when the model is not of the expected class.
QChart *createChart(ChartKind kind, QAbstractItemModel *model, const QLocale &locale = QLocale());

/// A new chart drawing description, following no model (exports).
QChart *createChart(const ChartDescription &description);
