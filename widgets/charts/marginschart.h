#pragma once

#include "weightingreport.h"

#include <QChartView>
#include <QLocale>

/// The sample's distribution against the margins (WeightingReport): for
/// every value, the population's share and the sample's before and after
/// weighting, as horizontal bars.
class MarginsChart : public QChartView
{
    Q_OBJECT

public:
    explicit MarginsChart(QWidget *parent = nullptr);
    void setReport(const WeightingReport &report, const QLocale &locale);
};
