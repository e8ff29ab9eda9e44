// Tests of the figures engine's rules on hand-made inputs: band rounding at
// its edges, effectif insuffisant at 29/30, significance, R's quantiles,
// shares, and how trends merge published and computed points.
#include "drivers.h"
#include "figure.h"
#include "quantile.h"
#include "shares.h"
#include "trend.h"

#include <QTest>

#include <cmath>

namespace {

// perAnswer sums where every answer has weight 1: count n spread as given.
std::array<AnswerSums, 4> unitWeights(int code1, int code2, int code3, int code4)
{
    std::array<AnswerSums, 4> sums;
    const int counts[] = {code1, code2, code3, code4};
    for (int a = 0; a < 4; ++a)
        sums[a] = {double(counts[a]), double(counts[a]), double(counts[a])};
    return sums;
}

ScoreFigure figure(double score, double se, qint64 n)
{
    ScoreFigure f;
    f.score = score;
    f.se = se;
    f.n = n;
    f.band = bandOf(score, n);
    return f;
}

TrendPoint computed(int year, const QString &scope, double score, double se, qint64 n = 1000)
{
    return computedTrendPoint(year, scope, figure(score, se, n));
}

} // namespace

Q_DECLARE_METATYPE(Band)
Q_DECLARE_METATYPE(std::optional<bool>)

class TestFigureRules : public QObject
{
    Q_OBJECT

private slots:
    void bandRounding_data();
    void bandRounding();
    void bandNames();
    void effectifInsuffisant_data();
    void effectifInsuffisant();
    void scoreFromSums();
    void significance_data();
    void significance();
    void quantiles_data();
    void quantiles();
    void yesNoShares();
    void emptyGroup();
    void driversWithoutGlobal();
    void trendPrefersComputed();
    void trendScopeBreaks();
    void trendSeriesSplitAtBreaks();
};

void TestFigureRules::bandRounding_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("displayed");
    QTest::addColumn<Band>("band");
    QTest::newRow("6.95 rounds up to satisfaisant") << 6.95 << 7.0 << Band::Satisfaisant;
    QTest::newRow("5.95 rounds up to moyen") << 5.95 << 6.0 << Band::Moyen;
    QTest::newRow("6.949999 stays moyen") << 6.949999 << 6.9 << Band::Moyen;
    QTest::newRow("5.949999 stays insuffisant") << 5.949999 << 5.9 << Band::Insuffisant;
    QTest::newRow("6.95 one ulp below") << std::nextafter(6.95, 0.0) << 7.0 << Band::Satisfaisant;
    QTest::newRow("6.95 as 69.5 tenths divided") << 69.5 / 10 << 7.0 << Band::Satisfaisant;
    QTest::newRow("6.0 exactly") << 6.0 << 6.0 << Band::Moyen;
    QTest::newRow("7.0 exactly") << 7.0 << 7.0 << Band::Satisfaisant;
    QTest::newRow("6.9 is moyen") << 6.9 << 6.9 << Band::Moyen;
    QTest::newRow("5.94 rounds down") << 5.94 << 5.9 << Band::Insuffisant;
    QTest::newRow("0 points") << 0.0 << 0.0 << Band::Insuffisant;
    QTest::newRow("10 points") << 10.0 << 10.0 << Band::Satisfaisant;
    QTest::newRow("0.05 rounds up") << 0.05 << 0.1 << Band::Insuffisant;
}

void TestFigureRules::bandRounding()
{
    QFETCH(double, score);
    QFETCH(double, displayed);
    QFETCH(Band, band);
    QCOMPARE(displayedScore(score), displayed);
    QCOMPARE(bandOf(score, 30), band);
    QCOMPARE(bandOf(score, 29), Band::EffectifInsuffisant);
}

void TestFigureRules::bandNames()
{
    for (Band b : {Band::Insuffisant, Band::Moyen, Band::Satisfaisant, Band::EffectifInsuffisant})
        QCOMPARE(bandFromName(bandName(b)), std::optional<Band>(b));
    QCOMPARE(bandName(Band::EffectifInsuffisant), QStringLiteral("effectif_insuffisant"));
    QVERIFY(!bandFromName("bon"));
}

void TestFigureRules::effectifInsuffisant_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<Band>("band");
    QTest::newRow("0 answers") << 0 << Band::EffectifInsuffisant;
    QTest::newRow("1 answer") << 1 << Band::EffectifInsuffisant;
    QTest::newRow("29 answers") << 29 << Band::EffectifInsuffisant;
    QTest::newRow("30 answers") << 30 << Band::Satisfaisant;
    QTest::newRow("31 answers") << 31 << Band::Satisfaisant;
}

// Every answer "tout à fait satisfait": score 10 whatever n.
void TestFigureRules::effectifInsuffisant()
{
    QFETCH(int, n);
    QFETCH(Band, band);
    const ScoreFigure f = scoreFigure(unitWeights(n, 0, 0, 0));
    QCOMPARE(f.n, qint64(n));
    QCOMPARE(f.band, band);
    QCOMPARE(f.sufficient(), n >= 30);
    if (n > 0)
        QCOMPARE(f.score, 10.0);
    else
        QVERIFY(std::isnan(f.score));
}

// Against survey::svymean on x = 10, 7, 7, 3, 0 with w = .5, 1, 1.5, 2, .25.
void TestFigureRules::scoreFromSums()
{
    std::array<AnswerSums, 4> sums;
    sums[0] = {1, 0.5, 0.25};
    sums[1] = {2, 2.5, 1 + 2.25};
    sums[2] = {1, 2, 4};
    sums[3] = {1, 0.25, 0.0625};
    const ScoreFigure f = scoreFigure(sums);
    QCOMPARE(f.n, qint64(5));
    QVERIFY(qFuzzyCompare(f.score, 5.4285714285714288));
    QVERIFY(qFuzzyCompare(f.se, 1.3245231627227265));
    QVERIFY(qFuzzyCompare(f.pctSatisfied, 100 * 3.0 / 5.25));
    QVERIFY(qFuzzyCompare(f.nEff, 5.25 * 5.25 / 7.5625));
    QCOMPARE(f.band, Band::EffectifInsuffisant);
}

void TestFigureRules::significance_data()
{
    QTest::addColumn<double>("m1");
    QTest::addColumn<double>("se1");
    QTest::addColumn<int>("n1");
    QTest::addColumn<double>("m2");
    QTest::addColumn<double>("se2");
    QTest::addColumn<int>("n2");
    QTest::addColumn<std::optional<bool>>("expected");
    // 1.96 · √(0.1² + 0.1²) = 0.2772
    QTest::newRow("0.5 apart, se 0.1: significant") << 6.0 << 0.1 << 500 << 6.5 << 0.1 << 500 << std::optional<bool>(true);
    QTest::newRow("0.27 apart, se 0.1: not significant") << 6.0 << 0.1 << 500 << 6.27 << 0.1 << 500 << std::optional<bool>(false);
    QTest::newRow("0.28 apart, se 0.1: significant") << 6.28 << 0.1 << 500 << 6.0 << 0.1 << 500 << std::optional<bool>(true);
    QTest::newRow("0.5 apart, se 0.2: not significant") << 6.0 << 0.2 << 500 << 6.5 << 0.2 << 500 << std::optional<bool>(false);
    QTest::newRow("equal scores") << 6.0 << 0.01 << 500 << 6.0 << 0.01 << 500 << std::optional<bool>(false);
    QTest::newRow("first insufficient") << 4.0 << 0.1 << 29 << 8.0 << 0.1 << 500 << std::optional<bool>();
    QTest::newRow("second insufficient") << 4.0 << 0.1 << 500 << 8.0 << 0.1 << 29 << std::optional<bool>();
}

void TestFigureRules::significance()
{
    QFETCH(double, m1);
    QFETCH(double, se1);
    QFETCH(int, n1);
    QFETCH(double, m2);
    QFETCH(double, se2);
    QFETCH(int, n2);
    QFETCH(std::optional<bool>, expected);
    const ScoreFigure a = figure(m1, se1, n1), b = figure(m2, se2, n2);
    QCOMPARE(diffSignificant(a, b), expected);
    QCOMPARE(diffSignificant(b, a), expected);
    QCOMPARE(differenceSignificant(a, b), expected.value_or(false));
}

void TestFigureRules::quantiles_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // quantile(c(3.1, 7.4, 5.2, 6.8, 4.9, 8.0), p, type = 7) in R
    const QList<double> six = {3.1, 7.4, 5.2, 6.8, 4.9, 8.0};
    QTest::newRow("six values, minimum") << six << 0.0 << 3.1;
    QTest::newRow("six values, 10%") << six << 0.1 << 4.0;
    QTest::newRow("six values, first quartile") << six << 0.25 << 4.9750000000000005;
    QTest::newRow("six values, median") << six << 0.5 << 6.0;
    QTest::newRow("six values, third quartile") << six << 0.75 << 7.2500000000000009;
    QTest::newRow("six values, 90%") << six << 0.9 << 7.7000000000000002;
    QTest::newRow("six values, maximum") << six << 1.0 << 8.0;
    QTest::newRow("two values, first quartile") << QList<double>{5.5, 6.25} << 0.25 << 5.6875;
    QTest::newRow("two values, third quartile") << QList<double>{6.25, 5.5} << 0.75 << 6.0625;
    QTest::newRow("one value") << QList<double>{6.1} << 0.25 << 6.1;
}

void TestFigureRules::quantiles()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    const double q = quantileType7(std::vector<double>(values.begin(), values.end()), p);
    QVERIFY2(std::fabs(q - expected) < 1e-12, qPrintable(QString::number(q, 'g', 17)));
    QVERIFY(std::isnan(quantileType7({}, 0.5)));
}

// Against survey::svymean(~factor(a)) with yes (w 1, 2) and no (w 1).
void TestFigureRules::yesNoShares()
{
    CrossSums sums(2);
    sums.cell(1, 0).add(1.0);
    sums.cell(1, 3).add(2.0);
    sums.cell(2, 1).add(1.0);
    sums.cell(0, 2).add(5.0); // no answer: not in the shares
    const ShareFigure s = shareFigure(sums);
    QCOMPARE(s.n, qint64(3));
    QCOMPARE(s.options.size(), std::size_t(2));
    QCOMPARE(s.options[0].option, 1);
    QCOMPARE(s.options[0].n, qint64(2));
    QCOMPARE(s.options[0].percent, 75.0);
    QCOMPARE(s.options[1].percent, 25.0);
    QVERIFY(qFuzzyCompare(s.options[0].se, 28.641098093473999));
    QVERIFY(qFuzzyCompare(s.options[1].se, 28.641098093473999));
    QVERIFY(qFuzzyCompare(s.nEff, 16.0 / 6.0));
    QVERIFY(!s.sufficient());
}

void TestFigureRules::emptyGroup()
{
    const CrossSums sums(4);
    const ScoreFigure f = scoreFigure(sums);
    QCOMPARE(f.n, qint64(0));
    QCOMPARE(f.band, Band::EffectifInsuffisant);
    QVERIFY(std::isnan(f.score) && std::isnan(f.se));
    QVERIFY(std::isnan(weightedCorrelation(sums).r));
    const ShareFigure s = shareFigure(sums);
    QCOMPARE(s.options.size(), std::size_t(4));
    QVERIFY(std::isnan(s.options[0].percent));
}

void TestFigureRules::driversWithoutGlobal()
{
    const std::vector<QuestionInfo> questions = {{"Q01", QuestionType::Satisfaction4, 4}};
    const DriverAnalysis a = analyseDrivers(questions, -1, {CrossSums(4)});
    QVERIFY(a.drivers.empty());
    QVERIFY(a.priorityLevers.empty());
}

void TestFigureRules::trendPrefersComputed()
{
    const std::vector<PublishedPoint> published = {
        {2020, "Hauts-de-France", 6.0, 70.0, 40000, "rapport 2021"},
        {2017, "Hauts-de-France", 5.8, std::nullopt, std::nullopt, "rapport 2018"},
    };
    const std::vector<TrendPoint> trend =
        buildTrend({computed(2020, "Hauts-de-France", 6.04, 0.02)}, published);
    QCOMPARE(trend.size(), std::size_t(2));
    QCOMPARE(trend[0].year, 2017);
    QVERIFY(trend[0].published);
    QCOMPARE(trend[0].source, QStringLiteral("rapport 2018"));
    QCOMPARE(trend[0].n, qint64(0));
    QVERIFY(!trend[0].se && !trend[0].pctSatisfied);
    QCOMPARE(trend[1].year, 2020);
    QVERIFY(!trend[1].published);
    QCOMPARE(trend[1].score, 6.04);
    QCOMPARE(trend[1].se, std::optional<double>(0.02));
    QVERIFY(!trend[1].scopeBreakBefore);
    QVERIFY(!trend[1].diffSignificant); // the 2017 point has no se
}

void TestFigureRules::trendScopeBreaks()
{
    const std::vector<PublishedPoint> published = {
        {2017, "Picardie", 5.9, {}, 3000, "rapport 2018"},
        {2004, "Nord-Pas-de-Calais", 4.9, {}, 9000, "rapport 2005"},
        {2017, "Nord-Pas-de-Calais", 5.7, {}, 9000, "rapport 2018"},
        {2004, "Picardie", 5.1, {}, 3000, "rapport 2005"},
        {2020, "Hauts-de-France", 6.0, {}, 40000, "rapport 2021"},
    };
    const std::vector<TrendPoint> trend = buildTrend(
        {computed(2023, "Hauts-de-France", 6.3, 0.05), computed(2020, "Hauts-de-France", 6.02, 0.05)}, published);
    QStringList seen;
    for (const TrendPoint &p : trend)
        seen << QStringLiteral("%1 %2%3").arg(p.year).arg(p.scope, p.scopeBreakBefore ? " |" : "");
    QCOMPARE(seen, QStringList({"2004 Nord-Pas-de-Calais", "2004 Picardie", "2017 Nord-Pas-de-Calais",
                                "2017 Picardie", "2020 Hauts-de-France |", "2023 Hauts-de-France"}));
    QVERIFY(!trend[4].published);
    QCOMPARE(trend[5].diffSignificant, std::optional<bool>(true)); // 0.28 > 1.96 · √0.005 = 0.139
    QVERIFY(!trend[2].diffSignificant);                           // published: no se
}

void TestFigureRules::trendSeriesSplitAtBreaks()
{
    // Nord-Pas-de-Calais reappears after a Hauts-de-France wave: a new line.
    const std::vector<TrendPoint> trend = buildTrend(
        {computed(2004, "Nord-Pas-de-Calais", 4.9, 0.05), computed(2007, "Nord-Pas-de-Calais", 5.0, 0.05),
         computed(2020, "Hauts-de-France", 6.0, 0.05), computed(2023, "Nord-Pas-de-Calais", 6.1, 0.05, 20)},
        {});
    const std::vector<TrendSeries> series = trendSeries(trend);
    QCOMPARE(series.size(), std::size_t(3));
    QCOMPARE(series[0].scope, QStringLiteral("Nord-Pas-de-Calais"));
    QCOMPARE(series[0].points.size(), std::size_t(2));
    QCOMPARE(series[0].points[1].diffSignificant, std::optional<bool>(false)); // 0.1 < 0.139
    QCOMPARE(series[1].scope, QStringLiteral("Hauts-de-France"));
    QCOMPARE(series[2].scope, QStringLiteral("Nord-Pas-de-Calais"));
    QVERIFY(series[2].points[0].scopeBreakBefore);
    QVERIFY(!series[2].points[0].diffSignificant); // 20 answers: insufficient
}

QTEST_GUILESS_MAIN(TestFigureRules)
#include "tst_figures_rules.moc"
