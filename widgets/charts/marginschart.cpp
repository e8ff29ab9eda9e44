#include "marginschart.h"

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
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    auto *series = new QHorizontalBarSeries;
    auto *population = new QBarSet(tr("Population"));
    auto *before = new QBarSet(tr("Sample, file's weights"));
    auto *after = new QBarSet(tr("Sample, raked"));
    population->setColor(QColor(0x55, 0x55, 0x55));
    before->setColor(QColor(0xE0, 0x8A, 0x2C));
    after->setColor(QColor(0x2C, 0x6E, 0xB5));
    QStringList labels;
    // Bottom to top, so that the first value reads first.
    for (auto it = report.margins.rbegin(); it != report.margins.rend(); ++it) {
        population->append(it->population);
        before->append(it->before);
        after->append(it->after);
        labels << it->variable + QLatin1String(" = ") + it->value;
    }
    series->append(after);
    series->append(before);
    series->append(population);
    series->setBarWidth(0.8);
    c->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    c->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(tr("% of the total"));
    values->setMin(0);
    c->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    values->applyNiceNumbers();
    c->setLocale(locale);
    c->setLocalizeNumbers(true);
    setMinimumHeight(int(labels.size()) * 30 + 110);
}
