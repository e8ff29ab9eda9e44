// The window's models on raked waves in a store (the weight command's
// path): rankings, landlord benchmarks, drivers and the trend take the
// calibrated errors, R's on the raked designs (tests/data/raking/golden.R).
#include "driversmodel.h"
#include "figureengine.h"
#include "figureselection.h"
#include "landlordbenchmark.h"
#include "rakinggolden.h"
#include "rankingmodel.h"
#include "respondentimporter.h"
#include "store.h"
#include "teststore.h"
#include "trendmodel.h"
#include "weightingreport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rakinggolden;

class TestRakedModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rankings_data();
    void rankings();
    void landlordBenchmark();
    void drivers();
    void trend();
    void segmentValue();

private:
    QTemporaryDir m_dir;
    Store m_store;
    std::unique_ptr<FigureEngine> m_engine;
    QList<qint64> m_waves; ///< 2020, 2021
    QHash<QString, double> m_golden;
};

void TestRakedModels::initTestCase()
{
    QVERIFY(m_store.open(testStoreLocation(m_dir.filePath(QStringLiteral("store.sqlite")))));
    for (const QString &path : {QStringLiteral(SATISFECIT_TEST_DATA "/figures/respondents.csv"),
                                DataDir + QStringLiteral("respondents2021.csv")}) {
        RespondentImporter importer(m_store);
        const ImportResult result = importer.run(path, ImportOptions());
        QCOMPARE(int(result.status), int(ImportResult::Status::Imported));
        m_waves << result.wave.id;
        // As the weight command does: rake from the file's weights, store.
        std::optional<WaveData> data = m_store.loadWave(result.wave.id, true);
        QVERIFY(data);
        QString error;
        const std::optional<WaveWeighting> weighting = computeWeighting(*data, goldenMargins(), RakingOptions{}, &error);
        QVERIFY2(weighting, qPrintable(error));
        data->weights = weighting->weights;
        const Codebook codebook = m_store.codebook();
        const WaveSummary summary = WaveSummary::build(*data, globalColumn(*data, codebook), &codebook);
        QVERIFY(m_store.saveWeighting(result.wave.id, *weighting, summary.serialize()));
    }
    m_engine = std::make_unique<FigureEngine>(&m_store);
    m_golden = loadGolden();
}

void TestRakedModels::rankings_data()
{
    QTest::addColumn<int>("qpv");
    QTest::newRow("all") << int(FigureSelection::QpvFilter::All);
    QTest::newRow("qpv") << int(FigureSelection::QpvFilter::Qpv);
    QTest::newRow("hors qpv") << int(FigureSelection::QpvFilter::HorsQpv);
}

void TestRakedModels::rankings()
{
    QFETCH(int, qpv);
    const QString filter = qpv == int(FigureSelection::QpvFilter::All) ? "all"
                         : qpv == int(FigureSelection::QpvFilter::Qpv) ? "qpv"
                                                                       : "hors_qpv";
    FigureSelection selection;
    selection.set(m_waves[0], QString(), FigureSelection::QpvFilter(qpv), QString(), QString());
    RankingModel model(m_engine.get(), &selection);
    int compared = 0;
    for (const QString &code : SatisfactionCodes) {
        model.setQuestionCode(code);
        QCOMPARE(int(model.ranking().landlords.size()), 5);
        for (const LandlordRank &r : model.ranking().landlords) {
            const QString key = QStringLiteral("from_file|rank:%1:%2|%3|").arg(filter, r.code, code);
            QVERIFY2(m_golden.contains(key + "se"), qPrintable(key));
            COMPARE_NEAR(r.figure.se, m_golden.value(key + "se"), Exact);
            COMPARE_NEAR(r.rest.se, m_golden.value(key + "rest_se"), Exact);
            QCOMPARE(r.differsFromRest.has_value(), m_golden.contains(key + "rank_sig"));
            if (r.differsFromRest)
                QCOMPARE(int(*r.differsFromRest), int(m_golden.value(key + "rank_sig")));
            ++compared;
        }
    }
    QCOMPARE(compared, 30);
}

// The landlord's report and view (LandlordBenchmark on the engine's design).
void TestRakedModels::landlordBenchmark()
{
    const LandlordBenchmark benchmark(*m_engine->summary(m_waves[0]), std::nullopt,
                                      m_engine->calibratedDesign(m_waves[0]));
    int compared = 0;
    for (int l = 0; l < benchmark.landlordCodes().size(); ++l) {
        for (const LandlordQuestion &row : benchmark.questions(l)) {
            const QString key = QStringLiteral("from_file|rank:all:%1|%2|").arg(benchmark.landlordCodes()[l], row.code);
            if (!m_golden.contains(key + "se"))
                continue; // Q07, Q08: not in the golden rankings
            COMPARE_NEAR(row.landlord.se, m_golden.value(key + "se"), Exact);
            COMPARE_NEAR(row.rest.se, m_golden.value(key + "rest_se"), Exact);
            COMPARE_NEAR(row.region.se, m_golden.value("from_file|ensemble|" + row.code + "|se"), Exact);
            QCOMPARE(row.significant.has_value(), m_golden.contains(key + "rank_sig"));
            if (row.significant)
                QCOMPARE(int(*row.significant), int(m_golden.value(key + "rank_sig")));
            ++compared;
        }
    }
    QCOMPARE(compared, 30);
}

void TestRakedModels::drivers()
{
    FigureSelection selection;
    selection.set(m_waves[0], QString(), FigureSelection::QpvFilter::All, QString(), QString());
    DriversModel model(m_engine.get(), &selection);
    int compared = 0;
    for (const DriverFigure &d : model.analysis().drivers) {
        const QString key = "from_file|ensemble|" + d.code + "|se";
        if (!m_golden.contains(key))
            continue; // Q07, Q08
        COMPARE_NEAR(d.score.se, m_golden.value(key), Exact);
        ++compared;
    }
    QCOMPARE(compared, 5); // Q02..Q06
}

// Each wave's point with its own raked design's error; the 2021 point tested
// against 2020 on both.
void TestRakedModels::trend()
{
    for (const int qpv : {int(FigureSelection::QpvFilter::All), int(FigureSelection::QpvFilter::Qpv)}) {
        const QString group = qpv == int(FigureSelection::QpvFilter::All) ? "ensemble" : "qpv";
        FigureSelection selection;
        selection.set(m_waves[1], QString(), FigureSelection::QpvFilter(qpv), QString(), QString());
        TrendModel model(m_engine.get(), &selection);
        model.setQuestionCodes(SatisfactionCodes);
        int compared = 0;
        for (const TrendModel::Row &row : model.rowData()) {
            const QString key = group + "|" + row.code + "|";
            if (row.point.year == 2020) {
                COMPARE_NEAR(*row.point.se, m_golden.value("from_file|" + key + "se"), Exact);
            } else {
                QCOMPARE(row.point.year, 2021);
                COMPARE_NEAR(*row.point.se, m_golden.value("wave2021|" + key + "se"), Exact);
                QVERIFY(row.point.diffSignificant);
                QCOMPARE(int(*row.point.diffSignificant), int(m_golden.value("trend|" + key + "trend_sig")));
            }
            ++compared;
        }
        QCOMPARE(compared, 12);
    }
}

// A segment value as the window names it, through the engine.
void TestRakedModels::segmentValue()
{
    GroupFilter filter;
    filter.segmentColumn = QStringLiteral("type_habitat");
    filter.segmentValue = QStringLiteral("individuel");
    const std::optional<std::vector<double>> se = m_engine->calibratedScoreSe(m_waves[0], filter);
    QVERIFY(se);
    const WaveSummary *summary = m_engine->summary(m_waves[0]);
    for (const QString &code : SatisfactionCodes)
        COMPARE_NEAR((*se)[std::size_t(summary->questionIndex(code))],
                     m_golden.value("from_file|type_habitat=individuel|" + code + "|se"), Exact);
    filter.segmentValue = QStringLiteral("foyer"); // not in the wave
    QVERIFY(!m_engine->calibratedScoreSe(m_waves[0], filter));
}

QTEST_GUILESS_MAIN(TestRakedModels)
#include "tst_rakedmodels.moc"
