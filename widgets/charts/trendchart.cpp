#include "trendchart.h"

#include "chartoverlay.h"
#include "chartparts.h"
#include "chartstyle.h"

#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

QScatterSeries *markers(const QString &name, QScatterSeries::MarkerShape shape, const QColor &fill,
                        const QColor &border, qreal size)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(shape);
    series->setMarkerSize(size);
    series->setColor(fill);
    series->setBorderColor(border);
    QPen pen(border, 1.6);
    series->setPen(pen);
    return series;
}

void setPoints(QXYSeries *series, const QList<QPointF> &points)
{
    if (series->points() != points)
        series->replace(points);
}

} // namespace

TrendChart::TrendChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(ChartKind::Trend, model, locale)
{
}

void TrendChart::build(const ChartDescription &d)
{
    m_lines.clear();
    m_thresholds.clear();
    m_significant = nullptr;
    setCaption(d);
    m_axisX = ChartParts::valueAxis(d.xAxis, 0);
    m_axisX->setGridLineVisible(false);
    m_axisY = ChartParts::valueAxis(d.valueAxis, 0);
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisY, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries *series) {
        addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    };

    // The bands' thresholds, faint, behind everything.
    for (const ChartDescription::ReferenceLine &reference : d.lines) {
        if (reference.onX)
            continue;
        auto *line = new QLineSeries;
        line->setName(tr("Thresholds %1 and %2").arg(numberLocale().toString(6), numberLocale().toString(7)));
        line->setPen(QPen(reference.color, 1, Qt::DashLine));
        attach(line);
        hideFromLegend(line);
        m_thresholds.push_back(line);
    }

    // One question: a colour per scope. Several: a colour per question, and
    // dashed lines for every scope but the latest one; read better as a
    // column than as a cut row.
    QStringList groups;
    for (const ChartDescription::Series &s : d.series)
        if (!groups.contains(s.group))
            groups << s.group;
    legend()->setAlignment(groups.size() <= 1 ? Qt::AlignBottom : Qt::AlignRight);
    static const Qt::PenStyle dashes[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    for (std::size_t si = 0; si < d.series.size(); ++si) {
        const ChartDescription::Series &s = d.series[si];
        auto *line = new QLineSeries;
        line->setName(s.name);
        line->setPen(QPen(s.color, s.secondary ? 1.8 : 2.2, dashes[std::clamp(s.dash, 0, 4)]));
        attach(line);
        // The points of the line, by origin; their legend is the generic one below.
        Line l{line, markers(QString(), QScatterSeries::MarkerShapeCircle, s.color, s.color, 9),
               markers(QString(), QScatterSeries::MarkerShapeCircle, Qt::white, s.color, 10),
               markers(QString(), QScatterSeries::MarkerShapeTriangle, Qt::white, s.color, 11)};
        for (QScatterSeries *points : {l.computed, l.published, l.illustrative}) {
            attach(points);
            hideFromLegend(points);
            connect(points, &QXYSeries::hovered, this, [this, si, points](const QPointF &p, bool state) {
                const ChartDescription &now = description();
                if (si >= now.series.size())
                    return;
                for (const ChartDescription::Point &point : now.series[si].points)
                    if (QPointF(point.x, point.value) == p)
                        return showToolTip(point.row, now.series[si].column, state);
                Q_UNUSED(points);
            });
        }
        m_lines.push_back(l);
    }

    // Significant moves: a ring around the point.
    m_significant = markers(tr("Significant change"), QScatterSeries::MarkerShapeCircle, Qt::transparent,
                            ChartStyle::textColor(), 17);
    attach(m_significant);
    overlay()->setSeries(m_significant); // always there, on the same axes as the lines
    connect(m_significant, &QXYSeries::hovered, this, [this](const QPointF &p, bool state) {
        const ChartDescription &now = description();
        for (const ChartDescription::Series &s : now.series)
            for (const ChartDescription::Point &point : s.points)
                if (point.significant && QPointF(point.x, point.value) == p)
                    return showToolTip(point.row, s.column, state);
    });

    // The legend of the markers, in black, without points.
    bool anyPublished = false, anyIllustrative = false, anyComputed = false, anySignificant = false;
    for (const ChartDescription::Series &s : d.series)
        for (const ChartDescription::Point &p : s.points) {
            anyComputed = anyComputed || !p.hollow;
            anyIllustrative = anyIllustrative || p.illustrative;
            anyPublished = anyPublished || (p.hollow && !p.illustrative);
            anySignificant = anySignificant || p.significant;
        }
    const QColor black = ChartStyle::textColor();
    if (anyComputed)
        attach(markers(tr("Computed (95% interval)"), QScatterSeries::MarkerShapeCircle, black, black, 9));
    if (anyPublished)
        attach(markers(tr("Published figure"), QScatterSeries::MarkerShapeCircle, Qt::white, black, 10));
    if (anyIllustrative)
        attach(markers(tr("Illustrative value"), QScatterSeries::MarkerShapeTriangle, Qt::white, black, 11));
    fill(d);
    if (!anySignificant)
        hideFromLegend(m_significant);
}

bool TrendChart::refill(const ChartDescription &d)
{
    if (!m_significant || m_lines.size() != d.series.size())
        return false;
    // Qt Charts leaves the old tick labels of a value axis drawn when its
    // dynamic ticks change: another range is built anew.
    if (m_axisX->min() != d.xAxis.min || m_axisX->max() != d.xAxis.max || m_axisY->min() != d.valueAxis.min
        || m_axisY->max() != d.valueAxis.max)
        return false;
    setCaption(d);
    fill(d);
    return true;
}

void TrendChart::fill(const ChartDescription &d)
{
    m_axisX->setRange(d.xAxis.min, d.xAxis.max);
    m_axisX->setTickAnchor(d.xAxis.min + 1);
    m_axisX->setTickInterval(d.xAxis.max - d.xAxis.min > 14 ? 2 : 1);
    m_axisY->setRange(d.valueAxis.min, d.valueAxis.max);
    m_axisY->setTickInterval(d.valueAxis.max - d.valueAxis.min > 4 ? 1.0 : 0.5);
    std::size_t t = 0;
    for (const ChartDescription::ReferenceLine &reference : d.lines)
        if (!reference.onX && t < m_thresholds.size())
            setPoints(m_thresholds[t++], {QPointF(d.xAxis.min, reference.value), QPointF(d.xAxis.max, reference.value)});

    overlay()->clear();
    QList<QPointF> significant;
    for (std::size_t si = 0; si < d.series.size(); ++si) {
        const ChartDescription::Series &s = d.series[si];
        QList<QPointF> line, computed, published, illustrative;
        for (const ChartDescription::Point &p : s.points) {
            const QPointF at(p.x, p.value);
            line << at;
            (!p.hollow ? computed : p.illustrative ? illustrative : published) << at;
            if (p.significant)
                significant << at;
            if (std::isfinite(p.low) && std::isfinite(p.high))
                overlay()->addSegment(QPointF(p.x, p.low), QPointF(p.x, p.high), QPen(s.color, 1.3), 4);
        }
        const Line &l = m_lines[si];
        setPoints(l.line, line);
        setPoints(l.computed, computed);
        setPoints(l.published, published);
        setPoints(l.illustrative, illustrative);
    }
    setPoints(m_significant, significant);

    // Scope changes: a dashed vertical line between two waves, captioned.
    // Left of the line in the right half, so that it is never cut; successive
    // captions step down so that they never overlap.
    int captions = 0;
    for (const ChartDescription::ReferenceLine &reference : d.lines) {
        if (!reference.onX)
            continue;
        const double x = reference.value;
        overlay()->addSegment(QPointF(x, d.valueAxis.min), QPointF(x, d.valueAxis.max),
                              QPen(reference.color, 1, Qt::DashDotLine));
        const bool right = x > (d.xAxis.min + d.xAxis.max) / 2;
        overlay()->addText(QPointF(x, d.valueAxis.max), reference.label, (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                           QPointF(right ? -4 : 4, 2 + 14 * captions++), reference.color, ChartStyle::labelFont(),
                           QColor(255, 255, 255, 200));
    }
}
