// The PowerPoint writer: each chart a native chart whose cached values and
// embedded workbook hold the figures; the deck's parts and relationships.
#include "chartdescription.h"
#include "distributionmodel.h"
#include "driversmodel.h"
#include "figuremodelfactory.h"
#include "pptxfixture.h"
#include "pptxreport.h"
#include "qpvcomparisonmodel.h"
#include "rankingmodel.h"
#include "sharemodel.h"
#include "themescoremodel.h"
#include "trendmodel.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>

namespace {

const QList<ChartKind> &allKinds()
{
    static const QList<ChartKind> kinds(std::begin(AllChartKinds), std::end(AllChartKinds));
    return kinds;
}

// The values a chart must show, per series, row by row as the chart lays
// them out, taken from the figure model itself (not from the description).
std::vector<std::vector<double>> expectedValues(ChartKind kind, const FigureModel &model)
{
    const double none = std::nan("");
    std::vector<std::vector<double>> series;
    switch (kind) {
    case ChartKind::Scores: {
        auto &themes = *qobject_cast<const ThemeScoreModel *>(&model);
        std::vector<double> scores;
        QString theme;
        for (std::size_t i = 0; i < themes.rowData().size(); ++i) {
            const auto &row = themes.rowData()[i];
            if (i == 0 || row.theme != theme)
                scores.push_back(none); // the theme's heading
            theme = row.theme;
            scores.push_back(row.figure.sufficient() ? displayedScore(row.figure.score) : none);
        }
        series.push_back(scores);
        break;
    }
    case ChartKind::Qpv: {
        std::vector<double> qpv, hors;
        for (const auto &row : qobject_cast<const QpvComparisonModel *>(&model)->rowData()) {
            qpv.push_back(row.qpv.sufficient() ? displayedScore(row.qpv.score) : none);
            hors.push_back(row.horsQpv.sufficient() ? displayedScore(row.horsQpv.score) : none);
        }
        series = {qpv, hors};
        break;
    }
    case ChartKind::Ranking: {
        std::vector<double> scores;
        for (const auto &l : qobject_cast<const RankingModel *>(&model)->ranking().landlords)
            if (l.figure.sufficient())
                scores.push_back(displayedScore(l.figure.score));
        series.push_back(scores);
        break;
    }
    case ChartKind::Distribution: {
        series.resize(4);
        for (const auto &row : qobject_cast<const DistributionModel *>(&model)->rowData())
            for (std::size_t a = 0; a < 4; ++a)
                series[a].push_back(row.shares.sufficient() ? row.shares.options[a].percent : none);
        break;
    }
    case ChartKind::Trend: {
        auto &trend = *qobject_cast<const TrendModel *>(&model);
        for (const auto &s : trend.series()) {
            std::vector<double> values;
            for (const int r : s.rows)
                values.push_back(trend.rowData()[std::size_t(r)].point.score);
            series.push_back(values);
        }
        break;
    }
    case ChartKind::Shares: {
        // The group, QPV, outside QPV per answer; no bar for a small base.
        std::vector<double> all, qpv, hors;
        for (const auto &row : qobject_cast<const ShareModel *>(&model)->rowData()) {
            all.push_back(row.allBase.sufficient() ? row.all.percent : none);
            qpv.push_back(row.qpvShown && row.qpvBase.sufficient() ? row.qpv.percent : none);
            hors.push_back(row.horsQpvShown && row.horsQpvBase.sufficient() ? row.horsQpv.percent : none);
        }
        series = {all, qpv, hors};
        break;
    }
    case ChartKind::Drivers: break; // checked on its own (x and y)
    }
    return series;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) < 1e-9;
}

} // namespace

class TestPptx : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void chartSlideIsANativeChart_data();
    void chartSlideIsANativeChart();
    void cachesAndWorkbookHoldTheFigures_data();
    void cachesAndWorkbookHoldTheFigures();
    void leversAreAScatterWithQuadrantLines();
    void sharesAreClusteredBarsWithIntervals();
    void labelsAreFrenchNumberFormats();
    void deckHasEverySlide();
    void longTablesAreSplit();
    void unwritablePathFails();

private:
    QMap<QString, QByteArray> chartDeck(ChartKind kind, std::unique_ptr<FigureModel> &model);
    PptxFixture m_f;
};

void TestPptx::init()
{
    QVERIFY(m_f.setUp());
}

QMap<QString, QByteArray> TestPptx::chartDeck(ChartKind kind, std::unique_ptr<FigureModel> &model)
{
    model = createFigureModel(kind, m_f.engine.get(), m_f.selection.get());
    model->setLocale(QLocale(QLocale::French, QLocale::France));
    const QString path = m_f.path(chartKindName(kind) + QStringLiteral(".pptx"));
    QString error;
    if (!PptxReport::writeChartDeck(kind, *model, QLocale(QLocale::French, QLocale::France), path, &error))
        qWarning("%s", qPrintable(error));
    return unzipAll(path);
}

void TestPptx::chartSlideIsANativeChart_data()
{
    QTest::addColumn<ChartKind>("kind");
    for (const ChartKind kind : allKinds())
        QTest::newRow(qPrintable(chartKindName(kind))) << kind;
}

void TestPptx::chartSlideIsANativeChart()
{
    QFETCH(ChartKind, kind);
    std::unique_ptr<FigureModel> model;
    const QMap<QString, QByteArray> files = chartDeck(kind, model);
    QVERIFY2(!files.isEmpty(), "the deck does not unzip");
    const QString types = QString::fromUtf8(files.value(QStringLiteral("[Content_Types].xml")));
    QVERIFY(types.contains(QLatin1String("PartName=\"/ppt/charts/chart1.xml\" "
                                         "ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"")));
    QVERIFY(types.contains(QLatin1String("Extension=\"xlsx\"")));
    QVERIFY(types.contains(QLatin1String("PartName=\"/ppt/slides/slide1.xml\"")));
    const QString slide = QString::fromUtf8(files.value(QStringLiteral("ppt/slides/slide1.xml")));
    QVERIFY(slide.contains(QLatin1String("uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"")));
    QVERIFY(slide.contains(QLatin1String("<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rId2\"/>")));
    const QString slideRels = QString::fromUtf8(files.value(QStringLiteral("ppt/slides/_rels/slide1.xml.rels")));
    QVERIFY(slideRels.contains(QLatin1String("Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" Target=\"../charts/chart1.xml\"")));
    const QString chart = QString::fromUtf8(files.value(QStringLiteral("ppt/charts/chart1.xml")));
    QVERIFY(chart.contains(QLatin1String("<c:externalData r:id=\"rId1\">")));
    const QString chartRels = QString::fromUtf8(files.value(QStringLiteral("ppt/charts/_rels/chart1.xml.rels")));
    QVERIFY(chartRels.contains(QLatin1String("Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package\" Target=\"../embeddings/Microsoft_Excel_Worksheet1.xlsx\"")));
    QVERIFY(files.value(QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx")).startsWith("PK"));
    // The chart type the issue asks for.
    const char *plot = kind == ChartKind::Trend ? "<c:lineChart>" : kind == ChartKind::Drivers ? "<c:scatterChart>" : "<c:barChart>";
    QVERIFY2(chart.contains(QLatin1String(plot)), plot);
    if (kind == ChartKind::Distribution)
        QVERIFY(chart.contains(QLatin1String("<c:grouping val=\"percentStacked\"/>")));
    // The title and footnote are on the slide, as text.
    const ChartDescription d = describeChart(kind, *model, QLocale(QLocale::French, QLocale::France));
    QVERIFY(!d.title.isEmpty());
    QVERIFY(slide.contains(d.title.toHtmlEscaped()));
    if (kind == ChartKind::Shares) // a base per answer, in the table: the footnote gives the margin
        QVERIFY(slide.contains(QRegularExpression(QStringLiteral("±\\d+,\\d points"))));
    else
        QVERIFY(slide.contains(QRegularExpression(QStringLiteral("n = \\d")))); // the footnote's base
    QVERIFY(slide.contains(QLatin1String("(SHA-256)")));
}

void TestPptx::cachesAndWorkbookHoldTheFigures_data()
{
    chartSlideIsANativeChart_data();
}

void TestPptx::cachesAndWorkbookHoldTheFigures()
{
    QFETCH(ChartKind, kind);
    if (kind == ChartKind::Drivers)
        return; // leversAreAScatterWithQuadrantLines
    std::unique_ptr<FigureModel> model;
    const QMap<QString, QByteArray> files = chartDeck(kind, model);
    const std::vector<std::vector<double>> expected = expectedValues(kind, *model);
    QVERIFY(!expected.empty() && !expected[0].empty());
    const auto cached = cachedNumbers(files.value(QStringLiteral("ppt/charts/chart1.xml")), QStringLiteral("c:val"));
    QVERIFY(cached.size() >= expected.size());
    const auto rows = workbookRows(files.value(QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx")),
                                   m_f.dir->path());
    QVERIFY(rows.size() > 1);
    for (std::size_t s = 0; s < expected.size(); ++s) {
        // A trend's series keep their years' rows only; the others every row.
        std::vector<double> shown;
        for (const double v : cached[s])
            if (kind != ChartKind::Trend || !std::isnan(v))
                shown.push_back(v);
        QCOMPARE(shown.size(), expected[s].size());
        for (std::size_t i = 0; i < shown.size(); ++i)
            QVERIFY2(same(shown[i], expected[s][i]),
                     qPrintable(QStringLiteral("series %1 point %2: %3 vs %4").arg(s).arg(i).arg(shown[i]).arg(expected[s][i])));
        // The workbook: column s + 1 holds the same numbers, row by row.
        QCOMPARE(rows.size(), cached[s].size() + 1);
        for (std::size_t r = 0; r < cached[s].size(); ++r) {
            const QString cell = rows[r + 1].value(int(s) + 1);
            QVERIFY2(std::isnan(cached[s][r]) ? cell.isEmpty() : same(cell.toDouble(), cached[s][r]),
                     qPrintable(QStringLiteral("workbook row %1 column %2: \"%3\"").arg(r + 2).arg(s + 2).arg(cell)));
        }
    }
}

void TestPptx::leversAreAScatterWithQuadrantLines()
{
    std::unique_ptr<FigureModel> model;
    const QMap<QString, QByteArray> files = chartDeck(ChartKind::Drivers, model);
    const DriverAnalysis &analysis = qobject_cast<DriversModel *>(model.get())->analysis();
    const QByteArray chart = files.value(QStringLiteral("ppt/charts/chart1.xml"));
    const auto x = cachedNumbers(chart, QStringLiteral("c:xVal"));
    const auto y = cachedNumbers(chart, QStringLiteral("c:yVal"));
    // Four quadrant series over one x column, then the two median lines (literals).
    QVERIFY(x.size() >= 4);
    int classified = 0;
    for (const DriverFigure &f : analysis.drivers) {
        if (f.quadrant == Quadrant::Unclassified)
            continue;
        ++classified;
        bool found = false;
        for (std::size_t i = 0; i < x[0].size(); ++i)
            for (std::size_t s = 0; s < 4; ++s)
                found = found || (same(x[s][i], f.importance.r) && same(y[s][i], displayedScore(f.score.score)));
        QVERIFY2(found, qPrintable(f.code));
    }
    QVERIFY(classified > 0);
    QCOMPARE(int(x[0].size()), classified);
    const QString text = QString::fromUtf8(chart);
    QCOMPARE(text.count(QLatin1String("<a:prstDash val=\"dash\"/>")), 2);
    QVERIFY(text.contains(QStringLiteral("<c:v>%1</c:v>").arg(QString::number(analysis.medianImportance, 'g', 15))));
    QVERIFY(text.contains(QStringLiteral("<c:v>%1</c:v>").arg(QString::number(analysis.medianScore, 'g', 15))));
}

void TestPptx::sharesAreClusteredBarsWithIntervals()
{
    std::unique_ptr<FigureModel> model;
    const QMap<QString, QByteArray> files = chartDeck(ChartKind::Shares, model);
    const auto *shares = qobject_cast<ShareModel *>(model.get());
    QVERIFY(shares);
    const auto &rows = shares->rowData();
    QVERIFY2(rows.size() >= 4, "the survey has yes/no and single-choice questions");
    const QByteArray chartXml = files.value(QStringLiteral("ppt/charts/chart1.xml"));
    const QString chart = QString::fromUtf8(chartXml);
    // A native clustered bar chart: three series (the group, QPV, outside QPV), named from the table's headers.
    QVERIFY(chart.contains(QLatin1String("<c:barDir val=\"bar\"/>")));
    QVERIFY(chart.contains(QLatin1String("<c:grouping val=\"clustered\"/>")));
    QCOMPARE(chart.count(QLatin1String("<c:ser>")), 3);
    for (const int column : {ShareModel::All, ShareModel::Qpv, ShareModel::HorsQpv})
        QVERIFY(chart.contains(QStringLiteral("<c:v>%1</c:v>").arg(shares->headerData(column, Qt::Horizontal).toString().toHtmlEscaped())));
    // Cached values are the model's shares, row by row, with at least one of each group drawn.
    const auto cached = cachedNumbers(chartXml, QStringLiteral("c:val"));
    QCOMPARE(int(cached.size()), 3);
    int drawn[3] = {0, 0, 0};
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const ShareModel::Row &row = rows[r];
        const double expected[3] = {row.all.percent, row.qpv.percent, row.horsQpv.percent};
        const bool sufficient[3] = {row.allBase.sufficient(), row.qpvBase.sufficient(), row.horsQpvBase.sufficient()};
        for (std::size_t s = 0; s < 3; ++s) {
            QCOMPARE(int(cached[s].size()), int(rows.size()));
            QVERIFY2(same(cached[s][r], sufficient[s] ? expected[s] : std::nan("")),
                     qPrintable(QStringLiteral("%1 option %2 series %3: %4").arg(row.code).arg(row.option).arg(s).arg(cached[s][r])));
            drawn[s] += !std::isnan(cached[s][r]);
        }
    }
    QVERIFY(drawn[0] > 0 && drawn[1] > 0 && drawn[2] > 0);
    // The categories are the questions' answers, in the model's order.
    QVERIFY(shares->questionCodes().size() > 1);
    const QString first = rows.front().label + QStringLiteral(" — ") + rows.front().optionLabel;
    const QString shown = first.size() <= 52 ? first : first.left(51) + QChar(0x2026); // elided as in the window
    QVERIFY2(chart.contains(QStringLiteral("<c:v>") + shown.toHtmlEscaped()), qPrintable(shown));
    // Every group's 95 % interval as custom error bars; the shares' labels "44 %", outside the bars.
    QCOMPARE(chart.count(QLatin1String("<c:errBars>")), 3);
    const auto plus = cachedNumbers(chartXml, QStringLiteral("c:plus"));
    bool intervalFound = false;
    for (std::size_t r = 0; r < rows.size(); ++r)
        if (rows[r].allBase.sufficient() && rows[r].all.ciHigh < 100 && !plus.empty() && r < plus[0].size())
            intervalFound = intervalFound || same(plus[0][r], rows[r].all.ciHigh - rows[r].all.percent);
    QVERIFY(intervalFound);
    QVERIFY(chart.contains(QStringLiteral("formatCode=\"0&quot;") + QChar(0x202F) + QStringLiteral("%&quot;\"")));
    QVERIFY(chart.contains(QLatin1String("<c:dLblPos val=\"outEnd\"/>")));
    // A significant QPV gap marks both sides' labels, as ✱ does in the window.
    int significant = 0;
    for (const ShareModel::Row &row : rows)
        significant += row.significant.value_or(false) && row.gap().has_value();
    QCOMPARE(chart.count(QLatin1String("&quot; *&quot;")), 2 * significant);
    // The workbook holds the same numbers, column by column.
    const auto book = workbookRows(files.value(QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx")),
                                   m_f.dir->path());
    QCOMPARE(int(book.size()), int(rows.size()) + 1);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t s = 0; s < 3; ++s) {
            const QString cell = book[r + 1].value(int(s) + 1);
            QVERIFY(std::isnan(cached[s][r]) ? cell.isEmpty() : same(cell.toDouble(), cached[s][r]));
        }
}

void TestPptx::labelsAreFrenchNumberFormats()
{
    std::unique_ptr<FigureModel> model;
    QString chart = QString::fromUtf8(chartDeck(ChartKind::Scores, model).value(QStringLiteral("ppt/charts/chart1.xml")));
    // Number formats, not text: PowerPoint writes "7,8" in French and keeps the
    // labels bound to the cells; app colours per point; intervals as error bars.
    QVERIFY(chart.contains(QLatin1String("<c:numFmt formatCode=\"0.0\" sourceLinked=\"0\"/>")));
    QVERIFY(chart.contains(QLatin1String("<c:showVal val=\"1\"/>")));
    QVERIFY(chart.contains(QLatin1String("<c:lang val=\"fr-FR\"/>")));
    QVERIFY(chart.contains(QLatin1String("<c:dPt>")));
    QVERIFY(chart.contains(QLatin1String("<a:srgbClr val=\"009E73\"/>")) || chart.contains(QLatin1String("<a:srgbClr val=\"E69F00\"/>")));
    QVERIFY(chart.contains(QLatin1String("<c:errBars>")));
    QVERIFY(chart.contains(QLatin1String("<c:errValType val=\"cust\"/>")));
    chart = QString::fromUtf8(chartDeck(ChartKind::Distribution, model).value(QStringLiteral("ppt/charts/chart1.xml")));
    // "87 %": the percent sign after a narrow no-break space, in the format.
    const QString percentFormat = QStringLiteral("formatCode=\"0.0&quot;") + QChar(0x202F) + QStringLiteral("%&quot;\"");
    QVERIFY2(chart.contains(percentFormat), qPrintable(chart.mid(chart.indexOf(QLatin1String("formatCode")), 60)));
}

void TestPptx::deckHasEverySlide()
{
    const PptxDeck deck = PptxReport::boardPackDeck(*m_f.engine, *m_f.selection, QStringLiteral("fr"));
    QVERIFY(deck.slides.size() > 8);
    QCOMPARE(int(deck.slides.front().type), int(PptxSlide::Type::Title));
    QCOMPARE(deck.slides[1].title, QStringLiteral("Key figures")); // no translator loaded: the source text
    QCOMPARE(deck.slides.back().title, QStringLiteral("Methodology"));
    int charts = 0;
    for (const PptxSlide &slide : deck.slides) {
        charts += slide.type == PptxSlide::Type::Chart;
        if (slide.type != PptxSlide::Type::Title)
            QVERIFY2(!slide.footnote.isEmpty() || slide.title == QLatin1String("Methodology"), qPrintable(slide.title));
    }
    QCOMPARE(charts, 7);
    const QString path = m_f.path(QStringLiteral("deck.pptx"));
    QString error;
    QVERIFY2(PptxReport::writeBoardPackDeck(*m_f.engine, *m_f.selection, path, QStringLiteral("fr"), &error),
             qPrintable(error));
    const QMap<QString, QByteArray> files = unzipAll(path);
    const QString presentation = QString::fromUtf8(files.value(QStringLiteral("ppt/presentation.xml")));
    QCOMPARE(presentation.count(QLatin1String("<p:sldId ")), int(deck.slides.size()));
    QVERIFY(presentation.contains(QLatin1String("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>"))); // 16:9
    for (int i = 1; i <= int(deck.slides.size()); ++i)
        QVERIFY(files.contains(QStringLiteral("ppt/slides/slide%1.xml").arg(i)));
    for (int i = 1; i <= 7; ++i) {
        QVERIFY(files.contains(QStringLiteral("ppt/charts/chart%1.xml").arg(i)));
        QVERIFY(files.contains(QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(i)));
    }
    QVERIFY(!files.contains(QStringLiteral("ppt/charts/chart8.xml")));
    // Tables are native tables, with French numbers.
    int tables = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        tables += it.key().startsWith(QLatin1String("ppt/slides/slide")) && it.value().contains("<a:tbl>");
    QVERIFY(tables >= 7);
    // The shares chart (the last chart) is followed by its table slides.
    int sharesChart = -1;
    for (int i = 0; i < int(deck.slides.size()); ++i)
        if (deck.slides[std::size_t(i)].type == PptxSlide::Type::Chart)
            sharesChart = i;
    QVERIFY(sharesChart > 0 && sharesChart + 1 < int(deck.slides.size()));
    QCOMPARE(int(deck.slides[std::size_t(sharesChart)].chart.kind), int(ChartKind::Shares));
    QCOMPARE(int(deck.slides[std::size_t(sharesChart + 1)].type), int(PptxSlide::Type::Table));
    QVERIFY(deck.slides[std::size_t(sharesChart + 1)].title.startsWith(deck.slides[std::size_t(sharesChart)].title));
    QVERIFY(QString::fromUtf8(files.value(QStringLiteral("ppt/slides/slide4.xml"))).contains(QRegularExpression(QStringLiteral(">\\d,\\d<"))));
}

void TestPptx::longTablesAreSplit()
{
    PptxSlide table;
    table.type = PptxSlide::Type::Table;
    table.title = QStringLiteral("T");
    table.header = {QStringLiteral("a"), QStringLiteral("b")};
    for (int i = 0; i < 25; ++i)
        table.rows.push_back({QString::number(i), QString::number(i * 2)});
    const std::vector<PptxSlide> slides = splitTableSlide(table, 12);
    QCOMPARE(int(slides.size()), 3);
    QCOMPARE(int(slides[0].rows.size()), 12);
    QCOMPARE(int(slides[2].rows.size()), 1);
    QCOMPARE(slides[2].rows[0][0], QStringLiteral("24"));
    QCOMPARE(slides[1].header, table.header);
    QCOMPARE(slides[0].title, QStringLiteral("T (1/3)"));
}

void TestPptx::unwritablePathFails()
{
    QString error;
    QVERIFY(!PptxReport::writeBoardPackDeck(*m_f.engine, *m_f.selection, m_f.path(QStringLiteral("missing/deck.pptx")),
                                            QStringLiteral("fr"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(m_f.path(QStringLiteral("missing/deck.pptx"))));
}

QTEST_GUILESS_MAIN(TestPptx)
#include "tst_pptx.moc"
