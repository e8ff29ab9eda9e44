// Builders of the other charts: trends (lines), levers (scatter),
// distributions (100 % stacked bars).
#include "chartbuilders.h"

#include "chartpalette.h"
#include "codebook.h"
#include "distributionmodel.h"
#include "driversmodel.h"
#include "figureengine.h"
#include "figureselection.h"
#include "segmentnames.h"
#include "trendmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

QColor quadrantColor(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::PriorityLever: return QColor(0xD5, 0x5E, 0x00);
    case Quadrant::KeyStrength: return QColor(0x00, 0x9E, 0x73);
    case Quadrant::MinorWeakness: return QColor(0xE6, 0x9F, 0x00);
    case Quadrant::MinorStrength: return QColor(0x56, 0xB4, 0xE9);
    case Quadrant::Unclassified: break;
    }
    return QColor(0xA0, 0xA0, 0xA0);
}

} // namespace

namespace ChartBuilders {

void trend(const TrendModel &model, ChartDescription &d)
{
    d.shape = ChartDescription::Shape::Lines;
    const auto &rows = model.rowData();
    // The earliest year of any line (a landlord's view lists the landlord's first).
    int firstYear = rows.empty() ? 2004 : 9999;
    for (const TrendModel::Row &row : rows)
        firstYear = std::min(firstYear, row.point.year);
    d.title = QCoreApplication::translate("TrendChart", "Scores since %1").arg(firstYear);
    // The lines are named by scope: the title says which question.
    const Codebook &codebook = model.engine()->codebook();
    QStringList codes = model.questionCodes();
    if (codes.isEmpty() && codebook.globalQuestion())
        codes << codebook.globalQuestion()->code;
    QStringList labels;
    for (const QString &code : std::as_const(codes))
        if (const Question *q = codebook.find(code))
            labels << q->label(model.selection()->language());
    if (!labels.isEmpty())
        d.title = QCoreApplication::translate("ChartDocument", "%1: %2").arg(d.title, labels.join(QLatin1String(", ")));

    // The trend follows the landlord, QPV and segment filters, not the wave: say which.
    const FigureSelection *selection = model.selection();
    QStringList scope;
    scope << (selection->landlord().isEmpty() ? QCoreApplication::translate("FigureModel", "all landlords")
                                              : QCoreApplication::translate("FigureModel", "landlord %1").arg(selection->landlord()));
    if (selection->qpvFilter() == FigureSelection::QpvFilter::Qpv)
        scope << QCoreApplication::translate("FigureModel", "QPV tenants");
    else if (selection->qpvFilter() == FigureSelection::QpvFilter::HorsQpv)
        scope << QCoreApplication::translate("FigureModel", "tenants outside QPV");
    if (!selection->segmentColumn().isEmpty())
        scope << QCoreApplication::translate("FigureModel", "%1: %2", "segment filter")
                     .arg(segmentDisplayName(selection->segmentColumn(), selection->language()), selection->segmentValue());
    bool demo = false;
    for (const TrendModel::Row &row : rows)
        demo = demo || row.illustrative;
    if (demo)
        scope << QCoreApplication::translate("FigureModel", "demo data");
    d.subtitle = scope.join(QStringLiteral(" · "));

    d.valueAxis.title = QCoreApplication::translate("TrendChart", "Score /10");
    d.valueAxis.decimals = 1;
    d.xAxis.decimals = 0;
    int first = 9999, last = 0;
    double low = 10, high = 0;
    QStringList scopes, questions;
    std::map<std::pair<QString, QString>, int> linesOf; // (code, landlord) → lines
    for (const TrendModel::Series &s : model.series()) {
        if (!scopes.contains(s.scope))
            scopes << s.scope;
        if (!questions.contains(s.code))
            questions << s.code;
        ++linesOf[{s.code, s.landlord}];
    }
    const bool oneQuestion = questions.size() <= 1;
    const QString landlord = model.selection()->landlord();
    const QString latestScope = rows.empty() ? QString() : rows.back().point.scope;
    for (const TrendModel::Series &s : model.series()) {
        // A landlord's view: its lines named after it, the region's in grey beside them.
        const bool region = !landlord.isEmpty() && s.landlord.isEmpty();
        const int colour = int(oneQuestion ? scopes.indexOf(s.scope) : questions.indexOf(s.code));
        QString name = oneQuestion ? s.scope : QCoreApplication::translate("TrendChart", "%1 · %2").arg(s.code, s.scope);
        if (!landlord.isEmpty()) {
            const QString group = region ? QCoreApplication::translate("TrendChart", "Region") : s.landlord;
            const QString withScope = linesOf[{s.code, s.landlord}] > 1
                                          ? QCoreApplication::translate("TrendChart", "%1 (%2)").arg(group, s.scope)
                                          : group;
            name = oneQuestion ? withScope : QCoreApplication::translate("TrendChart", "%1 · %2").arg(s.code, withScope);
        }
        ChartDescription::Series line{name, region ? QColor(0x80, 0x80, 0x80) : ChartPalette::seriesColor(colour), {}, false};
        line.column = TrendModel::Score;
        line.group = s.code;
        line.secondary = region;
        // Older scopes of a question told apart by their dashes.
        const int older = int(scopes.indexOf(s.scope)) - (scopes.indexOf(latestScope) < scopes.indexOf(s.scope));
        line.dash = region ? 1 : oneQuestion || s.scope == latestScope ? 0 : 1 + older % 4;
        for (const int r : s.rows) {
            const TrendModel::Row &row = rows[std::size_t(r)];
            const TrendPoint &tp = row.point;
            ChartDescription::Point p;
            p.row = r;
            p.x = tp.year;
            p.value = tp.score;
            if (tp.ciLow && tp.ciHigh) {
                p.low = *tp.ciLow;
                p.high = *tp.ciHigh;
            }
            p.hollow = tp.published;
            p.illustrative = tp.published && row.illustrative;
            p.significant = tp.diffSignificant.value_or(false);
            if (line.points.empty())
                line.breakBefore = tp.scopeBreakBefore;
            first = std::min(first, tp.year);
            last = std::max(last, tp.year);
            low = std::min(low, std::isfinite(p.low) ? p.low : p.value);
            high = std::max(high, std::isfinite(p.high) ? p.high : p.value);
            line.points.push_back(p);
        }
        d.series.push_back(std::move(line));
    }
    if (first > last) {
        first = last = firstYear;
        low = 5;
        high = 9;
    }
    d.xAxis.min = first - 1;
    d.xAxis.max = last + 1;
    d.valueAxis.min = std::max(0.0, std::floor(std::min(low, 6.0) - 0.5));
    d.valueAxis.max = std::min(10.0, std::ceil(std::max(high, 7.0) + 0.5));
    for (const double threshold : {6.0, 7.0})
        d.lines.push_back({threshold, false, d.locale.toString(threshold, 'f', 0), QColor(0xB0, 0xB0, 0xB0)});
    // Scope changes: a vertical line between two waves where the whole trend
    // changes scope (every point of that year starts a new line, as
    // Hauts-de-France in 2020); a lone published figure of another scope
    // among continuing lines is no such change.
    std::map<int, std::pair<bool, QString>> years; // year → (all points break, scope)
    for (const TrendModel::Row &row : rows) {
        auto [it, inserted] = years.try_emplace(row.point.year, row.point.scopeBreakBefore, row.point.scope);
        if (!inserted)
            it->second.first = it->second.first && row.point.scopeBreakBefore;
    }
    int previousYear = 0;
    for (const auto &[year, change] : years) {
        if (previousYear > 0 && change.first)
            d.lines.push_back({(previousYear + year) / 2.0, true,
                               QCoreApplication::translate("TrendChart", "scope: %1").arg(change.second),
                               ChartPalette::referenceColor()});
        previousYear = year;
    }
}

void drivers(const DriversModel &model, ChartDescription &d)
{
    d.shape = ChartDescription::Shape::Scatter;
    d.title = QCoreApplication::translate("DriversChart", "Improvement levers");
    d.valueAxis.title = QCoreApplication::translate("DriversChart", "Score /10");
    d.xAxis.title = QCoreApplication::translate("DriversChart", "Importance: correlation with overall satisfaction");
    d.xAxis.decimals = 2;
    d.valueAxis.decimals = 1;
    const DriverAnalysis &analysis = model.analysis();
    double xMin = 1, xMax = 0, yMin = 10, yMax = 0;
    // One series per quadrant (the legend), classified questions only.
    for (const Quadrant quadrant : {Quadrant::PriorityLever, Quadrant::KeyStrength, Quadrant::MinorWeakness,
                                    Quadrant::MinorStrength}) {
        ChartDescription::Series series{DriversModel::quadrantText(quadrant), quadrantColor(quadrant), {}, false};
        series.column = DriversModel::Question;
        for (std::size_t i = 0; i < analysis.drivers.size(); ++i) {
            const DriverFigure &f = analysis.drivers[i];
            if (f.quadrant != quadrant)
                continue;
            ChartDescription::Point p;
            p.row = int(i);
            p.x = f.importance.r;
            p.value = displayedScore(f.score.score);
            p.label = f.code;
            p.color = series.color;
            xMin = std::min(xMin, p.x);
            xMax = std::max(xMax, p.x);
            yMin = std::min(yMin, p.value);
            yMax = std::max(yMax, p.value);
            series.points.push_back(p);
            d.categories.push_back({model.label(int(i)), QString()});
        }
        d.series.push_back(std::move(series));
    }
    if (xMin > xMax) {
        xMin = 0;
        xMax = 1;
        yMin = 5;
        yMax = 8;
    }
    const double xPad = std::max(0.04, (xMax - xMin) * 0.08);
    d.xAxis.min = std::max(-1.0, std::floor((xMin - xPad) * 20) / 20);
    d.xAxis.max = std::min(1.0, std::ceil((xMax + xPad) * 20) / 20);
    d.valueAxis.min = std::max(0.0, std::floor((yMin - 0.4) * 2) / 2);
    d.valueAxis.max = std::min(10.0, std::ceil((yMax + 0.4) * 2) / 2);
    if (std::isfinite(analysis.medianImportance) && std::isfinite(analysis.medianScore)) {
        const QString label = QCoreApplication::translate("DriversChart", "Medians (importance %1, score %2)")
                                  .arg(d.locale.toString(analysis.medianImportance, 'f', 2),
                                       formatScore(analysis.medianScore, d.locale));
        d.lines.push_back({analysis.medianImportance, true, label, ChartPalette::referenceColor()});
        d.lines.push_back({analysis.medianScore, false, label, ChartPalette::referenceColor()});
    }
}

void distribution(const DistributionModel &model, ChartDescription &d)
{
    d.shape = ChartDescription::Shape::StackedPercent;
    d.title = QCoreApplication::translate("DistributionChart", "Answers by question");
    d.valueAxis.title = QCoreApplication::translate("DistributionChart", "% of valid answers (weighted)");
    d.valueAxis.min = 0;
    d.valueAxis.max = 100;
    d.valueAxis.decimals = 1; // of the labels: "47,8 %", as the table writes them
    d.valueAxis.percent = true;
    for (int answer = 1; answer <= 4; ++answer) {
        d.series.push_back({DistributionModel::answerLabel(answer), ChartPalette::answerColor(answer), {}, false});
        d.series.back().column = DistributionModel::VerySatisfied + answer - 1;
    }
    int r = 0;
    for (const DistributionModel::Row &row : model.rowData()) {
        const bool shown = row.shares.sufficient();
        d.categories.push_back({shown ? row.label : row.label + QCoreApplication::translate("DistributionChart", " (n < 30)"),
                                QString()});
        for (int answer = 1; answer <= 4; ++answer) {
            ChartDescription::Point p;
            p.row = r;
            const std::size_t i = std::size_t(answer - 1);
            if (shown && i < row.shares.options.size())
                p.value = row.shares.options[i].percent;
            d.series[i].points.push_back(p);
        }
        ++r;
    }
}

} // namespace ChartBuilders
