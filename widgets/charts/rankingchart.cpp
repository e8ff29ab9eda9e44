#include "rankingchart.h"

#include "bandbars.h"
#include "chartoverlay.h"
#include "chartparts.h"
#include "chartstyle.h"
#include "figure.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

RankingChart::RankingChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(ChartKind::Ranking, model, locale)
{
}

int RankingChart::preferredHeight() const
{
    return m_count * 22 + 170;
}

int RankingChart::categoryOfRow(int row) const
{
    // Best on top: Qt draws category 0 at the bottom.
    const ChartDescription &d = description();
    if (d.series.empty())
        return -1;
    const auto &points = d.series.front().points;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (points[i].row == row)
            return m_count - 1 - int(i);
    return -1;
}

void RankingChart::build(const ChartDescription &d)
{
    m_bars = nullptr;
    m_ranges.clear();
    m_lines.clear();
    m_count = int(d.categories.size());
    setCaption(d);
    if (d.series.empty())
        return;
    const ChartDescription::Series &score = d.series.front();
    QStringList labels;
    for (int c = 0; c < m_count; ++c) {
        const std::size_t i = std::size_t(m_count - 1 - c);
        const QString &code = d.categories[i].label;
        labels << (score.points[i].label.isEmpty() ? code : QStringLiteral("▶ %1").arg(code));
    }

    QValueAxis *axisX = ChartParts::valueAxis(d.valueAxis, 11);
    QBarCategoryAxis *axisY = ChartParts::categoryAxis(labels);
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries *series) {
        addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };

    // The peer quartiles first, so that the bars are drawn over them.
    for (const ChartDescription::Range &range : d.ranges) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        auto *area = new QAreaSeries(upper, lower);
        m_ranges.push_back(area);
        QColor fill = range.color, border = range.color;
        fill.setAlpha(60);
        border.setAlpha(140);
        area->setColor(fill);
        area->setBorderColor(border);
        attach(area);
        // QAreaSeries does not own its lines: they go with it.
        upper->setParent(area);
        lower->setParent(area);
    }

    m_bars = createBandBars(std::vector<BandBar>(std::size_t(m_count)), numberLocale());
    attach(m_bars);
    connect(m_bars, &QAbstractBarSeries::hovered, this, [this](bool status, int category) {
        const ChartDescription &now = description();
        const std::size_t i = std::size_t(m_count - 1 - category);
        if (now.series.empty() || category < 0 || i >= now.series.front().points.size())
            return showToolTip(-1, -1, false);
        showToolTip(now.series.front().points[i].row, now.series.front().column, status);
    });

    // The region (dashed) and the peer median (dotted).
    for (const ChartDescription::ReferenceLine &reference : d.lines) {
        auto *line = new QLineSeries;
        line->setPen(reference.dotted ? QPen(reference.color, 1.5, Qt::DotLine) : QPen(reference.color, 2, Qt::DashLine));
        attach(line);
        m_lines.push_back(line);
    }
    auto *whiskerLegend = new QLineSeries;
    whiskerLegend->setName(tr("95% interval"));
    whiskerLegend->setPen(QPen(ChartStyle::textColor(), 1.2));
    attach(whiskerLegend);
    overlay()->setSeries(m_bars);
    fill(d);
}

bool RankingChart::refill(const ChartDescription &d)
{
    if (!m_bars || d.series.empty() || m_ranges.size() != d.ranges.size() || m_lines.size() != d.lines.size())
        return false;
    setCaption(d);
    fill(d);
    // The region, the median and the quartiles carry their values in the legend.
    ChartStyle::placeLegend(this);
    return true;
}

void RankingChart::fill(const ChartDescription &d)
{
    const auto setPoints = [](QLineSeries *series, const QList<QPointF> &points) {
        if (series->points() != points)
            series->replace(points);
    };
    for (std::size_t i = 0; i < m_ranges.size(); ++i) {
        const ChartDescription::Range &range = d.ranges[i];
        setPoints(m_ranges[i]->upperSeries(), {QPointF(range.from, m_count - 0.5), QPointF(range.to, m_count - 0.5)});
        setPoints(m_ranges[i]->lowerSeries(), {QPointF(range.from, -0.5), QPointF(range.to, -0.5)});
        if (m_ranges[i]->name() != range.label)
            m_ranges[i]->setName(range.label);
    }
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const ChartDescription::ReferenceLine &reference = d.lines[i];
        setPoints(m_lines[i], {QPointF(reference.value, -0.5), QPointF(reference.value, m_count - 0.5)});
        if (m_lines[i]->name() != reference.label)
            m_lines[i]->setName(reference.label);
    }
    const ChartDescription::Series &score = d.series.front();
    const QList<QBarSet *> sets = m_bars->barSets();
    const Band bands[] = {Band::Insuffisant, Band::Moyen, Band::Satisfaisant};
    for (int b = 0; b < int(sets.size()) && b < 3; ++b) {
        QList<qreal> values;
        for (int c = 0; c < m_count; ++c) {
            const ChartDescription::Point &p = score.points[std::size_t(m_count - 1 - c)];
            values << (p.band == int(bands[b]) ? ChartParts::orZero(p.value) : 0.0);
        }
        ChartParts::setValues(sets[b], values);
    }
    overlay()->clear();
    const QPen whiskerPen(ChartStyle::textColor(), 1.2);
    QFont bold = ChartStyle::labelFont();
    bold.setBold(true);
    for (int c = 0; c < m_count; ++c) {
        const ChartDescription::Point &p = score.points[std::size_t(m_count - 1 - c)];
        if (std::isfinite(p.low) && std::isfinite(p.high))
            overlay()->addSegment(QPointF(p.low, c), QPointF(p.high, c), whiskerPen, 3);
        if (!p.label.isEmpty()) // the selected landlord
            overlay()->addRect(QPointF(0, c - 0.42), QPointF(p.value, c + 0.42), QPen(ChartStyle::textColor(), 2.5));
        // At the base of the bar: clear of the whiskers, the regional line and the quartiles.
        overlay()->addText(QPointF(0, c), d.format(p.value, d.valueAxis), Qt::AlignLeft | Qt::AlignVCenter,
                           QPointF(5, 0), ChartStyle::textOn(ChartStyle::bandColor(p.band)), bold);
    }
}
