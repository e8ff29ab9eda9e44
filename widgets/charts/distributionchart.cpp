#include "distributionchart.h"

#include "chartoverlay.h"
#include "chartstyle.h"
#include "distributionmodel.h"
#include "figureroles.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QValueAxis>

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
    QAbstractItemModel *m = model();
    m_rows = m->rowCount();
    setCaption(tr("Answers by question"));

    auto *series = new QHorizontalPercentBarSeries;
    series->setBarWidth(0.75);
    series->setLabelsVisible(false); // written by the overlay, only where they fit
    QStringList labels;
    for (int answer = 0; answer < 4; ++answer) {
        const int column = DistributionModel::VerySatisfied + answer;
        auto *set = new QBarSet(m->headerData(column, Qt::Horizontal).toString());
        set->setColor(ChartStyle::answerColor(answer + 1));
        set->setBorderColor(Qt::white);
        for (int c = 0; c < m_rows; ++c) {
            const QModelIndex index = m->index(m_rows - 1 - c, column);
            set->append(index.data(+FigureRole::Sufficient).toBool() ? index.data(Qt::EditRole).toDouble() : 0.0);
        }
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this, column](bool status, int c) {
            showToolTip(m_rows - 1 - c, column, status);
        });
    }
    for (int c = 0; c < m_rows; ++c) {
        const int row = m_rows - 1 - c;
        QString label = ChartStyle::elide(m->index(row, DistributionModel::Question).data().toString(), 46);
        if (!m->index(row, 0).data(+FigureRole::Sufficient).toBool())
            label += tr(" (n < 30)");
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels << label;
    }

    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setTickCount(11);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(tr("% of valid answers (weighted)"));
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
        const int row = m_rows - 1 - c;
        double start = 0;
        for (int answer = 0; answer < 4; ++answer) {
            const QModelIndex index = m->index(row, DistributionModel::VerySatisfied + answer);
            if (!index.data(+FigureRole::Sufficient).toBool())
                break;
            const double share = index.data(Qt::EditRole).toDouble();
            // Only where it fits in its segment, at the chart's current width.
            overlay()->addText(QPointF(start + share / 2, c), index.data(Qt::DisplayRole).toString(),
                               Qt::AlignHCenter | Qt::AlignVCenter, QPointF(0, 0),
                               ChartStyle::textOn(ChartStyle::answerColor(answer + 1)), ChartStyle::labelFont(),
                               QColor(), share);
            start += share;
        }
    }
}
