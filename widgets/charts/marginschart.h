#pragma once

#include "chartdescription.h"
#include "weightingreport.h"

#include <QChartView>
#include <QLocale>

QT_BEGIN_NAMESPACE
class QBarSet;
class QValueAxis;
QT_END_NAMESPACE

/// The sample's distribution against the margins (WeightingReport): for
/// every value, the population's share and the sample's before and after
/// weighting, as horizontal bars. Draws describeMargins(); a new report of
/// the same margins refills the bars in place.
class MarginsChart : public QChartView
{
    Q_OBJECT

public:
    explicit MarginsChart(QWidget *parent = nullptr);
    void setReport(const WeightingReport &report, const QLocale &locale);
    /// What the chart draws now.
    const ChartDescription &description() const { return m_description; }

private:
    void build(const ChartDescription &d);
    void fill(const ChartDescription &d);

    ChartDescription m_description;
    std::vector<QBarSet *> m_sets; // owned by the chart
    QValueAxis *m_values = nullptr;
};
