#include "distributionchart.h"

#include "chartdescription.h"
#include "chartoverlay.h"
#include "chartstyle.h"
#include "distributionmodel.h"
#include "figuremodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

DistributionChart::DistributionChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(model, locale)
{
    rebuild();
}

int DistributionChart::preferredHeight() const
{
    return m_rows * 23 + 190;
}

int DistributionChart::categoryOfRow(int row) const
{
    return row >= 0 && row < m_rows ? m_rows - 1 - row : -1;
}

void DistributionChart::build()
{
    // Drawn from the chart's renderer-neutral description, as the PowerPoint
    // writer draws it; the model only answers tooltips.
    const FigureModel *figures = figureModel();
    if (!figures)
        return;
    const ChartDescription d = describeChart(ChartKind::Distribution, *figures, numberLocale());
    m_rows = int(d.categories.size());
    setCaption(d.title);

    auto *series = new QHorizontalPercentBarSeries;
    series->setBarWidth(0.75);
    series->setLabelsVisible(false); // written by the overlay, only where they fit
    // Qt draws the first category at the bottom: walk the rows backwards.
    for (int answer = 0; answer < int(d.series.size()); ++answer) {
        const ChartDescription::Series &s = d.series[std::size_t(answer)];
        auto *set = new QBarSet(s.name);
        set->setColor(s.color);
        set->setBorderColor(Qt::white);
        for (int c = 0; c < m_rows; ++c) {
            const double value = s.points[std::size_t(m_rows - 1 - c)].value;
            set->append(std::isfinite(value) ? value : 0.0);
        }
        series->append(set);
        const int column = DistributionModel::VerySatisfied + answer;
        connect(set, &QBarSet::hovered, this, [this, column](bool status, int c) {
            showToolTip(m_rows - 1 - c, column, status);
        });
    }
    QStringList labels;
    for (int c = 0; c < m_rows; ++c) {
        QString label = ChartStyle::elide(d.categories[std::size_t(m_rows - 1 - c)].label, 40);
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels << label;
    }

    auto *axisX = new QValueAxis;
    axisX->setRange(d.valueAxis.min, d.valueAxis.max);
    axisX->setTickCount(11);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(d.valueAxis.title);
    axisX->setLabelsFont(ChartStyle::axisFont());
    axisX->setTitleFont(ChartStyle::axisFont());
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    axisY->setLabelsFont(ChartStyle::axisFont());
    axisY->setGridLineVisible(false);
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);
    addSeries(series);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    legend()->setAlignment(Qt::AlignTop);

    // Shares in the middle of their segments, as the table writes them.
    overlay()->setSeries(series);
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
