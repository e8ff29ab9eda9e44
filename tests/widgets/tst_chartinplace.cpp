// A window chart refilled in place after a filter change shows what a chart
// built afresh from the same model shows: the same series, bar values,
// points, legend, axes and overlay (whiskers, labels, markers).
#include "../support/standardsurvey.h"
#include "charts/chartfactory.h"
#include "charts/figurechart.h"
#include "charts/marginschart.h"
#include "figureengine.h"
#include "figuremodel.h"
#include "chartdescription.h"
#include "figuremodelfactory.h"
#include "figureselection.h"
#include "respondentimporter.h"
#include "store.h"
#include "teststore.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>
#include <memory>

namespace {

const QLocale french(QLocale::French, QLocale::France);

// Everything a chart's series say: type, name, legend entry, values.
QStringList seriesDump(QChart *chart)
{
    QStringList dump;
    dump << chart->title();
    dump << static_cast<FigureChart *>(chart)->overlayContents();
    for (QAbstractSeries *series : chart->series()) {
        QString line = QStringLiteral("%1 %2").arg(int(series->type())).arg(series->name());
        for (QLegendMarker *marker : chart->legend()->markers(series))
            line += QStringLiteral(" [legend %1]").arg(QString(marker->label()).replace(QLatin1String("<br>"), QLatin1String(" ")));
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets()) {
                line += QStringLiteral(" | %1:").arg(set->label());
                for (int i = 0; i < set->count(); ++i)
                    line += QLatin1Char(' ') + QString::number(set->at(i), 'g', 10);
            }
        if (auto *xy = qobject_cast<QXYSeries *>(series))
            for (const QPointF &p : xy->points())
                line += QStringLiteral(" (%1,%2)").arg(p.x(), 0, 'g', 10).arg(p.y(), 0, 'g', 10);
        dump << line;
    }
    dump << static_cast<FigureChart *>(chart)->overlayContents();
    for (QAbstractAxis *axis : chart->axes()) {
        QString line = QStringLiteral("axis %1").arg(axis->titleText());
        if (auto *values = qobject_cast<QValueAxis *>(axis))
            line += QStringLiteral(" %1–%2").arg(values->min()).arg(values->max());
        dump << line;
    }
    return dump;
}

// A chart in a scene of its own, as in a view.
struct Shown
{
    explicit Shown(QChart *c) : chart(qobject_cast<FigureChart *>(c)) { if (chart) scene.addItem(chart); }
    QGraphicsScene scene; // owns the chart
    FigureChart *chart;
};

// The chart painted at a fixed size, overlay (whiskers, labels) included.
QImage picture(Shown &shown)
{
    QChart *chart = shown.chart;
    chart->setPos(0, 0);
    chart->resize(QSizeF(900, 1300));
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    shown.scene.setSceneRect(0, 0, 900, 1300);
    QImage image(900, 1300, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    shown.scene.render(&painter);
    return image;
}

} // namespace

class TestChartInPlace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refilledChartShowsWhatAFreshOneShows_data();
    void refilledChartShowsWhatAFreshOneShows();
    void movedValuesAreRefilled_data();
    void movedValuesAreRefilled();
    void changedStructureRebuilds();
    void marginsChartDrawsItsDescription();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<FigureEngine> m_engine;
    std::unique_ptr<FigureSelection> m_selection;
};

void TestChartInPlace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(testStoreLocation(m_dir->filePath(QStringLiteral("store.sqlite")))));
    const QString path = m_dir->filePath(QStringLiteral("enquete_2020.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(standardSurveyCsv());
    file.close();
    RespondentImporter importer(*m_store);
    const ImportResult result = importer.run(path, ImportOptions());
    QCOMPARE(int(result.status), int(ImportResult::Status::Imported));
    m_engine = std::make_unique<FigureEngine>(m_store.get());
    m_selection = std::make_unique<FigureSelection>();
    m_selection->setLanguage(QStringLiteral("fr"));
    m_selection->setWaveId(result.wave.id);
}

void TestChartInPlace::cleanup()
{
    m_selection.reset();
    m_engine.reset();
    m_store.reset();
    m_dir.reset();
}

void TestChartInPlace::refilledChartShowsWhatAFreshOneShows_data()
{
    QTest::addColumn<ChartKind>("kind");
    for (const ChartKind kind : AllChartKinds)
        QTest::newRow(qPrintable(chartKindName(kind))) << kind;
}

void TestChartInPlace::refilledChartShowsWhatAFreshOneShows()
{
    QFETCH(ChartKind, kind);
    const std::unique_ptr<FigureModel> model = createFigureModel(kind, m_engine.get(), m_selection.get());
    model->setLocale(french);
    Shown shown(createChart(kind, model.get(), french));
    FigureChart *chart = shown.chart;
    QVERIFY(chart);
    picture(shown); // laid out and painted, as on screen
    // Filter changes the way the filter bar makes them; after each one the
    // chart (in place or rebuilt) must show what a new chart shows.
    using Q = FigureSelection::QpvFilter;
    const struct { QString landlord; Q qpv; } steps[] = {
        {QString(), Q::Qpv}, {QString(), Q::HorsQpv}, {QString(), Q::All}, {QStringLiteral("L1"), Q::All},
        {QStringLiteral("L2"), Q::All}, {QStringLiteral("L0"), Q::All}, {QString(), Q::All}, {QString(), Q::Qpv},
    };
    int inPlace = 0;
    for (const auto &step : steps) {
        m_selection->set(m_selection->waveId(), step.landlord, step.qpv, QString(), QString());
        Shown built(createChart(kind, model.get(), french));
        FigureChart *fresh = built.chart;
        QVERIFY(fresh);
        // Painted, so that the overlay's fitted texts are laid out as on screen.
        picture(built);
        picture(shown);
        // Legends laid out on two lines where too wide (ChartStyle::placeLegend)
        // are a matter of layout, not of content: "<br>" reads as a space.
        QCOMPARE(seriesDump(chart), seriesDump(fresh));
        if (chart->lastUpdateInPlace()) {
            ++inPlace;
            QVERIFY(!fresh->lastUpdateInPlace());
        }
    }
    // These keep their structure over some of these changes (the ranking,
    // the levers and the shares of this small survey change categories,
    // axes or sides at each: movedValuesAreRefilled() refills them).
    if (kind == ChartKind::Scores || kind == ChartKind::Qpv || kind == ChartKind::Trend || kind == ChartKind::Distribution)
        QVERIFY2(inPlace > 0, qPrintable(chartKindName(kind)));
}

void TestChartInPlace::movedValuesAreRefilled_data()
{
    refilledChartShowsWhatAFreshOneShows_data();
}

void TestChartInPlace::movedValuesAreRefilled()
{
    // Every kind: the same description with every figure moved a little
    // (scores, intervals, references, gaps, reference lines) is drawn in
    // place, and as a chart built from it draws it.
    QFETCH(ChartKind, kind);
    const std::unique_ptr<FigureModel> model = createFigureModel(kind, m_engine.get(), m_selection.get());
    model->setLocale(french);
    m_selection->setLandlord(QStringLiteral("L1")); // region markers, a selected landlord
    const ChartDescription d = describeChart(kind, *model, french);
    QVERIFY(!d.series.empty());
    ChartDescription moved = d;
    const auto move = [](double &v, double by) {
        if (std::isfinite(v))
            v += by;
    };
    for (ChartDescription::Series &s : moved.series)
        for (ChartDescription::Point &p : s.points) {
            move(p.value, 0.3);
            move(p.low, 0.2);
            move(p.high, 0.4);
            move(p.reference, -0.3);
        }
    for (ChartDescription::Category &c : moved.categories)
        move(c.difference, 0.1);
    for (ChartDescription::ReferenceLine &l : moved.lines) {
        l.value += 0.01;
        l.label += QStringLiteral(" ·");
    }
    moved.subtitle += QStringLiteral(" (moved)");
    QVERIFY(sameStructure(d, moved));

    Shown shown(createChart(d));
    QVERIFY(shown.chart);
    picture(shown);
    const QStringList before = seriesDump(shown.chart);
    shown.chart->setDescription(moved);
    QVERIFY(shown.chart->lastUpdateInPlace());
    Shown built(createChart(moved));
    picture(shown);
    picture(built);
    QCOMPARE(seriesDump(shown.chart), seriesDump(built.chart));
    QVERIFY(seriesDump(shown.chart) != before); // something did move
}

void TestChartInPlace::changedStructureRebuilds()
{
    // Another set of categories (a question less on the trend page's
    // picker, here: another landlord's row set) cannot be refilled.
    ChartDescription a;
    a.kind = ChartKind::Qpv;
    a.categories = {{QStringLiteral("Q01"), QString()}, {QStringLiteral("Q02"), QString()}};
    a.series = {{QStringLiteral("QPV"), Qt::blue, {{}, {}}, false}, {QStringLiteral("hors QPV"), Qt::gray, {{}, {}}, false}};
    for (ChartDescription::Series &s : a.series) {
        s.points[0].value = 6.9;
        s.points[1].value = 7.5;
    }
    ChartDescription b = a;
    b.series[0].points[0].value = 7.2; // a value moves, the structure stays
    QVERIFY(sameStructure(a, b));
    b.categories.pop_back();
    for (ChartDescription::Series &s : b.series)
        s.points.pop_back();
    QVERIFY(!sameStructure(a, b));
    ChartDescription c = a;
    c.referenceName = QStringLiteral("Région"); // a landlord selected: region markers in the legend
    QVERIFY(!sameStructure(a, c));
    std::unique_ptr<FigureChart> chart(qobject_cast<FigureChart *>(createChart(a)));
    QVERIFY(chart);
    chart->setDescription(b);
    QVERIFY(!chart->lastUpdateInPlace());
    ChartDescription d = b;
    d.series[0].points[0].value = 6.4;
    chart->setDescription(d);
    QVERIFY(chart->lastUpdateInPlace());
}

void TestChartInPlace::marginsChartDrawsItsDescription()
{
    WeightingReport report;
    report.margins = {{QStringLiteral("sexe"), QStringLiteral("F"), 52.0, 60.0, 52.1},
                      {QStringLiteral("sexe"), QStringLiteral("H"), 48.0, 40.0, 47.9}};
    const ChartDescription d = describeMargins(report, french);
    QCOMPARE(int(d.kind), int(ChartKind::Margins));
    QCOMPARE(d.categories.size(), std::size_t(2));
    QCOMPARE(d.categories[0].label, QStringLiteral("sexe = F"));
    QCOMPARE(d.series.size(), std::size_t(3)); // population, before, after
    QCOMPARE(d.series[1].points[0].value, 60.0);
    QCOMPARE(d.valueAxis.max, 60.0);

    MarginsChart chart;
    chart.setReport(report, french);
    // Raked again: the same margins, other shares, the same bar sets refilled.
    const QList<QAbstractSeries *> before = chart.chart()->series();
    report.margins[1].after = 48.2;
    chart.setReport(report, french);
    QCOMPARE(chart.chart()->series(), before);
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart.chart()->series().front());
    QVERIFY(bars);
    // Qt's sets bottom to top (after, before, population), categories bottom to top.
    QCOMPARE(bars->barSets().size(), 3);
    QCOMPARE(bars->barSets()[0]->label(), d.series[2].name);
    QCOMPARE(bars->barSets()[0]->at(0), 48.2); // "sexe = H", at the bottom
    QCOMPARE(bars->barSets()[2]->at(1), 52.0); // the population of "sexe = F", on top
}

QTEST_MAIN(TestChartInPlace)
#include "tst_chartinplace.moc"
