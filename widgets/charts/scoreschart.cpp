#include "scoreschart.h"

#include "bandbars.h"
#include "chartoverlay.h"
#include "chartparts.h"
#include "chartstyle.h"
#include "figure.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

constexpr int LabelLength = 40;

} // namespace

ScoresChart::ScoresChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(ChartKind::Scores, model, locale)
{
}

int ScoresChart::preferredHeight() const
{
    return int(m_pointOfCategory.size()) * 22 + 190;
}

int ScoresChart::categoryOfRow(int row) const
{
    const ChartDescription &d = description();
    if (d.series.empty())
        return -1;
    for (std::size_t c = 0; c < m_pointOfCategory.size(); ++c) {
        const int p = m_pointOfCategory[c];
        if (p >= 0 && d.series.front().points[std::size_t(p)].row == row)
            return int(c);
    }
    return -1;
}

void ScoresChart::build(const ChartDescription &d)
{
    m_bars = nullptr;
    m_previous = m_region = nullptr;
    m_pointOfCategory.clear();
    m_thresholds.clear();
    setCaption(d);
    if (d.series.empty())
        return;
    const ChartDescription::Series &score = d.series.front();
    // Top to bottom: each theme's heading, then its questions. Qt draws the
    // first category at the bottom, so the order is reversed at the end.
    QStringList labels;
    for (std::size_t i = 0; i < d.categories.size(); ++i) {
        const ChartDescription::Category &category = d.categories[i];
        if (!category.heading.isEmpty()) {
            labels << category.heading.toUpper();
            m_pointOfCategory.push_back(-1);
        }
        QString label = ChartStyle::elide(category.label, LabelLength);
        if (!std::isfinite(score.points[i].value))
            label += tr(" (n < 30)");
        labels << label;
        m_pointOfCategory.push_back(int(i));
    }
    std::reverse(labels.begin(), labels.end());
    std::reverse(m_pointOfCategory.begin(), m_pointOfCategory.end());
    const int count = int(labels.size());

    legend()->setAlignment(Qt::AlignTop); // a tall chart: the legend stays in sight
    QValueAxis *axisX = ChartParts::valueAxis(d.valueAxis, 11);
    QBarCategoryAxis *axisY = ChartParts::categoryAxis(labels);
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries *series) {
        addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };

    m_bars = createBandBars(std::vector<BandBar>(std::size_t(count)), numberLocale());
    attach(m_bars);
    connect(m_bars, &QAbstractBarSeries::hovered, this, [this](bool status, int category) {
        const int p = category >= 0 && category < int(m_pointOfCategory.size()) ? m_pointOfCategory[std::size_t(category)] : -1;
        const ChartDescription &now = description();
        const int row = p >= 0 && !now.series.empty() ? now.series.front().points[std::size_t(p)].row : -1;
        showToolTip(row, now.series.empty() ? -1 : now.series.front().column, status && row >= 0);
    });

    // Reference lines at 6 and 7: where the bands change.
    for (const ChartDescription::ReferenceLine &reference : d.lines) {
        auto *line = new QLineSeries;
        line->setName(tr("Thresholds %1 and %2").arg(numberLocale().toString(6), numberLocale().toString(7)));
        line->setPen(QPen(reference.color, 1, Qt::DashLine));
        attach(line);
        hideFromLegend(line); // the band legend already says where they are
        m_thresholds.push_back(line);
    }

    // The interval whiskers and the value labels, drawn by the overlay; an
    // empty series puts the whisker in the legend.
    auto *whiskerLegend = new QLineSeries;
    whiskerLegend->setName(tr("95% interval"));
    whiskerLegend->setPen(QPen(ChartStyle::textColor(), 1.2));
    attach(whiskerLegend);

    m_previous = new QScatterSeries;
    m_previous->setName(d.series.size() > 1 ? d.series[1].name : tr("Previous wave"));
    m_previous->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_previous->setMarkerSize(9);
    m_previous->setColor(Qt::white);
    m_previous->setBorderColor(ChartStyle::textColor());
    connect(m_previous, &QXYSeries::hovered, this, [this](const QPointF &point, bool state) {
        const ChartDescription &now = description();
        for (int i = 0; i < m_previous->count() && i < int(m_previousPoints.size()); ++i)
            if (m_previous->at(i) == point && now.series.size() > 1)
                return showToolTip(now.series[1].points[std::size_t(m_previousPoints[std::size_t(i)])].row,
                                   now.series[1].column, state);
    });
    // A landlord selected: the region's score of each question as a marker
    // beside the landlord's bar.
    if (!d.referenceName.isEmpty()) {
        m_region = new QScatterSeries;
        m_region->setName(d.referenceName);
        m_region->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        m_region->setMarkerSize(11);
        m_region->setColor(ChartStyle::textColor());
        m_region->setBorderColor(Qt::white);
    }
    overlay()->setSeries(m_bars);
    fill(d);
    attach(m_previous);
    if (m_previous->count() == 0)
        hideFromLegend(m_previous);
    if (m_region)
        attach(m_region);
    bool anySignificant = false;
    for (std::size_t i = 0; i < score.points.size(); ++i)
        anySignificant = anySignificant
                         || (score.points[i].significant && d.series.size() > 1 && std::isfinite(d.series[1].points[i].value));
    if (anySignificant)
        attach(ChartParts::legendOnly(tr("▲▼ significant change")));
}

bool ScoresChart::refill(const ChartDescription &d)
{
    if (!m_bars || !m_previous || d.series.empty() || m_thresholds.size() != d.lines.size())
        return false;
    setCaption(d);
    fill(d);
    return true;
}

void ScoresChart::fill(const ChartDescription &d)
{
    const ChartDescription::Series &score = d.series.front();
    const ChartDescription::Series *previous = d.series.size() > 1 ? &d.series[1] : nullptr;
    const int count = int(m_pointOfCategory.size());
    for (std::size_t i = 0; i < m_thresholds.size(); ++i) {
        auto *line = static_cast<QLineSeries *>(m_thresholds[i]);
        const QList<QPointF> points{QPointF(d.lines[i].value, -0.5), QPointF(d.lines[i].value, count - 0.5)};
        if (line->points() != points)
            line->replace(points);
    }
    // The bars: each in its band's set, 0 in the others.
    const QList<QBarSet *> sets = m_bars->barSets();
    const Band bands[] = {Band::Insuffisant, Band::Moyen, Band::Satisfaisant};
    for (int b = 0; b < int(sets.size()) && b < 3; ++b) {
        QList<qreal> values;
        values.reserve(count);
        for (const int p : m_pointOfCategory) {
            const ChartDescription::Point *point = p >= 0 ? &score.points[std::size_t(p)] : nullptr;
            values << (point && point->band == int(bands[b]) ? ChartParts::orZero(point->value) : 0.0);
        }
        ChartParts::setValues(sets[b], values);
    }

    // Whiskers, value labels and the markers.
    overlay()->clear();
    const QPen whiskerPen(ChartStyle::textColor(), 1.2);
    QFont font = ChartStyle::labelFont();
    font.setBold(true);
    QList<QPointF> previousPoints, regionPoints;
    m_previousPoints.clear();
    for (int c = 0; c < count; ++c) {
        const int p = m_pointOfCategory[std::size_t(c)];
        if (p < 0)
            continue;
        const ChartDescription::Point &point = score.points[std::size_t(p)];
        if (std::isfinite(point.reference))
            regionPoints << QPointF(point.reference, c);
        if (!std::isfinite(point.value))
            continue;
        if (std::isfinite(point.low) && std::isfinite(point.high))
            overlay()->addSegment(QPointF(point.low, c), QPointF(point.high, c), whiskerPen, 3);
        // The band written as well as coloured: "7,8 · satisfaisant".
        QString text = tr("%1 · %2").arg(d.format(point.value, d.valueAxis), ChartParts::bandWord(point.band));
        const double before = previous ? previous->points[std::size_t(p)].value : ChartDescription::None;
        if (std::isfinite(before)) {
            previousPoints << QPointF(before, c);
            m_previousPoints.push_back(p);
            if (point.significant)
                text += before < point.value ? QStringLiteral(" ▲") : QStringLiteral(" ▼");
        }
        // At the base of the bar, where no whisker, marker or reference line can
        // cover it (scores are never near 0), in the colour that reads on the band.
        overlay()->addText(QPointF(0, c), text, Qt::AlignLeft | Qt::AlignVCenter, QPointF(5, 0),
                           ChartStyle::textOn(ChartStyle::bandColor(point.band)), font);
    }
    if (m_previous->points() != previousPoints)
        m_previous->replace(previousPoints);
    if (m_region && m_region->points() != regionPoints)
        m_region->replace(regionPoints);
}
