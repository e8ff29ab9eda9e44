#include "qpvchart.h"

#include "chartoverlay.h"
#include "chartparts.h"
#include "chartstyle.h"
#include "figuremodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

QpvChart::QpvChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(ChartKind::Qpv, model, locale)
{
}

int QpvChart::preferredHeight() const
{
    return m_rows * 26 + 170;
}

int QpvChart::categoryOfRow(int row) const
{
    return row >= 0 && row < m_rows ? m_rows - 1 - row : -1;
}

void QpvChart::build(const ChartDescription &d)
{
    m_qpv = m_hors = nullptr;
    m_region = nullptr;
    m_rows = int(d.categories.size());
    setCaption(d);
    if (d.series.size() < 2)
        return;
    legend()->setAlignment(Qt::AlignTop); // a tall chart: the legend stays in sight
    const ChartDescription::Series &qpv = d.series[0];
    const ChartDescription::Series &hors = d.series[1];

    QStringList labels;
    // Bottom to top in Qt; categories go top to bottom.
    for (int c = 0; c < m_rows; ++c) {
        const std::size_t i = std::size_t(m_rows - 1 - c);
        QString label = ChartStyle::elide(d.categories[i].label, 40);
        if (!std::isfinite(qpv.points[i].value) || !std::isfinite(hors.points[i].value))
            label += tr(" (n < 30)");
        labels << label;
    }
    m_qpv = new QBarSet(qpv.name);
    m_hors = new QBarSet(hors.name);
    m_qpv->setColor(qpv.color);
    m_qpv->setBorderColor(qpv.color.darker(130));
    m_hors->setColor(hors.color);
    m_hors->setBorderColor(QColor(0x80, 0x80, 0x80));
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.8);
    // Qt draws the first set at the bottom of each category: QPV on top.
    series->append(m_hors);
    series->append(m_qpv);
    series->setLabelsVisible(false); // the gap is the label here
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
    for (int k = 0; k < 2; ++k)
        connect(k == 0 ? m_qpv : m_hors, &QBarSet::hovered, this, [this, k](bool status, int c) {
            const ChartDescription &now = description();
            const std::size_t i = std::size_t(m_rows - 1 - c);
            if (now.series.size() < 2 || i >= now.series[std::size_t(k)].points.size())
                return;
            showToolTip(now.series[std::size_t(k)].points[i].row, now.series[std::size_t(k)].column, status);
        });
    overlay()->setSeries(series);
    // A landlord selected: the region's scores as markers on the bars.
    if (!d.referenceName.isEmpty()) {
        m_region = new QScatterSeries;
        m_region->setName(d.referenceName);
        m_region->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        m_region->setMarkerSize(10);
        m_region->setColor(ChartStyle::textColor());
        m_region->setBorderColor(Qt::white);
    }
    fill(d);
    if (m_region)
        attach(m_region);
    bool anySignificant = false;
    for (std::size_t i = 0; i < d.categories.size(); ++i)
        anySignificant = anySignificant || (std::isfinite(d.categories[i].difference) && qpv.points[i].significant);
    if (anySignificant)
        attach(ChartParts::legendOnly(tr("✱ significant gap (95%)")));
}

bool QpvChart::refill(const ChartDescription &d)
{
    if (!m_qpv || !m_hors)
        return false;
    setCaption(d);
    fill(d);
    return true;
}

void QpvChart::fill(const ChartDescription &d)
{
    const ChartDescription::Series &qpv = d.series[0];
    const ChartDescription::Series &hors = d.series[1];
    QList<qreal> qpvValues, horsValues;
    QList<QPointF> region;
    // Small bases are never drawn as a score: no bar.
    for (int c = 0; c < m_rows; ++c) {
        const std::size_t i = std::size_t(m_rows - 1 - c);
        qpvValues << ChartParts::orZero(qpv.points[i].value);
        horsValues << ChartParts::orZero(hors.points[i].value);
        // Two sets in 0.8 of a category: hors QPV centred 0.2 below, QPV 0.2 above.
        if (std::isfinite(qpv.points[i].reference))
            region << QPointF(qpv.points[i].reference, c + 0.2);
        if (std::isfinite(hors.points[i].reference))
            region << QPointF(hors.points[i].reference, c - 0.2);
    }
    ChartParts::setValues(m_qpv, qpvValues);
    ChartParts::setValues(m_hors, horsValues);
    if (m_region && m_region->points() != region)
        m_region->replace(region);

    overlay()->clear();
    QFont bold = ChartStyle::labelFont();
    bold.setBold(true);
    for (int c = 0; c < m_rows; ++c) {
        const std::size_t i = std::size_t(m_rows - 1 - c);
        const double gap = d.categories[i].difference;
        if (!std::isfinite(gap))
            continue;
        const bool significant = qpv.points[i].significant;
        // Clear of the bars and of the region's markers.
        double end = std::max(qpvValues[c], horsValues[c]);
        for (const double reference : {qpv.points[i].reference, hors.points[i].reference})
            if (std::isfinite(reference))
                end = std::max(end, reference + 0.08);
        const QString text = tr("gap %1").arg(signedDifference(gap, numberLocale()))
                             + (significant ? QStringLiteral(" ✱") : QString());
        overlay()->addText(QPointF(end, c), text, Qt::AlignLeft | Qt::AlignVCenter, QPointF(6, 0),
                           significant ? ChartStyle::bandColor(0).darker(115) : ChartStyle::textColor(),
                           significant ? bold : ChartStyle::labelFont());
    }
}
