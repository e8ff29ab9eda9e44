// One figures layer (issue #12, point 7): under every combination of the
// filter bar (wave, landlord, QPV, segment), every model a page shows — the
// cards' scores, the distribution, the drivers, the QPV comparison and the
// trend's point of the selected wave — gives the same n and score as the
// engine's sums for that group, which the commands and exports read too.
#include "teststore.h"
#include "distributionmodel.h"
#include "driversmodel.h"
#include "figureengine.h"
#include "figureselection.h"
#include "figuretables.h"
#include "qpvcomparisonmodel.h"
#include "rankingmodel.h"
#include "respondentimporter.h"
#include "smallsegments.h"
#include "store.h"
#include "themescoremodel.h"
#include "trendmodel.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

// Three landlords and a tiny one, QPV, a segment "secteur"; the 2019 wave is
// small, so that some of its groups are too small.
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
               + (i % 5 ? "nord" : "sud");
        for (int q = 1; q <= 41; ++q) {
            csv += ';';
            if ((i + q) % 11 == 0)
                continue;
            if (q == 30)
                csv += QByteArray::number(1 + (i + q) % 4);
            else if (q == 31 || q == 32 || q == 41)
                csv += QByteArray::number(1 + (i + q) % 2);
            else
                csv += QByteArray::number(1 + (i * 7 + q * 3 + shift + (i % 3 == 0 ? 1 : 0)) % 4);
        }
        csv += '\n';
    }
    return csv;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::fabs(a - b) <= 1e-12 * std::max(1.0, std::fabs(b));
}

} // namespace

class TestFigureAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyModelAgrees_data();
    void everyModelAgrees();

private:
    QTemporaryDir m_dir;
    Store m_store;
    std::unique_ptr<FigureEngine> m_engine;
    QList<qint64> m_waves;
};

void TestFigureAgreement::initTestCase()
{
    QVERIFY(m_store.open(testStoreLocation(m_dir.filePath(QStringLiteral("store.sqlite")))));
    const std::pair<int, int> waves[] = {{2017, 700}, {2019, 70}, {2021, 900}};
    for (const auto &[year, rows] : waves) {
        const QString path = m_dir.filePath(QStringLiteral("survey_%1.csv").arg(year));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(surveyCsv(year, rows, year % 4));
        file.close();
        RespondentImporter importer(m_store);
        ImportOptions options;
        options.strata = year == 2021 ? QStringLiteral("bailleur") : year == 2017 ? QStringLiteral("secteur") : QString();
        const ImportResult result = importer.run(path, options);
        QCOMPARE(int(result.status), int(ImportResult::Status::Imported));
        m_waves << result.wave.id;
    }
    m_engine = std::make_unique<FigureEngine>(&m_store);
}

void TestFigureAgreement::everyModelAgrees_data()
{
    QTest::addColumn<int>("wave");
    QTest::addColumn<QString>("landlord");
    QTest::addColumn<int>("qpv");
    QTest::addColumn<QString>("segment");
    for (int w = 0; w < 3; ++w)
        for (const QString &landlord : {QString(), QStringLiteral("L1"), QStringLiteral("TINY")})
            for (int qpv = 0; qpv < 3; ++qpv)
                for (QString segment : {QString(), QStringLiteral("sud")}) {
                    // In the small 2019 wave "sud" has 14 tenants: never named,
                    // it is offered as the group of small values.
                    if (w == 1 && !segment.isEmpty())
                        segment = otherSegmentValues();
                    QTest::newRow(qPrintable(QStringLiteral("w%1 %2 qpv%3 %4").arg(w).arg(landlord).arg(qpv).arg(segment)))
                        << w << landlord << qpv << segment;
                }
}

void TestFigureAgreement::everyModelAgrees()
{
    QFETCH(int, wave);
    QFETCH(QString, landlord);
    QFETCH(int, qpv);
    QFETCH(QString, segment);
    FigureSelection selection;
    selection.setLanguage(QStringLiteral("en"));
    selection.set(m_waves[wave], landlord, FigureSelection::QpvFilter(qpv),
                  segment.isEmpty() ? QString() : QStringLiteral("secteur"), segment);
    ThemeScoreModel themes(m_engine.get(), &selection);
    DistributionModel distribution(m_engine.get(), &selection);
    DriversModel drivers(m_engine.get(), &selection);
    QpvComparisonModel qpvModel(m_engine.get(), &selection);
    TrendModel trend(m_engine.get(), &selection);
    RankingModel ranking(m_engine.get(), &selection);

    // The one computation: the engine's sums for the selection's group.
    GroupFilter filter;
    filter.landlord = landlord;
    if (qpv != 0)
        filter.qpv = qpv == 1;
    filter.segmentColumn = segment.isEmpty() ? QString() : QStringLiteral("secteur");
    filter.segmentValue = segment;
    const WaveSummary *summary = m_engine->summary(m_waves[wave]);
    const auto sums = m_engine->groupSums(m_waves[wave], filter);
    QVERIFY(summary && sums);
    const auto expected = [&](const QString &code) { return scoreFigure((*sums)[std::size_t(summary->questionIndex(code))]); };

    QVERIFY(!themes.rowData().empty());
    for (const ThemeScoreModel::Row &row : themes.rowData()) {
        const ScoreFigure e = expected(row.code);
        QCOMPARE(row.figure.n, e.n);
        QVERIFY(same(row.figure.score, e.score) && same(row.figure.se, e.se));
    }
    QCOMPARE(distribution.rowData().size(), themes.rowData().size());
    for (const DistributionModel::Row &row : distribution.rowData())
        QCOMPARE(row.shares.n, expected(row.code).n);
    bool anyClassified = false;
    for (const DriverFigure &d : drivers.analysis().drivers) {
        QCOMPARE(d.score.n, expected(d.code).n);
        anyClassified = anyClassified || d.quadrant != Quadrant::Unclassified;
    }
    // Too small a group: no lever found, and not "no priority lever" either.
    if (expected(QStringLiteral("Q02")).n < MinimumEffectif)
        QVERIFY(!anyClassified && drivers.analysis().priorityLevers.empty());

    // The QPV page: the selection's groups, QPV and hors QPV.
    for (const QpvComparisonModel::Row &row : qpvModel.rowData()) {
        for (const bool isQpv : {true, false}) {
            GroupFilter f = filter;
            f.qpv = isQpv;
            const auto part = m_engine->groupSums(m_waves[wave], f);
            QVERIFY(part);
            const ScoreFigure e = scoreFigure((*part)[std::size_t(summary->questionIndex(row.code))]);
            QCOMPARE((isQpv ? row.qpv : row.horsQpv).n, e.n);
            QVERIFY(same((isQpv ? row.qpv : row.horsQpv).se, e.se));
        }
    }

    // The landlords page: each landlord within the same QPV and segment filter.
    QCOMPARE(ranking.ranking().landlords.size(), std::size_t(4));
    for (const LandlordRank &l : ranking.ranking().landlords) {
        GroupFilter f = filter;
        f.landlord = l.code;
        const auto own = m_engine->groupSums(m_waves[wave], f);
        QVERIFY(own);
        const ScoreFigure e = scoreFigure((*own)[std::size_t(summary->questionIndex(QStringLiteral("Q01")))]);
        QCOMPARE(l.figure.n, e.n);
        QVERIFY(same(l.figure.se, e.se));
    }

    // The trend of the overall question: the selected wave's point is the
    // cards' figure (the segment applies too), or absent when too small.
    const ScoreFigure overall = expected(QStringLiteral("Q01"));
    const WaveInfo info = *m_engine->wave(m_waves[wave]);
    const auto point = std::find_if(trend.rowData().begin(), trend.rowData().end(), [&](const TrendModel::Row &r) {
        // The selection's own line (a landlord's view draws the region's beside it).
        return !r.point.published && r.point.year == info.year && r.landlord == landlord;
    });
    if (overall.sufficient()) {
        QVERIFY(point != trend.rowData().end());
        QCOMPARE(point->point.n, overall.n);
        QVERIFY(same(point->point.score, overall.score));
        QVERIFY(point->point.se && same(*point->point.se, overall.se));
    } else {
        QVERIFY(point == trend.rowData().end());
    }
    // And the trend command reads the same table.
    const TrendTable table = trendTable(*m_engine, QStringLiteral("Q01"), filter);
    const auto cli = std::find_if(table.points.begin(), table.points.end(),
                                  [&](const TrendPoint &p) { return !p.published && p.year == info.year; });
    QVERIFY(cli != table.points.end() || overall.n == 0);
    if (cli != table.points.end())
        QCOMPARE(cli->n, overall.n);
    // 2021 after a too-small 2019 group: no test against 2017.
    if (wave == 2) {
        const TrendPoint *middle = nullptr;
        for (const TrendPoint &p : table.points)
            if (p.year == 2019)
                middle = &p;
        const TrendPoint &last = table.points.back();
        if (!middle || !middle->sufficient())
            QVERIFY(!last.diffSignificant);
        else
            QVERIFY(last.diffSignificant.has_value() == last.sufficient());
    }
}

QTEST_MAIN(TestFigureAgreement)
#include "tst_figureagreement.moc"
