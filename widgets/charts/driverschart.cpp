#include "driverschart.h"

#include "chartoverlay.h"
#include "chartparts.h"
#include "chartstyle.h"

#include <QLegend>
#include <QLineF>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace {

// Shape as well as colour, so that the quadrant reads without colour; in
// the description's order: priority levers, key strengths, minor
// weaknesses, minor strengths.
const QScatterSeries::MarkerShape quadrantShapes[] = {
    QScatterSeries::MarkerShapeRotatedRectangle, QScatterSeries::MarkerShapeCircle,
    QScatterSeries::MarkerShapeTriangle, QScatterSeries::MarkerShapeRectangle};

void setPoints(QXYSeries *series, const QList<QPointF> &points)
{
    if (series->points() != points)
        series->replace(points);
}

} // namespace

DriversChart::DriversChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(ChartKind::Drivers, model, locale)
{
}

void DriversChart::build(const ChartDescription &d)
{
    m_points.clear();
    m_vertical = m_horizontal = nullptr;
    setCaption(d);
    m_axisX = ChartParts::valueAxis(d.xAxis, 0);
    m_axisY = ChartParts::valueAxis(d.valueAxis, 0, 0.5);
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisY, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries *series) {
        addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    };

    // The medians: one legend entry for the two lines.
    for (const ChartDescription::ReferenceLine &reference : d.lines) {
        auto *line = new QLineSeries;
        line->setPen(QPen(reference.color, 1.2, Qt::DashLine));
        attach(line);
        if (reference.onX) {
            m_vertical = line;
            overlay()->setSeries(line);
        } else {
            hideFromLegend(line);
            m_horizontal = line;
        }
    }

    for (std::size_t si = 0; si < d.series.size(); ++si) {
        const ChartDescription::Series &s = d.series[si];
        auto *points = new QScatterSeries;
        points->setName(s.name);
        points->setMarkerShape(quadrantShapes[si % 4]);
        points->setMarkerSize(si == 0 ? 13 : 10);
        points->setColor(s.color);
        points->setBorderColor(s.color.darker(140));
        attach(points);
        if (si == 0)
            overlay()->setSeries(points); // always attached, even when empty
        // The question's name on hover. The signal gives where the mouse is,
        // not the point's exact value: the point nearest to it.
        connect(points, &QXYSeries::hovered, this, [this, points, si](const QPointF &p, bool state) {
            const QPointF mouse = mapToPosition(p, points);
            int nearest = -1;
            qreal distance = 0;
            for (int i = 0; i < points->count(); ++i) {
                const qreal dist = QLineF(mapToPosition(points->at(i), points), mouse).length();
                if (nearest < 0 || dist < distance) {
                    nearest = i;
                    distance = dist;
                }
            }
            const ChartDescription &now = description();
            if (nearest >= 0 && si < now.series.size() && nearest < int(now.series[si].points.size()))
                showToolTip(now.series[si].points[std::size_t(nearest)].row, now.series[si].column, state);
        });
        m_points.push_back(points);
    }
    fill(d);
}

bool DriversChart::refill(const ChartDescription &d)
{
    if (m_points.size() != d.series.size())
        return false;
    // Qt Charts leaves the old tick labels of a value axis drawn when its
    // dynamic ticks change: another range is built anew.
    if (m_axisX->min() != d.xAxis.min || m_axisX->max() != d.xAxis.max || m_axisY->min() != d.valueAxis.min
        || m_axisY->max() != d.valueAxis.max)
        return false;
    setCaption(d);
    fill(d);
    ChartStyle::placeLegend(this); // the medians' values are in the legend
    return true;
}

void DriversChart::fill(const ChartDescription &d)
{
    m_axisX->setRange(d.xAxis.min, d.xAxis.max);
    m_axisX->setTickInterval(d.xAxis.max - d.xAxis.min > 0.5 ? 0.1 : 0.05);
    m_axisY->setRange(d.valueAxis.min, d.valueAxis.max);
    for (const ChartDescription::ReferenceLine &reference : d.lines) {
        if (reference.onX && m_vertical) {
            setPoints(m_vertical, {QPointF(reference.value, d.valueAxis.min), QPointF(reference.value, d.valueAxis.max)});
            if (m_vertical->name() != reference.label)
                m_vertical->setName(reference.label);
        }
        else if (!reference.onX && m_horizontal)
            setPoints(m_horizontal, {QPointF(d.xAxis.min, reference.value), QPointF(d.xAxis.max, reference.value)});
    }
    overlay()->clear();
    for (std::size_t si = 0; si < d.series.size(); ++si) {
        QList<QPointF> points;
        QFont font = ChartStyle::labelFont();
        font.setBold(si == 0);
        for (const ChartDescription::Point &p : d.series[si].points) {
            points << QPointF(p.x, p.value);
            overlay()->addPointLabel(QPointF(p.x, p.value), p.label, ChartStyle::textColor(), font);
        }
        setPoints(m_points[si], points);
    }

    // Quadrant captions in the plot corners.
    QFont caption = ChartStyle::axisFont();
    caption.setBold(true);
    caption.setItalic(true);
    const struct { QPointF at; Qt::Alignment alignment; QPointF offset; } corners[] = {
        {QPointF(d.xAxis.max, d.valueAxis.min), Qt::AlignRight | Qt::AlignBottom, QPointF(-6, -4)},
        {QPointF(d.xAxis.max, d.valueAxis.max), Qt::AlignRight | Qt::AlignTop, QPointF(-6, 4)},
        {QPointF(d.xAxis.min, d.valueAxis.min), Qt::AlignLeft | Qt::AlignBottom, QPointF(6, -4)},
        {QPointF(d.xAxis.min, d.valueAxis.max), Qt::AlignLeft | Qt::AlignTop, QPointF(6, 4)},
    };
    for (std::size_t si = 0; si < d.series.size() && si < 4; ++si)
        overlay()->addText(corners[si].at, d.series[si].name, corners[si].alignment, corners[si].offset,
                           d.series[si].color.darker(130), caption);
}
