// Builders of the bar charts: themes, QPV, ranking.
#include "chartbuilders.h"

#include "chartpalette.h"
#include "codebook.h"
#include "figureengine.h"
#include "qpvcomparisonmodel.h"
#include "rankingmodel.h"
#include "themescoremodel.h"

#include <QCoreApplication>

#include <cmath>

namespace {

ChartDescription::Point scorePoint(const ScoreFigure &f, int row)
{
    ChartDescription::Point p;
    p.row = row;
    p.band = int(f.sufficient() ? f.band : Band::EffectifInsuffisant);
    p.color = ChartPalette::bandColor(p.band);
    if (!f.sufficient())
        return p;
    p.value = displayedScore(f.score);
    if (std::isfinite(f.ciLow) && std::isfinite(f.ciHigh)) {
        p.low = f.ciLow;
        p.high = f.ciHigh;
    }
    return p;
}

void scoreAxis(ChartDescription &d)
{
    d.valueAxis.title = QCoreApplication::translate("ScoresChart", "Score /10");
    d.valueAxis.min = 0;
    d.valueAxis.max = 10;
    d.valueAxis.decimals = 1;
}

void thresholds(ChartDescription &d)
{
    for (const double threshold : {6.0, 7.0})
        d.lines.push_back({threshold, false, d.locale.toString(threshold, 'f', 0), ChartPalette::referenceColor()});
}

} // namespace

namespace ChartBuilders {

void scores(const ThemeScoreModel &model, ChartDescription &d)
{
    d.shape = ChartDescription::Shape::Bars;
    d.title = QCoreApplication::translate("ScoresChart", "Scores by question");
    scoreAxis(d);
    thresholds(d);
    ChartDescription::Series score{QCoreApplication::translate("ChartDescription", "Score"), ChartPalette::seriesColor(0), {}, false};
    ChartDescription::Series previous{model.previousYear() > 0
                                          ? QCoreApplication::translate("ScoresChart", "Score %1").arg(model.previousYear())
                                          : QCoreApplication::translate("ScoresChart", "Previous wave"),
                                      QColor(0xB8, 0xB8, 0xB8), {}, false};
    score.column = ThemeScoreModel::Score;
    previous.column = ThemeScoreModel::Previous;
    QString theme;
    bool first = true;
    int r = 0;
    for (const ThemeScoreModel::Row &row : model.rowData()) {
        ChartDescription::Category category{row.label, QString()};
        if (first || row.theme != theme) {
            category.heading = ThemeScoreModel::themeName(row.theme);
            theme = row.theme;
            first = false;
        }
        d.categories.push_back(category);
        ChartDescription::Point p = scorePoint(row.figure, r);
        p.significant = row.changeSignificant.value_or(false);
        if (row.regional) {
            p.reference = *row.regional;
            d.referenceName = QCoreApplication::translate("ScoresChart", "Region");
        }
        score.points.push_back(p);
        ChartDescription::Point before;
        before.row = r;
        if (row.previous)
            before.value = displayedScore(*row.previous);
        previous.points.push_back(before);
        ++r;
    }
    d.series.push_back(std::move(score));
    if (model.previousYear() > 0)
        d.series.push_back(std::move(previous));
}

void qpv(const QpvComparisonModel &model, ChartDescription &d)
{
    d.shape = ChartDescription::Shape::Bars;
    d.title = QCoreApplication::translate("QpvChart", "QPV and outside QPV");
    scoreAxis(d);
    thresholds(d);
    ChartDescription::Series qpv{QCoreApplication::translate("ChartDocument", "QPV"), ChartPalette::seriesColor(0), {}, false};
    ChartDescription::Series hors{QCoreApplication::translate("ChartDocument", "outside QPV"), QColor(0xB8, 0xB8, 0xB8), {}, false};
    qpv.column = QpvComparisonModel::QpvScore;
    hors.column = QpvComparisonModel::HorsQpvScore;
    int r = 0;
    for (const QpvComparisonModel::Row &row : model.rowData()) {
        ChartDescription::Category category{row.label, QString()};
        if (const std::optional<double> gap = row.gap())
            category.difference = *gap;
        d.categories.push_back(category);
        ChartDescription::Point q = scorePoint(row.qpv, r);
        ChartDescription::Point h = scorePoint(row.horsQpv, r);
        q.color = qpv.color;
        h.color = hors.color;
        q.significant = row.significant.value_or(false);
        // A landlord selected: the region's scores as markers on the bars.
        if (row.regionQpv)
            q.reference = *row.regionQpv;
        if (row.regionHorsQpv)
            h.reference = *row.regionHorsQpv;
        if (row.regionQpv || row.regionHorsQpv)
            d.referenceName = QCoreApplication::translate("QpvChart", "Region");
        qpv.points.push_back(q);
        hors.points.push_back(h);
        ++r;
    }
    d.series.push_back(std::move(qpv));
    d.series.push_back(std::move(hors));
}

void ranking(const RankingModel &model, ChartDescription &d)
{
    d.shape = ChartDescription::Shape::Bars;
    QString question = model.questionCode();
    if (FigureEngine *engine = model.engine()) {
        const Codebook &codebook = engine->codebook();
        const Question *q = question.isEmpty() ? codebook.globalQuestion() : codebook.find(question);
        if (q)
            question = q->label(model.selection()->language());
    }
    d.title = question.isEmpty() ? QCoreApplication::translate("RankingChart", "Landlords") : QCoreApplication::translate("RankingChart", "Landlords: %1").arg(question);
    scoreAxis(d);
    const Ranking &figures = model.ranking();
    const QString selected = model.selection()->landlord();
    ChartDescription::Series score{QCoreApplication::translate("ChartDescription", "Score"), ChartPalette::seriesColor(0), {}, false};
    score.column = RankingModel::Score;
    // Sufficient landlords only, best first: the others have no score to show.
    int r = -1;
    for (const LandlordRank &l : figures.landlords) {
        ++r;
        if (!l.figure.sufficient())
            continue;
        d.categories.push_back({l.code, QString()});
        ChartDescription::Point p = scorePoint(l.figure, r);
        p.significant = l.differsFromRest.value_or(false);
        if (l.code == selected)
            p.label = l.code;
        score.points.push_back(p);
    }
    d.series.push_back(std::move(score));
    const QLocale &n = d.locale;
    if (figures.regional.sufficient())
        d.lines.push_back({displayedScore(figures.regional.score), false,
                           QCoreApplication::translate("RankingChart", "Region: %1").arg(formatScore(figures.regional.score, n)),
                           ChartPalette::textColor()});
    if (figures.peerCount > 0 && std::isfinite(figures.peerMedian))
        d.lines.push_back({figures.peerMedian, false,
                           QCoreApplication::translate("RankingChart", "Peer median: %1").arg(formatScore(figures.peerMedian, n)),
                           QColor(0x00, 0x72, 0xB2), true});
    if (figures.peerCount > 0 && std::isfinite(figures.peerQ1) && std::isfinite(figures.peerQ3))
        d.ranges.push_back({figures.peerQ1, figures.peerQ3,
                            QCoreApplication::translate("RankingChart", "Peer quartiles %1–%2")
                                .arg(formatScore(figures.peerQ1, n), formatScore(figures.peerQ3, n)),
                            QColor(0x56, 0xB4, 0xE9)});
}

} // namespace ChartBuilders
