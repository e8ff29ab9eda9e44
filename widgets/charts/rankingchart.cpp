#include "rankingchart.h"

#include "bandbars.h"
#include "chartoverlay.h"
#include "chartstyle.h"
#include "figureengine.h"
#include "figureroles.h"
#include "rankingmodel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

RankingChart::RankingChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(model, locale)
{
    rebuild();
}

int RankingChart::preferredHeight() const
{
    return int(m_rowOfCategory.size()) * 22 + 170;
}

int RankingChart::categoryOfRow(int row) const
{
    const auto it = std::find(m_rowOfCategory.begin(), m_rowOfCategory.end(), row);
    return it == m_rowOfCategory.end() ? -1 : int(it - m_rowOfCategory.begin());
}

void RankingChart::build()
{
    m_rowOfCategory.clear();
    auto *ranking = qobject_cast<RankingModel *>(model());
    if (!ranking)
        return;
    const QLocale numbers = numberLocale();
    QString question = ranking->questionCode();
    if (FigureEngine *engine = ranking->engine()) {
        const Codebook &codebook = engine->codebook();
        const ::Question *q = question.isEmpty() ? codebook.globalQuestion() : codebook.find(question);
        if (q)
            question = q->label(ranking->selection()->language());
    }
    setCaption(question.isEmpty() ? tr("Landlords") : tr("Landlords: %1").arg(question));

    // Best on top: Qt draws category 0 at the bottom, so walk the rows backwards.
    const int rows = ranking->rowCount();
    QStringList labels;
    std::vector<BandBar> bars;
    for (int row = rows - 1; row >= 0; --row) {
        const QModelIndex score = ranking->index(row, RankingModel::Score);
        if (!score.data(+FigureRole::Sufficient).toBool())
            continue;
        const bool selected = score.data(+FigureRole::Selected).toBool();
        const QString code = ranking->index(row, RankingModel::Landlord).data().toString();
        labels << (selected ? QStringLiteral("▶ %1").arg(code) : code);
        bars.push_back({score.data(Qt::EditRole).toDouble(), score.data(+FigureRole::Band).toInt(), true});
        m_rowOfCategory.push_back(row);
    }
    const int count = int(labels.size());

    const Ranking &figures = ranking->ranking();
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
    const auto attach = [&](QAbstractSeries *series) {
        addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };

    // The peer quartiles first, so that the bars are drawn over them.
    if (figures.peerCount > 0 && std::isfinite(figures.peerQ1) && std::isfinite(figures.peerQ3)) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append(figures.peerQ1, count - 0.5);
        upper->append(figures.peerQ3, count - 0.5);
        lower->append(figures.peerQ1, -0.5);
        lower->append(figures.peerQ3, -0.5);
        auto *quartiles = new QAreaSeries(upper, lower);
        quartiles->setName(tr("Peer quartiles %1–%2")
                               .arg(formatScore(figures.peerQ1, numbers), formatScore(figures.peerQ3, numbers)));
        quartiles->setColor(QColor(0x56, 0xB4, 0xE9, 60));
        quartiles->setBorderColor(QColor(0x56, 0xB4, 0xE9, 140));
        attach(quartiles);
        // QAreaSeries does not own its lines: they go with it.
        upper->setParent(quartiles);
        lower->setParent(quartiles);
    }

    QHorizontalStackedBarSeries *barSeries = createBandBars(bars, numbers);
    attach(barSeries);
    connect(barSeries, &QAbstractBarSeries::hovered, this, [this](bool status, int category) {
        const int row = category >= 0 && category < int(m_rowOfCategory.size())
                            ? m_rowOfCategory[std::size_t(category)] : -1;
        showToolTip(row, RankingModel::Score, status && row >= 0);
    });

    if (figures.regional.sufficient()) {
        auto *region = new QLineSeries;
        region->setName(tr("Region: %1").arg(formatScore(figures.regional.score, numbers)));
        region->setPen(QPen(ChartStyle::textColor(), 2, Qt::DashLine));
        region->append(figures.regional.score, -0.5);
        region->append(figures.regional.score, count - 0.5);
        attach(region);
    }
    if (figures.peerCount > 0 && std::isfinite(figures.peerMedian)) {
        auto *median = new QLineSeries;
        median->setName(tr("Peer median: %1").arg(formatScore(figures.peerMedian, numbers)));
        median->setPen(QPen(QColor(0x00, 0x72, 0xB2), 1.5, Qt::DotLine));
        median->append(figures.peerMedian, -0.5);
        median->append(figures.peerMedian, count - 0.5);
        attach(median);
    }
    auto *whiskerLegend = new QLineSeries;
    whiskerLegend->setName(tr("95% interval"));
    whiskerLegend->setPen(QPen(ChartStyle::textColor(), 1.2));
    attach(whiskerLegend);

    overlay()->setSeries(barSeries);
    const QPen whiskerPen(ChartStyle::textColor(), 1.2);
    QFont bold = ChartStyle::labelFont();
    bold.setBold(true);
    for (int c = 0; c < count; ++c) {
        const int row = m_rowOfCategory[std::size_t(c)];
        const QModelIndex index = ranking->index(row, RankingModel::Score);
        const double score = bars[std::size_t(c)].value;
        const double low = index.data(+FigureRole::CiLow).toDouble();
        const double high = index.data(+FigureRole::CiHigh).toDouble();
        if (std::isfinite(low) && std::isfinite(high))
            overlay()->addSegment(QPointF(low, c), QPointF(high, c), whiskerPen, 3);
        const bool selected = index.data(+FigureRole::Selected).toBool();
        if (selected)
            overlay()->addRect(QPointF(0, c - 0.42), QPointF(score, c + 0.42), QPen(ChartStyle::textColor(), 2.5));
        // At the base of the bar: clear of the whiskers, the regional line and the quartiles.
        overlay()->addText(QPointF(0, c), index.data(Qt::DisplayRole).toString(), Qt::AlignLeft | Qt::AlignVCenter,
                           QPointF(5, 0), ChartStyle::textOn(ChartStyle::bandColor(bars[std::size_t(c)].band)), bold);
    }
}
