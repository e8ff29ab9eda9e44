#include "qpvchart.h"

#include "chartoverlay.h"
#include "chartstyle.h"
#include "figureroles.h"
#include "qpvcomparisonmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QScatterSeries>
#include <QValueAxis>

QpvChart::QpvChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(model, locale)
{
    rebuild();
}

int QpvChart::preferredHeight() const
{
    return m_rows * 26 + 170;
}

int QpvChart::categoryOfRow(int row) const
{
    return row >= 0 && row < m_rows ? m_rows - 1 - row : -1;
}

void QpvChart::build()
{
    QAbstractItemModel *m = model();
    m_rows = m->rowCount();
    setCaption(tr("QPV and outside QPV"));
    legend()->setAlignment(Qt::AlignTop); // a tall chart: the legend stays in sight

    QStringList labels;
    auto *qpv = new QBarSet(m->headerData(QpvComparisonModel::QpvScore, Qt::Horizontal).toString());
    auto *hors = new QBarSet(m->headerData(QpvComparisonModel::HorsQpvScore, Qt::Horizontal).toString());
    qpv->setColor(ChartStyle::seriesColor(0));
    qpv->setBorderColor(ChartStyle::seriesColor(0).darker(130));
    hors->setColor(QColor(0xB8, 0xB8, 0xB8));
    hors->setBorderColor(QColor(0x80, 0x80, 0x80));
    // Bottom to top in Qt; rows go top to bottom.
    for (int c = 0; c < m_rows; ++c) {
        const int row = m_rows - 1 - c;
        const QModelIndex q = m->index(row, QpvComparisonModel::QpvScore);
        const QModelIndex h = m->index(row, QpvComparisonModel::HorsQpvScore);
        QString label = ChartStyle::elide(m->index(row, QpvComparisonModel::Question).data().toString(), 40);
        if (!q.data(+FigureRole::Sufficient).toBool() || !h.data(+FigureRole::Sufficient).toBool())
            label += tr(" (n < 30)");
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels << label;
        // Small bases are never drawn as a score: no bar.
        qpv->append(q.data(+FigureRole::Sufficient).toBool() ? q.data(Qt::EditRole).toDouble() : 0.0);
        hors->append(h.data(+FigureRole::Sufficient).toBool() ? h.data(Qt::EditRole).toDouble() : 0.0);
    }

    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.8);
    // Qt draws the first set at the bottom of each category: QPV on top.
    series->append(hors);
    series->append(qpv);
    series->setLabelsVisible(false); // the gap is the label here
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 10);
    axisX->setTickCount(11);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(tr("Score /10"));
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
    connect(qpv, &QBarSet::hovered, this, [this](bool status, int c) {
        showToolTip(m_rows - 1 - c, QpvComparisonModel::QpvScore, status);
    });
    connect(hors, &QBarSet::hovered, this, [this](bool status, int c) {
        showToolTip(m_rows - 1 - c, QpvComparisonModel::HorsQpvScore, status);
    });

    overlay()->setSeries(series);
    QFont bold = ChartStyle::labelFont();
    bold.setBold(true);
    bool anySignificant = false;
    for (int c = 0; c < m_rows; ++c) {
        const int row = m_rows - 1 - c;
        const QModelIndex gap = m->index(row, QpvComparisonModel::Gap);
        if (!gap.data(Qt::EditRole).isValid())
            continue;
        const bool significant = gap.data(+FigureRole::Significant).toBool();
        anySignificant = anySignificant || significant;
        // Clear of the bars and of the region's markers.
        double end = std::max(qpv->at(c), hors->at(c));
        for (const int column : {int(QpvComparisonModel::RegionQpv), int(QpvComparisonModel::RegionHorsQpv)})
            if (const QVariant region = m->index(row, column).data(Qt::EditRole); region.isValid())
                end = std::max(end, region.toDouble() + 0.08);
        const QString text = tr("gap %1").arg(gap.data(Qt::DisplayRole).toString())
                             + (significant ? QStringLiteral(" ✱") : QString());
        overlay()->addText(QPointF(end, c), text, Qt::AlignLeft | Qt::AlignVCenter, QPointF(6, 0),
                           significant ? ChartStyle::bandColor(0).darker(115) : ChartStyle::textColor(),
                           significant ? bold : ChartStyle::labelFont());
    }
    // A landlord selected: the region's scores as markers on the bars.
    auto *region = new QScatterSeries;
    region->setName(tr("Region"));
    region->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    region->setMarkerSize(10);
    region->setColor(ChartStyle::textColor());
    region->setBorderColor(Qt::white);
    for (int c = 0; c < m_rows; ++c) {
        const int row = m_rows - 1 - c;
        // Two sets in 0.8 of a category: hors QPV centred 0.2 below, QPV 0.2 above.
        const QVariant q = m->index(row, QpvComparisonModel::RegionQpv).data(Qt::EditRole);
        const QVariant h = m->index(row, QpvComparisonModel::RegionHorsQpv).data(Qt::EditRole);
        if (q.isValid())
            region->append(q.toDouble(), c + 0.2);
        if (h.isValid())
            region->append(h.toDouble(), c - 0.2);
    }
    if (region->count() > 0) {
        addSeries(region);
        region->attachAxis(axisX);
        region->attachAxis(axisY);
    } else {
        delete region;
    }
    if (anySignificant) {
        auto *legendOnly = new QScatterSeries;
        legendOnly->setName(tr("✱ significant gap (95%)"));
        legendOnly->setMarkerSize(1);
        legendOnly->setColor(Qt::transparent);
        legendOnly->setBorderColor(Qt::transparent);
        addSeries(legendOnly);
        legendOnly->attachAxis(axisX);
        legendOnly->attachAxis(axisY);
    }
}
