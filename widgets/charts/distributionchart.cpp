#include "distributionchart.h"

#include "chartoverlay.h"
#include "chartparts.h"
#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

DistributionChart::DistributionChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(ChartKind::Distribution, model, locale)
{
}

int DistributionChart::preferredHeight() const
{
    return m_rows * 23 + 190;
}

int DistributionChart::categoryOfRow(int row) const
{
    return row >= 0 && row < m_rows ? m_rows - 1 - row : -1;
}

void DistributionChart::build(const ChartDescription &d)
{
    m_sets.clear();
    m_rows = int(d.categories.size());
    setCaption(d);

    auto *series = new QHorizontalPercentBarSeries;
    series->setBarWidth(0.75);
    series->setLabelsVisible(false); // written by the overlay, only where they fit
    for (std::size_t answer = 0; answer < d.series.size(); ++answer) {
        const ChartDescription::Series &s = d.series[answer];
        auto *set = new QBarSet(s.name);
        set->setColor(s.color);
        set->setBorderColor(Qt::white);
        series->append(set);
        m_sets.push_back(set);
        connect(set, &QBarSet::hovered, this, [this, answer](bool status, int c) {
            const ChartDescription &now = description();
            const std::size_t i = std::size_t(m_rows - 1 - c);
            if (answer < now.series.size() && i < now.series[answer].points.size())
                showToolTip(now.series[answer].points[i].row, now.series[answer].column, status);
        });
    }
    // Qt draws the first category at the bottom: walk the rows backwards.
    QStringList labels;
    for (int c = 0; c < m_rows; ++c)
        labels << ChartStyle::elide(d.categories[std::size_t(m_rows - 1 - c)].label, 40);
    QValueAxis *axisX = ChartParts::valueAxis(d.valueAxis, 11);
    QBarCategoryAxis *axisY = ChartParts::categoryAxis(labels);
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);
    addSeries(series);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    legend()->setAlignment(Qt::AlignTop);
    overlay()->setSeries(series);
    fill(d);
}

bool DistributionChart::refill(const ChartDescription &d)
{
    if (m_sets.size() != d.series.size())
        return false;
    setCaption(d);
    fill(d);
    return true;
}

void DistributionChart::fill(const ChartDescription &d)
{
    for (std::size_t answer = 0; answer < d.series.size(); ++answer) {
        QList<qreal> values;
        for (int c = 0; c < m_rows; ++c)
            values << ChartParts::orZero(d.series[answer].points[std::size_t(m_rows - 1 - c)].value);
        ChartParts::setValues(m_sets[answer], values);
    }
    // Shares in the middle of their segments, as the table writes them.
    overlay()->clear();
    for (int c = 0; c < m_rows; ++c) {
        const std::size_t row = std::size_t(m_rows - 1 - c);
        double start = 0;
        for (const ChartDescription::Series &s : d.series) {
            const double share = s.points[row].value;
            if (!std::isfinite(share))
                break;
            // Only where it fits in its segment, at the chart's current width.
            overlay()->addText(QPointF(start + share / 2, c), d.format(share, d.valueAxis),
                               Qt::AlignHCenter | Qt::AlignVCenter, QPointF(0, 0), ChartStyle::textOn(s.color),
                               ChartStyle::labelFont(), QColor(), share);
            start += share;
        }
    }
}
