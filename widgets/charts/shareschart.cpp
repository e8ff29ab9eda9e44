#include "shareschart.h"

#include "chartoverlay.h"
#include "chartstyle.h"
#include "figureroles.h"
#include "sharemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QScatterSeries>
#include <QValueAxis>

namespace {

// Bottom to top in each category, as Qt draws the sets.
constexpr int SetColumns[] = {ShareModel::HorsQpv, ShareModel::Qpv, ShareModel::All};
constexpr int SetCount = 3;
constexpr qreal BarWidth = 0.84;

QColor setColor(int column)
{
    if (column == ShareModel::Qpv)
        return ChartStyle::seriesColor(0);
    if (column == ShareModel::HorsQpv)
        return QColor(0xB8, 0xB8, 0xB8);
    return ChartStyle::seriesColor(1);
}

// Centre of set k's bar in category c, in axis values.
qreal barCentre(int c, int k)
{
    return c - BarWidth / 2 + (k + 0.5) * BarWidth / SetCount;
}

} // namespace

SharesChart::SharesChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(model, locale)
{
    rebuild();
}

int SharesChart::preferredHeight() const
{
    return m_rows * 54 + 170;
}

void SharesChart::build()
{
    QAbstractItemModel *m = model();
    m_rows = m->rowCount();
    QStringList codes;
    for (int row = 0; row < m_rows; ++row)
        if (!codes.contains(m->index(row, ShareModel::Code).data().toString()))
            codes << m->index(row, ShareModel::Code).data().toString();
    // One question: its label is the title and the options the categories.
    const bool single = codes.size() == 1;
    setCaption(single ? m->index(0, ShareModel::Question).data().toString() : tr("Information and uses"));
    legend()->setAlignment(Qt::AlignTop);

    QBarSet *sets[SetCount];
    for (int k = 0; k < SetCount; ++k) {
        sets[k] = new QBarSet(m->headerData(SetColumns[k], Qt::Horizontal).toString());
        sets[k]->setColor(setColor(SetColumns[k]));
        sets[k]->setBorderColor(setColor(SetColumns[k]).darker(130));
    }
    QStringList labels;
    for (int c = 0; c < m_rows; ++c) {
        const int row = m_rows - 1 - c;
        QString label = single ? m->index(row, ShareModel::Option).data().toString()
                               : m->index(row, ShareModel::Question).data().toString() + QStringLiteral(" — ")
                                     + m->index(row, ShareModel::Option).data().toString();
        label = ChartStyle::elide(label, 48);
        bool small = false;
        for (int k = 0; k < SetCount; ++k) {
            const QModelIndex index = m->index(row, SetColumns[k]);
            const bool sufficient = index.data(+FigureRole::Sufficient).toBool();
            small = small || (!sufficient && index.data(+FigureRole::N).toLongLong() > 0);
            // Small bases are never drawn as a share: no bar.
            sets[k]->append(sufficient ? index.data(Qt::EditRole).toDouble() : 0.0);
        }
        if (small)
            label += tr(" (n < 30)");
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels << label;
    }

    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(BarWidth);
    for (QBarSet *set : sets)
        series->append(set);
    series->setLabelsVisible(false);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setTickCount(11);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(tr("% of valid answers (weighted), 95% intervals"));
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
    for (int k = 0; k < SetCount; ++k)
        connect(sets[k], &QBarSet::hovered, this, [this, k](bool status, int c) {
            showToolTip(m_rows - 1 - c, SetColumns[k], status);
        });

    // Intervals, values, ✱ and the published tick.
    overlay()->setSeries(series);
    QFont bold = ChartStyle::labelFont();
    bold.setBold(true);
    const QPen whisker(ChartStyle::textColor(), 1.2);
    bool anySignificant = false, anyPublished = false;
    for (int c = 0; c < m_rows; ++c) {
        const int row = m_rows - 1 - c;
        const bool significant = m->index(row, ShareModel::Gap).data(+FigureRole::Significant).toBool()
                                 && m->index(row, ShareModel::Gap).data(Qt::EditRole).isValid();
        for (int k = 0; k < SetCount; ++k) {
            const QModelIndex index = m->index(row, SetColumns[k]);
            if (!index.data(+FigureRole::Sufficient).toBool())
                continue;
            const qreal y = barCentre(c, k);
            const double low = std::max(0.0, index.data(+FigureRole::CiLow).toDouble());
            const double high = std::min(100.0, index.data(+FigureRole::CiHigh).toDouble());
            overlay()->addSegment(QPointF(low, y), QPointF(high, y), whisker, 4);
            const bool star = significant && SetColumns[k] != ShareModel::All;
            anySignificant = anySignificant || star;
            overlay()->addText(QPointF(std::max(high, index.data(Qt::EditRole).toDouble()), y),
                               index.data(Qt::DisplayRole).toString() + (star ? QStringLiteral(" ✱") : QString()),
                               Qt::AlignLeft | Qt::AlignVCenter, QPointF(5, 0),
                               star ? ChartStyle::bandColor(0).darker(115) : ChartStyle::textColor(),
                               star ? bold : ChartStyle::labelFont());
        }
        const QModelIndex published = m->index(row, ShareModel::Published);
        if (published.data(Qt::EditRole).isValid()) {
            anyPublished = true;
            const double value = published.data(Qt::EditRole).toDouble();
            const qreal y = barCentre(c, 2);
            const qreal half = BarWidth / SetCount / 2;
            overlay()->addSegment(QPointF(value, y - half), QPointF(value, y + half), QPen(Qt::black, 2.5));
        }
    }
    const auto legendOnly = [&](const QString &name) {
        auto *s = new QScatterSeries;
        s->setName(name);
        s->setMarkerSize(1);
        s->setColor(Qt::transparent);
        s->setBorderColor(Qt::transparent);
        addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    };
    if (anySignificant)
        legendOnly(tr("✱ significant QPV gap (95%)"));
    if (anyPublished)
        legendOnly(tr("┃ published share"));
}
