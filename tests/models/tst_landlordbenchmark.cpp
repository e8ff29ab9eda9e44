// Each landlord against the rest of its region (survey-files.md §4), without
// strata and with the landlord as stratum (§5), against R's survey package: tests/data/landlord/golden.R computes golden.csv from
// the respondents of tests/data/figures. Also the peers' pseudonym letters.
#include "goldenfigures.h"
#include "landlordbenchmark.h"
#include "wavesummary.h"

#include <QSet>
#include <QTest>

#include <cmath>

namespace {

constexpr double Exact = 1e-9;

bool close(double actual, double expected)
{
    return std::fabs(actual - expected) <= Exact * std::fabs(expected) + 1e-14;
}

#define COMPARE_NEAR(actual, expected)                                                              \
    QVERIFY2(close((actual), (expected)),                                                          \
             qPrintable(QStringLiteral("%1 = %2, expected %3")                                     \
                            .arg(QLatin1String(#actual))                                           \
                            .arg(actual, 0, 'g', 17)                                               \
                            .arg(expected, 0, 'g', 17)))

} // namespace

class TestLandlordBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void againstR_data();
    void againstR();
    void ranksAndQuartiles();
    void peerLettersAreStable();

private:
    WaveSummary m_summary;
    WaveSummary m_stratified; ///< the same wave, the landlord as stratum
};

void TestLandlordBenchmark::initTestCase()
{
    const WaveData data = loadRespondents();
    // Through the blob, as the app reads it from the store.
    const std::optional<WaveSummary> summary =
        WaveSummary::deserialize(WaveSummary::build(data, /*globalColumn=*/0).serialize());
    QVERIFY(summary);
    m_summary = *summary;
    m_stratified = *summary;
    m_stratified.setLandlordStrata(true);
}

void TestLandlordBenchmark::againstR_data()
{
    QTest::addColumn<QString>("strata");
    QTest::addColumn<QString>("qpv");
    QTest::addColumn<QString>("landlord");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("golden");
    const QStringList rows = readGoldenLines(QStringLiteral(SATISFECIT_TEST_DATA "/landlord/golden.csv"));
    QCOMPARE(rows.first(), QStringLiteral("strata;qpv;landlord;code;n;score;se;rest_n;rest_score;rest_se;"
                                          "region_score;region_se;significant"));
    for (int i = 1; i < rows.size(); ++i) {
        QStringList f = rows[i].split(QLatin1Char(';'));
        const QString strata = f.takeFirst();
        QTest::addRow("strata %s, %s %s %s", qPrintable(strata), qPrintable(f[0]), qPrintable(f[1]), qPrintable(f[2]))
            << strata << f[0] << f[1] << f[2] << f;
    }
}

void TestLandlordBenchmark::againstR()
{
    QFETCH(QString, strata);
    QFETCH(QString, qpv);
    QFETCH(QString, landlord);
    QFETCH(QString, code);
    QFETCH(QStringList, golden);
    const std::optional<bool> filter = qpv == QLatin1String("qpv")        ? std::optional<bool>(true)
                                       : qpv == QLatin1String("hors_qpv") ? std::optional<bool>(false)
                                                                          : std::nullopt;
    const LandlordBenchmark benchmark(strata == QLatin1String("bailleur") ? m_stratified : m_summary, filter);
    const int l = int(benchmark.landlordCodes().indexOf(landlord));
    QVERIFY(l >= 0);
    const LandlordQuestion *row = nullptr;
    for (const LandlordQuestion &q : benchmark.questions(l))
        if (q.code == code)
            row = &q;
    QVERIFY(row);
    QCOMPARE(row->landlord.n, golden[3].toLongLong());
    QCOMPARE(row->rest.n, golden[6].toLongLong());
    COMPARE_NEAR(row->landlord.score, golden[4].toDouble());
    COMPARE_NEAR(row->landlord.se, golden[5].toDouble());
    COMPARE_NEAR(row->rest.score, golden[7].toDouble());
    COMPARE_NEAR(row->rest.se, golden[8].toDouble());
    COMPARE_NEAR(row->region.score, golden[9].toDouble());
    COMPARE_NEAR(row->region.se, golden[10].toDouble());
    if (golden[11].isEmpty())
        QVERIFY(!row->significant.has_value());
    else
        QCOMPARE(row->significant, std::optional<bool>(golden[11] == QLatin1String("1")));
    if (row->landlord.sufficient())
        COMPARE_NEAR(*row->gap(), golden[4].toDouble() - golden[9].toDouble());
    else
        QVERIFY(!row->gap());
}

void TestLandlordBenchmark::ranksAndQuartiles()
{
    const LandlordBenchmark benchmark(m_summary);
    const int q01 = m_summary.questionIndex(QStringLiteral("Q01"));
    const Ranking *ranking = benchmark.ranking(q01);
    QVERIFY(ranking);
    QVERIFY(!benchmark.ranking(m_summary.questionIndex(QStringLiteral("Q07")))); // yes/no: no ranking
    // Q01: E is too small; A, B, C, D ranked by score (golden: D 7.09, A 6.71, B 6.24, C 6.05).
    const QStringList expectedOrder = {"D", "A", "B", "C"};
    for (int rank = 1; rank <= 4; ++rank) {
        const int l = int(benchmark.landlordCodes().indexOf(expectedOrder[rank - 1]));
        const LandlordQuestion &row = benchmark.questions(l).front();
        QCOMPARE(row.code, QStringLiteral("Q01"));
        QCOMPARE(row.rank, rank);
        QCOMPARE(row.peerCount, 4);
        // Four peers: each stands in its own quarter (R quantile type 7).
        QCOMPARE(row.quartile, rank);
    }
    const LandlordQuestion &small = benchmark.questions(int(benchmark.landlordCodes().indexOf("E"))).front();
    QVERIFY(!small.landlord.sufficient());
    QCOMPARE(small.rank, 0);
    QCOMPARE(small.quartile, 0);
}

void TestLandlordBenchmark::peerLettersAreStable()
{
    const QStringList codes = {"BL01", "BL02", "BL03", "BL04", "BL05"};
    const QStringList a = peerLetters(codes, "wave-1");
    QCOMPARE(a, peerLetters(codes, "wave-1"));
    QCOMPARE(QSet<QString>(a.cbegin(), a.cend()), (QSet<QString>{"A", "B", "C", "D", "E"}));
    // The same landlord keeps its letter whatever the order the codes come in.
    QStringList reversed = codes;
    std::reverse(reversed.begin(), reversed.end());
    const QStringList b = peerLetters(reversed, "wave-1");
    for (int i = 0; i < codes.size(); ++i)
        QCOMPARE(b[codes.size() - 1 - i], a[i]);
    // Letters do not simply follow the codes for every salt.
    bool differs = false;
    for (int salt = 0; salt < 8 && !differs; ++salt)
        differs = peerLetters(codes, QByteArray::number(salt)) != QStringList({"A", "B", "C", "D", "E"});
    QVERIFY(differs);
    QStringList many;
    for (int i = 0; i < 30; ++i)
        many << QStringLiteral("L%1").arg(i);
    const QStringList letters = peerLetters(many, "x");
    QVERIFY(letters.contains(QStringLiteral("Z")));
    QVERIFY(letters.contains(QStringLiteral("AD")));
}

QTEST_GUILESS_MAIN(TestLandlordBenchmark)
#include "tst_landlordbenchmark.moc"
