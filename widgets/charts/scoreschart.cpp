#include "scoreschart.h"

#include "bandbars.h"
#include "chartoverlay.h"
#include "chartstyle.h"
#include "figureroles.h"
#include "themescoremodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace {

constexpr int LabelLength = 40;

} // namespace

// A landlord selected: the region's score of each question as a marker
// beside the landlord's bar.
void ScoresChart::attachRegionMarkers(QAbstractItemModel *m, int count,
                                      const std::function<void(QAbstractSeries *)> &attach)
{
    auto *region = new QScatterSeries;
    region->setName(tr("Region"));
    region->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    region->setMarkerSize(11);
    region->setColor(ChartStyle::textColor());
    region->setBorderColor(Qt::white);
    for (int c = 0; c < count; ++c) {
        const int row = m_layout.rowOfCategory[std::size_t(c)];
        const QVariant value = row < 0 ? QVariant() : m->index(row, ThemeScoreModel::Regional).data(Qt::EditRole);
        if (value.isValid())
            region->append(value.toDouble(), c);
    }
    attach(region);
    m_hasRegion = region->count() > 0;
    if (!m_hasRegion)
        hideFromLegend(region);
}

bool ScoresChart::modelHasRegion() const
{
    const QAbstractItemModel *m = model();
    for (int row = 0; row < m->rowCount(); ++row)
        if (m->index(row, ThemeScoreModel::Regional).data(Qt::EditRole).isValid())
            return true;
    return false;
}

ScoresChart::ScoresChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(model, locale)
{
    rebuild();
}

int ScoresChart::preferredHeight() const
{
    return int(m_layout.rowOfCategory.size()) * 22 + 190;
}

int ScoresChart::categoryOfRow(int row) const
{
    return row >= 0 && row < int(m_layout.categoryOfRow.size()) ? m_layout.categoryOfRow[std::size_t(row)] : -1;
}

ScoresChart::Layout ScoresChart::layout() const
{
    QAbstractItemModel *m = model();
    const int rows = m->rowCount();
    Layout l;
    l.categoryOfRow.assign(std::size_t(rows), -1);
    // Top to bottom: each theme's heading, then its questions. Qt draws the
    // first category at the bottom, so the order is reversed at the end.
    QString theme;
    for (int row = 0; row < rows; ++row) {
        const QString rowTheme = m->index(row, ThemeScoreModel::Theme).data(Qt::DisplayRole).toString();
        if (row == 0 || rowTheme != theme) {
            theme = rowTheme;
            l.labels << rowTheme.toUpper();
            l.rowOfCategory.push_back(-1);
        }
        QString label = ChartStyle::elide(m->index(row, ThemeScoreModel::Question).data().toString(), LabelLength);
        if (!m->index(row, 0).data(+FigureRole::Sufficient).toBool())
            label += tr(" (n < 30)");
        l.labels << label;
        l.rowOfCategory.push_back(row);
    }
    const int count = int(l.labels.size());
    std::reverse(l.labels.begin(), l.labels.end());
    std::reverse(l.rowOfCategory.begin(), l.rowOfCategory.end());
    // Category labels must be unique; a question named like a theme gets a space.
    for (int i = 0; i < count; ++i)
        while (l.labels.indexOf(l.labels[i]) != i)
            l.labels[i] += QLatin1Char(' ');

    l.bars.resize(static_cast<std::size_t>(count));
    for (int c = 0; c < count; ++c) {
        const int row = l.rowOfCategory[std::size_t(c)];
        if (row < 0)
            continue;
        l.categoryOfRow[std::size_t(row)] = c;
        const QModelIndex index = m->index(row, ThemeScoreModel::Score);
        l.bars[std::size_t(c)] = {index.data(Qt::EditRole).toDouble(), index.data(+FigureRole::Band).toInt(),
                                  index.data(+FigureRole::Sufficient).toBool()};
        if (index.data(+FigureRole::PreviousScore).isValid())
            l.previousRows.push_back(row);
        l.anySignificant = l.anySignificant
                           || (index.data(+FigureRole::PreviousScore).isValid()
                               && index.data(+FigureRole::Significant).toBool());
    }
    return l;
}

bool ScoresChart::updateInPlace()
{
    // Same categories, markers and legend: only values, colours and labels
    // move, so the series are refilled instead of built again.
    if (!m_bars || !m_previous)
        return false;
    Layout l = layout();
    // The region's markers (a landlord selected) are drawn on a rebuild.
    if (l.labels != m_layout.labels || l.previousRows != m_layout.previousRows
        || l.anySignificant != m_layout.anySignificant || previousName() != m_previous->name()
        || m_hasRegion || modelHasRegion())
        return false;
    m_layout = std::move(l);
    const QList<QBarSet *> sets = m_bars->barSets();
    const Band bands[] = {Band::Insuffisant, Band::Moyen, Band::Satisfaisant};
    for (int i = 0; i < int(sets.size()) && i < 3; ++i) {
        QList<qreal> values;
        values.reserve(qsizetype(m_layout.bars.size()));
        for (const BandBar &bar : m_layout.bars)
            values << (bar.shown && bar.band == int(bands[i]) ? bar.value : 0.0);
        QBarSet *set = sets[i];
        bool same = set->count() == values.size();
        for (int c = 0; same && c < values.size(); ++c)
            same = set->at(c) == values[c];
        if (same)
            continue;
        set->remove(0, set->count());
        set->append(values);
    }
    setCaption(tr("Scores by question"));
    decorate();
    return true;
}

QString ScoresChart::previousName() const
{
    auto *themes = qobject_cast<ThemeScoreModel *>(model());
    const int previousYear = themes ? themes->previousYear() : 0;
    return previousYear > 0 ? tr("Score %1").arg(previousYear) : tr("Previous wave");
}

void ScoresChart::build()
{
    m_layout = layout();
    const int count = int(m_layout.labels.size());

    setCaption(tr("Scores by question"));
    legend()->setAlignment(Qt::AlignTop); // a tall chart: the legend stays in sight
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 10);
    axisX->setTickCount(11);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(tr("Score /10"));
    axisX->setLabelsFont(ChartStyle::axisFont());
    axisX->setTitleFont(ChartStyle::axisFont());
    auto *axisY = new QBarCategoryAxis;
    axisY->append(m_layout.labels);
    axisY->setLabelsFont(ChartStyle::axisFont());
    axisY->setGridLineVisible(false);
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);

    QHorizontalStackedBarSeries *barSeries = createBandBars(m_layout.bars, numberLocale());
    m_bars = barSeries;
    addSeries(barSeries);
    barSeries->attachAxis(axisX);
    barSeries->attachAxis(axisY);
    connect(barSeries, &QAbstractBarSeries::hovered, this, [this](bool status, int category) {
        const int row = category >= 0 && category < int(m_layout.rowOfCategory.size())
                            ? m_layout.rowOfCategory[std::size_t(category)] : -1;
        showToolTip(row, ThemeScoreModel::Score, status && row >= 0);
    });

    const auto attach = [&](QAbstractSeries *series) {
        addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };

    // Reference lines at 6 and 7: where the bands change.
    const QLocale numbers = numberLocale();
    for (const double threshold : {6.0, 7.0}) {
        auto *line = new QLineSeries;
        line->setName(tr("Thresholds %1 and %2").arg(numbers.toString(6), numbers.toString(7)));
        QPen pen(ChartStyle::referenceColor(), 1, Qt::DashLine);
        line->setPen(pen);
        line->append(threshold, -0.5);
        line->append(threshold, count - 0.5);
        attach(line);
        hideFromLegend(line); // the band legend already says where they are
    }

    // The interval whiskers and the value labels, drawn by the overlay; an
    // empty series puts the whisker in the legend.
    auto *whiskerLegend = new QLineSeries;
    whiskerLegend->setName(tr("95% interval"));
    whiskerLegend->setPen(QPen(ChartStyle::textColor(), 1.2));
    attach(whiskerLegend);

    auto *previous = new QScatterSeries;
    m_previous = previous;
    previous->setName(previousName());
    previous->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    previous->setMarkerSize(9);
    previous->setColor(Qt::white);
    previous->setBorderColor(ChartStyle::textColor());
    overlay()->setSeries(barSeries);
    decorate();
    attach(previous);
    if (previous->count() == 0)
        hideFromLegend(previous);
    attachRegionMarkers(model(), count, attach);
    connect(previous, &QXYSeries::hovered, this, [this, previous](const QPointF &point, bool state) {
        for (int i = 0; i < previous->count(); ++i)
            if (previous->at(i) == point)
                return showToolTip(m_layout.previousRows[std::size_t(i)], ThemeScoreModel::Previous, state);
    });
    if (m_layout.anySignificant) {
        auto *legendOnly = new QScatterSeries;
        legendOnly->setName(tr("▲▼ significant change"));
        legendOnly->setMarkerSize(1);
        legendOnly->setColor(Qt::transparent);
        legendOnly->setBorderColor(Qt::transparent);
        attach(legendOnly);
    }
}

void ScoresChart::decorate()
{
    // Whiskers, value labels and previous-wave markers from the layout's rows.
    QAbstractItemModel *m = model();
    overlay()->clear();
    const QPen whiskerPen(ChartStyle::textColor(), 1.2);
    QFont font = ChartStyle::labelFont();
    font.setBold(true);
    QList<QPointF> previousPoints;
    const int count = int(m_layout.labels.size());
    for (int c = 0; c < count; ++c) {
        const int row = m_layout.rowOfCategory[std::size_t(c)];
        if (row < 0 || !m_layout.bars[std::size_t(c)].shown)
            continue;
        const QModelIndex index = m->index(row, ThemeScoreModel::Score);
        const double score = m_layout.bars[std::size_t(c)].value;
        const double low = index.data(+FigureRole::CiLow).toDouble();
        const double high = index.data(+FigureRole::CiHigh).toDouble();
        if (std::isfinite(low) && std::isfinite(high))
            overlay()->addSegment(QPointF(low, c), QPointF(high, c), whiskerPen, 3);
        // The band written as well as coloured: "7,8 · satisfaisant".
        QString text = tr("%1 · %2").arg(index.data(Qt::DisplayRole).toString(),
                                        m->index(row, ThemeScoreModel::BandColumn).data().toString());
        const QVariant before = index.data(+FigureRole::PreviousScore);
        if (before.isValid()) {
            previousPoints << QPointF(before.toDouble(), c);
            if (index.data(+FigureRole::Significant).toBool())
                text += before.toDouble() < score ? QStringLiteral(" ▲") : QStringLiteral(" ▼");
        }
        // At the base of the bar, where no whisker, marker or reference line can
        // cover it (scores are never near 0), in the colour that reads on the band.
        const QColor bar = ChartStyle::bandColor(m_layout.bars[std::size_t(c)].band);
        overlay()->addText(QPointF(0, c), text, Qt::AlignLeft | Qt::AlignVCenter, QPointF(5, 0),
                           ChartStyle::textOn(bar), font);
    }
    // previousRows is in model order, the points in category order: sort the
    // rows the same way so that the tooltip finds its row.
    if (m_previous)
        m_previous->replace(previousPoints);
    std::vector<int> rows;
    for (const QPointF &p : std::as_const(previousPoints))
        rows.push_back(m_layout.rowOfCategory[std::size_t(p.y())]);
    m_layout.previousRows = rows;
}
