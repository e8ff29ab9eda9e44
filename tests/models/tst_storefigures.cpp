// Tests of the published figures in the Store (round trips, replacement, all
// or none) and of deleting the demo data.
#include "storefixtures.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestStoreFigures : public StoreFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void publishedFigureRoundTrip_data();
    void publishedFigureRoundTrip();
    void publishedFiguresReplaceAndAllOrNone();
    void deleteDemoData();
};

void TestStoreFigures::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreFigures::cleanup()
{
    m_dir.reset();
}

// ---------------------------------------------------------------------------

void TestStoreFigures::publishedFigureRoundTrip_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QVariant>("score");
    QTest::addColumn<QVariant>("pctSatisfied");
    QTest::addColumn<QVariant>("n");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("illustrative");
    QTest::addColumn<bool>("isDemo");

    QTest::newRow("every optional field set")
        << QString() << QVariant(7.6) << QVariant(84.25) << QVariant(qint64(4012))
        << "Rapport régional 2016, p. 12" << false << false;
    QTest::newRow("every optional field null")
        << QString() << QVariant() << QVariant() << QVariant() << QString() << false << false;
    QTest::newRow("score only, zero values are not null")
        << QString() << QVariant(0.0) << QVariant() << QVariant(qint64(0)) << QString() << false << false;
    QTest::newRow("share of a single-choice option")
        << "2" << QVariant() << QVariant(31.5) << QVariant(qint64(980)) << "Synthèse 2015" << false << false;
    QTest::newRow("illustrative demo figure")
        << QString() << QVariant(6.9) << QVariant(70.0) << QVariant() << QString() << true << true;
}

void TestStoreFigures::publishedFigureRoundTrip()
{
    QFETCH(QString, option);
    QFETCH(QVariant, score);
    QFETCH(QVariant, pctSatisfied);
    QFETCH(QVariant, n);
    QFETCH(QString, source);
    QFETCH(bool, illustrative);
    QFETCH(bool, isDemo);

    PublishedFigure f;
    f.year = 2016;
    f.scope = QStringLiteral("Nord-Pas-de-Calais");
    f.code = option.isEmpty() ? QStringLiteral("Q01") : QStringLiteral("Q30");
    f.segment = QStringLiteral("hors_qpv");
    f.option = option;
    if (score.isValid())
        f.score = score.toDouble();
    if (pctSatisfied.isValid())
        f.pctSatisfied = pctSatisfied.toDouble();
    if (n.isValid())
        f.n = n.toLongLong();
    f.source = source;
    f.illustrative = illustrative;
    f.isDemo = isDemo;
    {
        Store store;
        QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
        QVERIFY2(store.savePublishedFigures({f}), qPrintable(store.error().message));
    }
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const QList<PublishedFigure> figures = store.publishedFigures();
    QCOMPARE(figures.size(), 1);
    const PublishedFigure &r = figures.first();
    QCOMPARE(r.year, 2016);
    QCOMPARE(r.scope, f.scope);
    QCOMPARE(r.code, f.code);
    QCOMPARE(r.segment, f.segment);
    QCOMPARE(r.option, option);
    QCOMPARE(r.score.has_value(), score.isValid());
    QCOMPARE(r.score.value_or(-1), score.isValid() ? score.toDouble() : -1.0);
    QCOMPARE(r.pctSatisfied.has_value(), pctSatisfied.isValid());
    QCOMPARE(r.pctSatisfied.value_or(-1), pctSatisfied.isValid() ? pctSatisfied.toDouble() : -1.0);
    QCOMPARE(r.n.has_value(), n.isValid());
    QCOMPARE(r.n.value_or(-1), n.isValid() ? n.toLongLong() : qint64(-1));
    QCOMPARE(r.source, source);
    QCOMPARE(r.illustrative, illustrative);
    QCOMPARE(r.isDemo, isDemo);
    QCOMPARE(store.publishedFigures(f.code).size(), 1);
    QCOMPARE(store.publishedFigures(QStringLiteral("Q02")).size(), 0);
}

void TestStoreFigures::publishedFiguresReplaceAndAllOrNone()
{
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    PublishedFigure f;
    f.year = 2016;
    f.scope = QStringLiteral("Picardie");
    f.code = QStringLiteral("Q01");
    f.segment = QStringLiteral("ensemble");
    f.score = 7.1;
    f.n = 1500;
    QVERIFY(store.savePublishedFigures({f}));
    // The same year, scope, code, segment and option replace the figure.
    f.score = 7.3;
    f.n.reset();
    f.source = QStringLiteral("erratum");
    QVERIFY(store.savePublishedFigures({f}));
    QList<PublishedFigure> figures = store.publishedFigures();
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().score.value_or(0), 7.3);
    QVERIFY(!figures.first().n);
    QCOMPARE(figures.first().source, QStringLiteral("erratum"));

    // A figure for an unknown question fails the whole batch.
    PublishedFigure good = f;
    good.year = 2017;
    PublishedFigure bad = f;
    bad.code = QStringLiteral("Q99");
    QVERIFY(!store.savePublishedFigures({good, bad}));
    QVERIFY(!store.error().isNull());
    // Out of range, refused by the schema.
    PublishedFigure outOfRange = good;
    outOfRange.score = 11.0;
    QVERIFY(!store.savePublishedFigures({good, outOfRange}));
    figures = store.publishedFigures();
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().year, 2016);
}

void TestStoreFigures::deleteDemoData()
{
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    WaveInfo demo = waveInfo(2019, QStringLiteral("Hauts-de-France"), hexSha('d'));
    demo.isDemo = true;
    const qint64 demoId = store.insertWave(demo, sampleWave({"DEMO_A", "SHARED", "DEMO_B"}), QByteArray("demo"));
    const qint64 realId = store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('e')),
                                           sampleWave({"SHARED", "REAL"}), {});
    QVERIFY(demoId > 0 && realId > 0);
    QVERIFY(store.wave(demoId)->isDemo);
    PublishedFigure demoFigure;
    demoFigure.year = 2012;
    demoFigure.scope = QStringLiteral("Hauts-de-France");
    demoFigure.code = QStringLiteral("Q01");
    demoFigure.segment = QStringLiteral("ensemble");
    demoFigure.score = 7.0;
    demoFigure.isDemo = true;
    demoFigure.illustrative = true;
    PublishedFigure realFigure = demoFigure;
    realFigure.year = 2013;
    realFigure.isDemo = false;
    realFigure.illustrative = false;
    QVERIFY(store.savePublishedFigures({demoFigure, realFigure}));

    QVERIFY2(store.deleteDemoData(), qPrintable(store.error().message));
    QVERIFY(!store.loadWave(demoId));
    QVERIFY(store.waveSummary(demoId).isEmpty());
    QCOMPARE(store.waves().size(), 1);
    QCOMPARE(store.waves().first().id, realId);
    QVERIFY(store.loadWave(realId));
    const QList<PublishedFigure> figures = store.publishedFigures();
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().year, 2013);
    QCOMPARE(storedLandlordCodes(store.database()), QStringLiteral("REAL,SHARED"));
    // Nothing left to remove: still a success.
    QVERIFY(store.deleteDemoData());
    QCOMPARE(store.waves().size(), 1);
}

QTEST_GUILESS_MAIN(TestStoreFigures)
#include "tst_storefigures.moc"
