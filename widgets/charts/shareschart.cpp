#include "shareschart.h"

#include "chartoverlay.h"
#include "chartparts.h"
#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

constexpr qreal BarWidth = 0.84;

// Centre of the k-th bar from the top of n in category c, in axis values
// (Qt draws the first set at the bottom).
qreal barCentre(int c, int k, int n)
{
    return c + BarWidth / 2 - (k + 0.5) * BarWidth / n;
}

} // namespace

SharesChart::SharesChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(ChartKind::Shares, model, locale)
{
}

int SharesChart::preferredHeight() const
{
    return m_rows * 54 + 170;
}

void SharesChart::build(const ChartDescription &d)
{
    m_sets.clear();
    m_rows = int(d.categories.size());
    setCaption(d);
    legend()->setAlignment(Qt::AlignTop);
    const int n = int(d.series.size());
    for (int k = 0; k < n; ++k) {
        const ChartDescription::Series &s = d.series[std::size_t(k)];
        auto *set = new QBarSet(s.name);
        set->setColor(s.color);
        set->setBorderColor(s.color.darker(130));
        m_sets.push_back(set);
        connect(set, &QBarSet::hovered, this, [this, k](bool status, int c) {
            const ChartDescription &now = description();
            const std::size_t i = std::size_t(m_rows - 1 - c);
            if (std::size_t(k) < now.series.size() && i < now.series[std::size_t(k)].points.size())
                showToolTip(now.series[std::size_t(k)].points[i].row, now.series[std::size_t(k)].column, status);
        });
    }
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(BarWidth);
    // Bottom to top in each category, as Qt draws the sets.
    for (auto it = m_sets.rbegin(); it != m_sets.rend(); ++it)
        series->append(*it);
    series->setLabelsVisible(false);
    QStringList labels;
    for (int c = 0; c < m_rows; ++c)
        labels << d.categories[std::size_t(m_rows - 1 - c)].label;
    QValueAxis *axisX = ChartParts::valueAxis(d.valueAxis, 11);
    QBarCategoryAxis *axisY = ChartParts::categoryAxis(labels);
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries *s) {
        addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    };
    attach(series);
    overlay()->setSeries(series);
    fill(d);
    bool anySignificant = false, anyPublished = false;
    for (const ChartDescription::Series &s : d.series)
        for (const ChartDescription::Point &p : s.points) {
            anySignificant = anySignificant || (p.significant && std::isfinite(p.value));
            anyPublished = anyPublished || std::isfinite(p.reference);
        }
    if (anySignificant)
        attach(ChartParts::legendOnly(tr("✱ significant QPV gap (95%)")));
    if (anyPublished)
        attach(ChartParts::legendOnly(d.referenceName));
}

bool SharesChart::refill(const ChartDescription &d)
{
    if (m_sets.size() != d.series.size())
        return false;
    setCaption(d);
    fill(d);
    return true;
}

void SharesChart::fill(const ChartDescription &d)
{
    const int n = int(d.series.size());
    for (int k = 0; k < n; ++k) {
        QList<qreal> values;
        for (int c = 0; c < m_rows; ++c)
            values << ChartParts::orZero(d.series[std::size_t(k)].points[std::size_t(m_rows - 1 - c)].value);
        ChartParts::setValues(m_sets[std::size_t(k)], values);
    }
    // Intervals, values, ✱ and the published tick.
    overlay()->clear();
    QFont bold = ChartStyle::labelFont();
    bold.setBold(true);
    const QPen whisker(ChartStyle::textColor(), 1.2);
    for (int c = 0; c < m_rows; ++c) {
        const std::size_t i = std::size_t(m_rows - 1 - c);
        for (int k = 0; k < n; ++k) {
            const ChartDescription::Point &p = d.series[std::size_t(k)].points[i];
            const qreal y = barCentre(c, k, n);
            if (std::isfinite(p.reference)) {
                const qreal half = BarWidth / n / 2;
                overlay()->addSegment(QPointF(p.reference, y - half), QPointF(p.reference, y + half), QPen(Qt::black, 2.5));
            }
            if (!std::isfinite(p.value))
                continue;
            double end = p.value;
            if (std::isfinite(p.low) && std::isfinite(p.high)) {
                overlay()->addSegment(QPointF(p.low, y), QPointF(p.high, y), whisker, 4);
                end = std::max(end, p.high);
            }
            overlay()->addText(QPointF(end, y), d.format(p.value, d.valueAxis) + (p.significant ? QStringLiteral(" ✱") : QString()),
                               Qt::AlignLeft | Qt::AlignVCenter, QPointF(5, 0),
                               p.significant ? ChartStyle::bandColor(0).darker(115) : ChartStyle::textColor(),
                               p.significant ? bold : ChartStyle::labelFont());
        }
    }
}
