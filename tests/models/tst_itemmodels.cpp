// The figure models over a real store: QAbstractItemModelTester on each, and
// their numbers checked against the figures engine.
#include "distributionmodel.h"
#include "driversmodel.h"
#include "figureengine.h"
#include "figureroles.h"
#include "figureselection.h"
#include "qpvcomparisonmodel.h"
#include "rankingmodel.h"
#include "respondentimporter.h"
#include "segmentfigures.h"
#include "store.h"
#include "teststore.h"
#include "themescoremodel.h"
#include "trendmodel.h"
#include "wavelistmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

// A small deterministic survey: 4 landlords (one tiny), QPV, a segment.
QByteArray surveyCsv(int year, int rows, int shift)
{
    QByteArray csv = "id;annee;bailleur;qpv;poids;secteur";
    for (int q = 1; q <= 41; ++q)
        csv += ";Q" + QByteArray::number(q).rightJustified(2, '0');
    csv += '\n';
    for (int i = 0; i < rows; ++i) {
        const QByteArray landlord = i % 50 == 0 ? "TINY" : "L" + QByteArray::number(i % 3);
        csv += QByteArray::number(i) + ';' + QByteArray::number(year) + ';' + landlord + ';'
               + QByteArray::number(i % 3 == 0) + ';' + QByteArray::number(0.5 + (i % 7) * 0.25) + ';'
               + (i % 2 ? "nord" : "sud");
        for (int q = 1; q <= 41; ++q) {
            csv += ';';
            if ((i + q) % 11 == 0)
                continue;
            if (q == 30)
                csv += QByteArray::number(1 + (i + q) % 4);
            else if (q == 31 || q == 32 || q == 41)
                csv += QByteArray::number(1 + (i + q) % 2);
            else
                csv += QByteArray::number(1 + (i * 7 + q * 3 + shift + (i % 3 == 0 ? 1 : 0)) % 4 / (q % 5 == 0 ? 2 : 1));
        }
        csv += '\n';
    }
    return csv;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modelsPassTheTester();
    void numbersInTheLocale();
    void themeScoresMatchTheEngine();
    void qpvComparisonMatchesTheEngine();
    void selectionChangesResetTheModels();
    void smallBasesAreNeverScores();
    void rankingMarksTheSelectedLandlord();
    void trendMixesPublishedAndComputed();
    void displayFollowsTheLocale();

private:
    void importWave(int year, int rows, int shift, const QString &scope);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<FigureEngine> m_engine;
    std::unique_ptr<FigureSelection> m_selection;
    qint64 m_wave = 0;
};

void TestItemModels::importWave(int year, int rows, int shift, const QString &scope)
{
    const QString path = m_dir->filePath(QStringLiteral("survey_%1.csv").arg(year));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(surveyCsv(year, rows, shift));
    file.close();
    RespondentImporter importer(*m_store);
    ImportOptions options;
    options.scope = scope;
    const ImportResult result = importer.run(path, options);
    QCOMPARE(int(result.status), int(ImportResult::Status::Imported));
    m_wave = result.wave.id;
}

void TestItemModels::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(testStoreLocation(m_dir->filePath(QStringLiteral("store.sqlite")))));
    importWave(2017, 600, 1, QStringLiteral("Hauts-de-France"));
    importWave(2020, 900, 0, QStringLiteral("Hauts-de-France"));
    PublishedFigure published;
    published.year = 2004;
    published.scope = QStringLiteral("Nord-Pas-de-Calais");
    published.code = QStringLiteral("Q01");
    published.segment = QStringLiteral("ensemble");
    published.score = 7.1;
    published.source = QStringLiteral("test");
    QVERIFY(m_store->savePublishedFigures({published}));
    m_engine = std::make_unique<FigureEngine>(m_store.get());
    m_selection = std::make_unique<FigureSelection>();
    m_selection->setLanguage(QStringLiteral("en"));
    m_selection->setWaveId(m_wave);
}

void TestItemModels::cleanup()
{
    m_selection.reset();
    m_engine.reset();
    m_store.reset();
    m_dir.reset();
}

void TestItemModels::numbersInTheLocale()
{
    const QLocale french(QLocale::French, QLocale::France);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(percentSuffix(french), QStringLiteral("\u202F%")); // "87 %", never broken before the sign
    QCOMPARE(percentSuffix(english), QStringLiteral("%"));
    QCOMPARE(signedDifference(0.26, french), QStringLiteral("+0,3"));
    QCOMPARE(signedDifference(-1.44, french), QStringLiteral("\u22121,4"));
    QCOMPARE(signedDifference(-0.04, french), QStringLiteral("0,0")); // never "-0,0"
    QCOMPARE(signedDifference(0.04, english), QStringLiteral("0.0"));
    QCOMPARE(signedDifference(-0.05000001, english), QStringLiteral("\u22120.1"));
    QCOMPARE(signedDifference(std::nan(""), english), QStringLiteral("–"));

    // The models' own formatting, in the default locale.
    struct Probe : ThemeScoreModel
    {
        using ThemeScoreModel::ThemeScoreModel;
        using FigureModel::percent;
        using FigureModel::score;
    };
    const QLocale previous;
    QLocale::setDefault(french);
    Probe model(m_engine.get(), m_selection.get());
    QCOMPARE(model.score(-0.04), QStringLiteral("0,0"));
    QCOMPARE(model.score(7.84), QStringLiteral("7,8"));
    QCOMPARE(model.percent(87.2), QStringLiteral("87\u202F%"));
    QLocale::setDefault(english);
    QCOMPARE(model.score(-0.26), QStringLiteral("-0.3"));
    QCOMPARE(model.percent(87.2), QStringLiteral("87%"));
    QLocale::setDefault(previous);
}

void TestItemModels::modelsPassTheTester()
{
    ThemeScoreModel themes(m_engine.get(), m_selection.get());
    QpvComparisonModel qpv(m_engine.get(), m_selection.get());
    DistributionModel distribution(m_engine.get(), m_selection.get());
    TrendModel trend(m_engine.get(), m_selection.get());
    RankingModel ranking(m_engine.get(), m_selection.get());
    DriversModel drivers(m_engine.get(), m_selection.get());
    WaveListModel waves;
    waves.setStore(m_store.get());
    const QList<QAbstractItemModel *> models = {&themes, &qpv, &distribution, &trend, &ranking, &drivers, &waves};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : models) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QVERIFY2(model->rowCount() > 0, model->metaObject()->className());
    }
    // The tester watches the resets that every filter change makes.
    m_selection->setLandlord(QStringLiteral("L1"));
    m_selection->setQpvFilter(FigureSelection::QpvFilter::Qpv);
    m_selection->setSegment(QStringLiteral("secteur"), QStringLiteral("nord"));
    trend.setQuestionCodes({QStringLiteral("Q01"), QStringLiteral("Q02")});
    ranking.setQuestionCode(QStringLiteral("Q26"));
    m_selection->set(m_wave, QString(), FigureSelection::QpvFilter::All, QString(), QString());
}

void TestItemModels::themeScoresMatchTheEngine()
{
    ThemeScoreModel model(m_engine.get(), m_selection.get());
    const WaveSummary *summary = m_engine->summary(m_wave);
    QVERIFY(summary);
    int checked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString code = model.index(row, ThemeScoreModel::Code).data().toString();
        const ScoreFigure expected = scoreFigure(summary->sums(summary->questionIndex(code), SummaryGroup::whole()));
        QCOMPARE(model.index(row, ThemeScoreModel::Score).data(Qt::EditRole).toDouble(), expected.score);
        QCOMPARE(model.index(row, ThemeScoreModel::N).data(Qt::EditRole).toLongLong(), expected.n);
        QCOMPARE(model.index(row, ThemeScoreModel::Score).data(+FigureRole::CiLow).toDouble(), expected.ciLow);
        QCOMPARE(model.index(row, ThemeScoreModel::BandColumn).data(+FigureRole::Band).toInt(), int(expected.band));
        // The 2017 wave is the previous one of the same scope.
        QVERIFY(model.index(row, ThemeScoreModel::Previous).data(Qt::EditRole).isValid());
        ++checked;
    }
    QCOMPARE(checked, 37); // the 41 questions less Q30 (single choice) and Q31, Q32, Q41 (yes/no)
    QCOMPARE(model.previousYear(), 2017);
}

void TestItemModels::qpvComparisonMatchesTheEngine()
{
    QpvComparisonModel model(m_engine.get(), m_selection.get());
    const WaveSummary *summary = m_engine->summary(m_wave);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString code = model.index(row, QpvComparisonModel::Code).data().toString();
        const int q = summary->questionIndex(code);
        const ScoreFigure qpv = scoreFigure(summary->sums(q, SummaryGroup::qpvOnly()));
        const ScoreFigure hors = scoreFigure(summary->sums(q, SummaryGroup::horsQpv()));
        QCOMPARE(model.index(row, QpvComparisonModel::Gap).data(Qt::EditRole).toDouble(), qpv.score - hors.score);
        QCOMPARE(model.index(row, QpvComparisonModel::Significant).data(Qt::EditRole).toBool(),
                 differenceSignificant(qpv, hors));
    }
}

void TestItemModels::selectionChangesResetTheModels()
{
    ThemeScoreModel model(m_engine.get(), m_selection.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const double whole = model.index(0, ThemeScoreModel::Score).data(Qt::EditRole).toDouble();
    m_selection->setQpvFilter(FigureSelection::QpvFilter::Qpv);
    QCOMPARE(resets.count(), 1);
    const double qpvOnly = model.index(0, ThemeScoreModel::Score).data(Qt::EditRole).toDouble();
    QVERIFY(whole != qpvOnly);
    m_selection->setQpvFilter(FigureSelection::QpvFilter::Qpv); // no change, no reset
    QCOMPARE(resets.count(), 1);
    m_selection->setSegment(QStringLiteral("secteur"), QStringLiteral("sud"));
    QCOMPARE(resets.count(), 2);
    const WaveData *data = m_engine->waveData(m_wave);
    QVERIFY(data);
    // Recompute Q01 over QPV tenants of the "sud" sector by hand.
    const auto &answers = data->answers[0].values;
    const int sector = segmentColumnIndex(*data, QStringLiteral("secteur"));
    double sw = 0, swx = 0;
    for (int i = 0; i < data->respondentCount(); ++i) {
        if (!data->qpv[i] || answers[i] == 0
            || data->segments[sector].dictionary[data->segments[sector].values[i]] != QLatin1String("sud"))
            continue;
        sw += data->weights[i];
        swx += data->weights[i] * satisfactionPoints(answers[i]);
    }
    QCOMPARE(model.index(0, ThemeScoreModel::Code).data().toString(), QStringLiteral("Q01"));
    QVERIFY(std::abs(model.index(0, ThemeScoreModel::Score).data(Qt::EditRole).toDouble() - swx / sw) < 1e-12);
}

void TestItemModels::smallBasesAreNeverScores()
{
    m_selection->setLandlord(QStringLiteral("TINY")); // 18 respondents
    ThemeScoreModel model(m_engine.get(), m_selection.get());
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, ThemeScoreModel::Score).data(Qt::EditRole).isValid());
        QCOMPARE(model.index(row, ThemeScoreModel::Score).data().toString(), QStringLiteral("n < 30"));
        QCOMPARE(model.index(row, 0).data(+FigureRole::Sufficient).toBool(), false);
        QVERIFY(std::isnan(model.index(row, 0).data(+FigureRole::Score).toDouble()));
    }
}

void TestItemModels::rankingMarksTheSelectedLandlord()
{
    m_selection->setLandlord(QStringLiteral("L2"));
    RankingModel model(m_engine.get(), m_selection.get());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.smallBaseCount(), 1);
    int selected = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(+FigureRole::Selected).toBool()) {
            ++selected;
            QCOMPARE(model.index(row, RankingModel::Landlord).data().toString(), QStringLiteral("L2"));
        }
    QCOMPARE(selected, 1);
    // The small base comes last, without a rank.
    QCOMPARE(model.index(3, RankingModel::Landlord).data().toString(), QStringLiteral("TINY"));
    QVERIFY(!model.index(3, RankingModel::Rank).data(Qt::EditRole).isValid());
}

void TestItemModels::trendMixesPublishedAndComputed()
{
    TrendModel model(m_engine.get(), m_selection.get());
    QCOMPARE(model.rowCount(), 3); // 2004 published, 2017 and 2020 computed
    QCOMPARE(model.index(0, TrendModel::Year).data(Qt::EditRole).toInt(), 2004);
    QCOMPARE(model.index(0, 0).data(+FigureRole::Published).toBool(), true);
    QCOMPARE(model.index(1, 0).data(+FigureRole::Published).toBool(), false);
    // Nord-Pas-de-Calais then Hauts-de-France: two lines, never one.
    QCOMPARE(int(model.series().size()), 2);
    QCOMPARE(model.index(1, 0).data(+FigureRole::ScopeBreak).toBool(), true);
}

void TestItemModels::displayFollowsTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    ThemeScoreModel model(m_engine.get(), m_selection.get());
    const QString text = model.index(0, ThemeScoreModel::Score).data().toString();
    QVERIFY2(text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('.')), qPrintable(text));
    QCOMPARE(text, QLocale().toString(model.index(0, ThemeScoreModel::Score).data(Qt::EditRole).toDouble(), 'f', 1));
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
