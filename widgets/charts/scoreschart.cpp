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

constexpr int LabelLength = 46;

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
        const int row = m_rowOfCategory[std::size_t(c)];
        const QVariant value = row < 0 ? QVariant() : m->index(row, ThemeScoreModel::Regional).data(Qt::EditRole);
        if (value.isValid())
            region->append(value.toDouble(), c);
    }
    attach(region);
    if (region->count() == 0)
        hideFromLegend(region);
}

ScoresChart::ScoresChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(model, locale)
{
    rebuild();
}

int ScoresChart::preferredHeight() const
{
    return int(m_rowOfCategory.size()) * 22 + 190;
}

int ScoresChart::categoryOfRow(int row) const
{
    return row >= 0 && row < int(m_categoryOfRow.size()) ? m_categoryOfRow[std::size_t(row)] : -1;
}

void ScoresChart::build()
{
    QAbstractItemModel *m = model();
    const int rows = m->rowCount();
    const QLocale numbers = numberLocale();
    m_categoryOfRow.assign(std::size_t(rows), -1);
    m_rowOfCategory.clear();

    // Top to bottom: each theme's heading, then its questions. Qt draws the
    // first category at the bottom, so the order is reversed at the end.
    QStringList labels;
    QString theme;
    for (int row = 0; row < rows; ++row) {
        const QString rowTheme = m->index(row, ThemeScoreModel::Theme).data(Qt::DisplayRole).toString();
        if (row == 0 || rowTheme != theme) {
            theme = rowTheme;
            labels << rowTheme.toUpper();
            m_rowOfCategory.push_back(-1);
        }
        QString label = ChartStyle::elide(m->index(row, ThemeScoreModel::Question).data().toString(), LabelLength);
        if (!m->index(row, 0).data(+FigureRole::Sufficient).toBool())
            label += tr(" (n < 30)");
        labels << label;
        m_rowOfCategory.push_back(row);
    }
    const int count = int(labels.size());
    std::reverse(labels.begin(), labels.end());
    std::reverse(m_rowOfCategory.begin(), m_rowOfCategory.end());
    // Category labels must be unique; a question named like a theme gets a space.
    for (int i = 0; i < count; ++i)
        while (labels.indexOf(labels[i]) != i)
            labels[i] += QLatin1Char(' ');

    std::vector<BandBar> bars(static_cast<std::size_t>(count));
    for (int c = 0; c < count; ++c) {
        const int row = m_rowOfCategory[std::size_t(c)];
        if (row < 0)
            continue;
        m_categoryOfRow[std::size_t(row)] = c;
        const QModelIndex index = m->index(row, ThemeScoreModel::Score);
        bars[std::size_t(c)] = {index.data(Qt::EditRole).toDouble(), index.data(+FigureRole::Band).toInt(),
                                index.data(+FigureRole::Sufficient).toBool()};
    }

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
    axisY->append(labels);
    axisY->setLabelsFont(ChartStyle::axisFont());
    axisY->setGridLineVisible(false);
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);

    QHorizontalStackedBarSeries *barSeries = createBandBars(bars, numbers);
    addSeries(barSeries);
    barSeries->attachAxis(axisX);
    barSeries->attachAxis(axisY);
    connect(barSeries, &QAbstractBarSeries::hovered, this, [this](bool status, int category) {
        const int row = category >= 0 && category < int(m_rowOfCategory.size())
                            ? m_rowOfCategory[std::size_t(category)] : -1;
        showToolTip(row, ThemeScoreModel::Score, status && row >= 0);
    });

    const auto attach = [&](QAbstractSeries *series) {
        addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };

    // Reference lines at 6 and 7: where the bands change.
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
    const int previousYear = [m] {
        auto *themes = qobject_cast<ThemeScoreModel *>(m);
        return themes ? themes->previousYear() : 0;
    }();
    previous->setName(previousYear > 0 ? tr("Score %1").arg(previousYear) : tr("Previous wave"));
    previous->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    previous->setMarkerSize(9);
    previous->setColor(Qt::white);
    previous->setBorderColor(ChartStyle::textColor());
    std::vector<int> previousRows;

    overlay()->setSeries(barSeries);
    const QPen whiskerPen(ChartStyle::textColor(), 1.2);
    QFont font = ChartStyle::labelFont();
    font.setBold(true);
    bool anySignificant = false;
    for (int c = 0; c < count; ++c) {
        const int row = m_rowOfCategory[std::size_t(c)];
        if (row < 0 || !bars[std::size_t(c)].shown)
            continue;
        const QModelIndex index = m->index(row, ThemeScoreModel::Score);
        const double score = bars[std::size_t(c)].value;
        const double low = index.data(+FigureRole::CiLow).toDouble();
        const double high = index.data(+FigureRole::CiHigh).toDouble();
        if (std::isfinite(low) && std::isfinite(high))
            overlay()->addSegment(QPointF(low, c), QPointF(high, c), whiskerPen, 3);
        // The band written as well as coloured: "7,8 · satisfaisant".
        QString text = tr("%1 · %2").arg(index.data(Qt::DisplayRole).toString(),
                                        m->index(row, ThemeScoreModel::BandColumn).data().toString());
        const QVariant significant = index.data(+FigureRole::Significant);
        const QVariant before = index.data(+FigureRole::PreviousScore);
        if (before.isValid()) {
            previous->append(before.toDouble(), c);
            previousRows.push_back(row);
            if (significant.toBool()) {
                text += before.toDouble() < score ? QStringLiteral(" ▲") : QStringLiteral(" ▼");
                anySignificant = true;
            }
        }
        // At the base of the bar, where no whisker, marker or reference line can
        // cover it (scores are never near 0), in the colour that reads on the band.
        const QColor bar = ChartStyle::bandColor(bars[std::size_t(c)].band);
        overlay()->addText(QPointF(0, c), text, Qt::AlignLeft | Qt::AlignVCenter, QPointF(5, 0),
                           ChartStyle::textOn(bar), font);
    }
    attach(previous);
    if (previous->count() == 0)
        hideFromLegend(previous);
    attachRegionMarkers(m, count, attach);
    connect(previous, &QXYSeries::hovered, this, [this, previousRows, previous](const QPointF &point, bool state) {
        for (int i = 0; i < previous->count(); ++i)
            if (previous->at(i) == point)
                return showToolTip(previousRows[std::size_t(i)], ThemeScoreModel::Previous, state);
    });
    if (anySignificant) {
        auto *legendOnly = new QScatterSeries;
        legendOnly->setName(tr("▲▼ significant change"));
        legendOnly->setMarkerSize(1);
        legendOnly->setColor(Qt::transparent);
        legendOnly->setBorderColor(Qt::transparent);
        attach(legendOnly);
    }
}
