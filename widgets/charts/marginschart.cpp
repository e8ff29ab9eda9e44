#include "marginschart.h"

#include "chartparts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

MarginsChart::MarginsChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setMinimumHeight(260);
}

void MarginsChart::setReport(const WeightingReport &report, const QLocale &locale)
{
    ChartDescription d = describeMargins(report, locale);
    const bool same = !m_sets.empty() && sameStructure(m_description, d) && m_description.locale == d.locale;
    m_description = std::move(d);
    if (same)
        fill(m_description);
    else
        build(m_description);
}

void MarginsChart::build(const ChartDescription &d)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_sets.clear();
    auto *series = new QHorizontalBarSeries;
    for (const ChartDescription::Series &s : d.series) {
        auto *set = new QBarSet(s.name);
        set->setColor(s.color);
        m_sets.push_back(set);
    }
    // Qt draws the first set at the bottom of a category: the population on top.
    for (auto it = m_sets.rbegin(); it != m_sets.rend(); ++it)
        series->append(*it);
    series->setBarWidth(0.8);
    c->addSeries(series);
    // Bottom to top, so that the first value reads first.
    QStringList labels;
    for (auto it = d.categories.rbegin(); it != d.categories.rend(); ++it)
        labels << it->label;
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    c->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    m_values = new QValueAxis;
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_values->setTitleText(d.valueAxis.title);
    c->addAxis(m_values, Qt::AlignBottom);
    series->attachAxis(m_values);
    c->setLocale(d.locale);
    c->setLocalizeNumbers(true);
    fill(d);
    setMinimumHeight(int(labels.size()) * 30 + 110);
}

void MarginsChart::fill(const ChartDescription &d)
{
    const int count = int(d.categories.size());
    for (std::size_t k = 0; k < m_sets.size() && k < d.series.size(); ++k) {
        QList<qreal> values;
        for (int c = count - 1; c >= 0; --c)
            values << ChartParts::orZero(d.series[k].points[std::size_t(c)].value);
        ChartParts::setValues(m_sets[k], values);
    }
    if (m_values) {
        m_values->setRange(d.valueAxis.min, d.valueAxis.max);
        m_values->setTickCount(int(d.valueAxis.max / 10) + 1 <= 11 ? int(d.valueAxis.max / 10) + 1 : 6);
    }
}
