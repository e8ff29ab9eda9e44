#include "pptxreport.h"

#include "chartdescription.h"
#include "codebook.h"
#include "figureengine.h"
#include "figuremodel.h"
#include "figuremodelfactory.h"
#include "figureselection.h"
#include "landlordbenchmark.h"
#include "qpvcomparisonmodel.h"
#include "reporttext.h"
#include "themescoremodel.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>
#include <memory>

namespace {

QString boardPack(const char *text)
{
    return QCoreApplication::translate("BoardPack", text);
}

QString score(const QLocale &locale, double value)
{
    return std::isfinite(value) ? formatScore(value, locale) : QStringLiteral("–");
}

// The key figures as sentences: overall score and band, % satisfied,
// respondents, change since the previous wave, the QPV gap.
QStringList keyFigures(const ThemeScoreModel &themes, const QpvComparisonModel &qpv, const WaveInfo &wave,
                       const QString &globalCode, const QLocale &l)
{
    QStringList lines;
    const auto &rows = themes.rowData();
    const ThemeScoreModel::Row *global = nullptr;
    for (const auto &row : rows)
        if (row.code == globalCode)
            global = &row;
    if (!global && !rows.empty())
        global = &rows.front();
    if (!global)
        return {boardPack("No score: every base is too small.")};
    const ScoreFigure &f = global->figure;
    const QString band = themes.index(int(global - rows.data()), ThemeScoreModel::BandColumn).data().toString();
    if (f.sufficient()) {
        lines << Pptx::tr("%1: %2 (%3)").arg(boardPack("Overall satisfaction"),
                                            boardPack("%1 /10").arg(score(l, f.score)),
                                            boardPack("%1 · 95% interval %2–%3").arg(band, score(l, f.ciLow), score(l, f.ciHigh)));
        lines << Pptx::tr("%1: %2 (%3)").arg(boardPack("Satisfied tenants"),
                                            l.toString(f.pctSatisfied, 'f', 0) + percentSuffix(l),
                                            boardPack("very or fairly satisfied overall"));
    } else {
        lines << Pptx::tr("%1: %2").arg(boardPack("Overall satisfaction"), band);
    }
    lines << Pptx::tr("%1: %2 (%3)").arg(boardPack("Respondents"), l.toString(wave.respondentCount),
                                        boardPack("%1 answered the overall question; effective n %2")
                                            .arg(l.toString(f.n), l.toString(qint64(std::llround(f.nEff)))));
    if (global->previous)
        lines << Pptx::tr("%1: %2 (%3)").arg(boardPack("Since %1").arg(themes.previousYear()),
                                            signedDifference(f.score - *global->previous, l),
                                            boardPack("%1 → %2 · %3")
                                                .arg(score(l, *global->previous), score(l, f.score),
                                                     global->changeSignificant.value_or(false)
                                                         ? boardPack("significant") : boardPack("not significant")));
    for (const QpvComparisonModel::Row &q : qpv.rowData()) {
        if (q.code != global->code)
            continue;
        const std::optional<double> gap = q.gap();
        lines << Pptx::tr("%1: %2 (%3)").arg(boardPack("QPV vs outside QPV"),
                                            gap ? signedDifference(*gap, l) : QStringLiteral("–"),
                                            gap ? boardPack("%1 in QPV, %2 outside · %3")
                                                      .arg(score(l, q.qpv.score), score(l, q.horsQpv.score),
                                                           q.significant.value_or(false) ? boardPack("significant")
                                                                                         : boardPack("not significant"))
                                                : boardPack("base too small"));
    }
    return lines;
}

} // namespace

namespace PptxReport {

QLocale localeFor(const QString &language)
{
    return language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

PptxSlide chartSlide(const ChartDescription &description)
{
    PptxSlide slide;
    slide.type = PptxSlide::Type::Chart;
    slide.title = description.title;
    slide.subtitle = description.subtitle;
    slide.chart = description;
    slide.footnote = description.footnote;
    // What the bars cannot draw natively is written under the chart.
    if (description.shape == ChartDescription::Shape::Bars) {
        for (const ChartDescription::ReferenceLine &line : description.lines)
            if (!line.label.isEmpty() && description.kind == ChartKind::Ranking)
                slide.lines << line.label;
        bool marks = false;
        for (const auto &series : description.series)
            for (const auto &point : series.points)
                marks = marks || point.significant;
        if (marks)
            slide.lines << (description.kind == ChartKind::Qpv || description.kind == ChartKind::Shares
                                ? Pptx::tr("* significant gap (95%)")
                                : Pptx::tr("* significant at 95%"));
    }
    return slide;
}

std::vector<PptxSlide> tableSlides(const FigureModel &model, const ChartDescription &description)
{
    PptxSlide table;
    table.type = PptxSlide::Type::Table;
    table.title = Pptx::tr("%1 (table)").arg(description.title);
    table.subtitle = description.subtitle;
    table.footnote = description.footnote;
    QList<int> columns;
    for (int c = 0; c < model.columnCount(); ++c) {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (!model.index(r, c).data(Qt::DisplayRole).toString().isEmpty()) {
                columns << c;
                break;
            }
        }
    }
    for (const int c : std::as_const(columns))
        table.header << model.headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (const int c : std::as_const(columns))
            row << model.index(r, c).data(Qt::DisplayRole).toString();
        table.rows.push_back(row);
    }
    if (table.rows.empty())
        return {};
    return splitTableSlide(table, TableRowsPerSlide);
}

void appendChart(PptxDeck &deck, ChartKind kind, const FigureModel &model, const QLocale &locale)
{
    const ChartDescription d = describeChart(kind, model, locale);
    deck.slides.push_back(chartSlide(d));
    for (PptxSlide &slide : tableSlides(model, d))
        deck.slides.push_back(std::move(slide));
}

PptxDeck boardPackDeck(FigureEngine &engine, const FigureSelection &selection, const QString &language,
                       const DeckOptions &options)
{
    PptxDeck deck;
    const std::optional<WaveInfo> wave = engine.wave(selection.waveId());
    if (!wave || !engine.summary(wave->id))
        return deck;
    const QLocale locale = localeFor(language);
    deck.language = language == QLatin1String("fr") ? QStringLiteral("fr-FR") : QStringLiteral("en-GB");
    FigureSelection own;
    own.setLanguage(language);
    own.set(selection.waveId(), selection.landlord(), selection.qpvFilter(), selection.segmentColumn(),
            selection.segmentValue());
    std::vector<std::unique_ptr<FigureModel>> models;
    for (const ChartKind kind : AllChartKinds) {
        models.push_back(createFigureModel(kind, &engine, &own));
        models.back()->setLocale(locale);
    }
    const QString scope = models.front()->scopeDescription();
    deck.title = boardPack("Tenant satisfaction survey %1 — board pack").arg(wave->year);

    PptxSlide title;
    title.type = PptxSlide::Type::Title;
    title.title = boardPack("Tenant satisfaction survey");
    QStringList cover{boardPack("%1 wave · %2").arg(wave->year).arg(wave->scope),
                      own.landlord().isEmpty() ? boardPack("All landlords") : boardPack("Landlord %1").arg(own.landlord()),
                      boardPack("Produced on %1").arg(locale.toString(QDate::currentDate(), QLocale::LongFormat))};
    if (wave->isDemo)
        cover << boardPack("Demo data: figures generated to try the application, not a real survey.");
    title.subtitle = cover.join(QLatin1Char('\n'));
    deck.slides.push_back(title);

    const QString globalCode = engine.codebook().globalQuestion() ? engine.codebook().globalQuestion()->code : QString();
    PptxSlide key;
    key.type = PptxSlide::Type::Text;
    key.title = boardPack("Key figures");
    key.subtitle = scope;
    key.lines = keyFigures(*qobject_cast<ThemeScoreModel *>(models[0].get()),
                           *qobject_cast<QpvComparisonModel *>(models[1].get()), *wave, globalCode, locale);
    const ChartDescription first = describeChart(AllChartKinds[0], *models[0], locale);
    key.footnote = first.footnote;
    deck.slides.push_back(key);

    if (!own.landlord().isEmpty()) {
        std::optional<LandlordBenchmark> built;
        const LandlordBenchmark *benchmark = options.benchmark;
        if (!benchmark) {
            std::optional<bool> qpv;
            if (own.qpvFilter() != FigureSelection::QpvFilter::All)
                qpv = own.qpvFilter() == FigureSelection::QpvFilter::Qpv;
            benchmark = &built.emplace(*engine.summary(wave->id), qpv, engine.calibratedDesign(wave->id));
        }
        for (PptxSlide &slide :
             landlordSlides(*benchmark, engine.codebook(), own.landlord(), wave->year, language, locale))
            deck.slides.push_back(std::move(slide));
    }

    for (std::size_t i = 0; i < models.size(); ++i) {
        // The ranking names every landlord.
        if (!options.namedPeers && AllChartKinds[i] == ChartKind::Ranking)
            continue;
        appendChart(deck, AllChartKinds[i], *models[i], locale);
    }

    PptxSlide method;
    method.type = PptxSlide::Type::Text;
    method.title = boardPack("Methodology");
    method.subtitle = scope;
    method.textSize = 1050;
    for (const auto &[heading, text] : ReportText::methodology(*wave, locale, false))
        method.lines << Pptx::tr("%1: %2").arg(heading, text);
    deck.slides.push_back(method);
    return deck;
}

bool writeBoardPackDeck(FigureEngine &engine, const FigureSelection &selection, const QString &path,
                        const QString &language, QString *error, const DeckOptions &options)
{
    const PptxDeck deck = boardPackDeck(engine, selection, language, options);
    if (deck.slides.empty()) {
        if (error)
            *error = boardPack("No wave to report on: import a survey first");
        return false;
    }
    return writePptx(deck, path, error);
}

bool writeChartDeck(ChartKind kind, const FigureModel &model, const QLocale &locale, const QString &path,
                    QString *error)
{
    PptxDeck deck;
    deck.language = locale.language() == QLocale::French ? QStringLiteral("fr-FR") : QStringLiteral("en-GB");
    const ChartDescription d = describeChart(kind, model, locale);
    deck.title = d.title;
    deck.slides.push_back(chartSlide(d));
    return writePptx(deck, path, error);
}

} // namespace PptxReport
