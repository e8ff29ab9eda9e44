// Golden tests of groups as domains of a wave's design (survey-files.md §4
// and §5) against R's survey package: stratified by landlord and by a
// segment column, read through the FigureEngine from a store as the app
// reads them; weights scaled by 1e±200; scores exactly at x.x5; the display
// rounding; trends never skipping a too-small wave. Values from
// tests/data/figures/golden.R.
#include "teststore.h"
#include "figure.h"
#include "figureengine.h"
#include "goldenfigures.h"
#include "segmentfigures.h"
#include "shares.h"
#include "store.h"
#include "trend.h"
#include "wavesummary.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

const QString DataDir = QStringLiteral(SATISFECIT_TEST_DATA "/figures/");
constexpr double Exact = 1e-10;

bool close(double actual, double expected, double tolerance)
{
    return std::fabs(actual - expected) <= tolerance * std::fabs(expected) + 1e-14;
}

#define COMPARE_NEAR(actual, expected)                                                              \
    QVERIFY2(close((actual), (expected), Exact),                                                   \
             qPrintable(QStringLiteral("%1 = %2, expected %3")                                     \
                            .arg(QLatin1String(#actual))                                           \
                            .arg(actual, 0, 'g', 17)                                               \
                            .arg(expected, 0, 'g', 17)))

Codebook goldenCodebook()
{
    std::vector<Question> questions;
    for (const char *code : {"Q01", "Q02", "Q03", "Q04", "Q05", "Q06", "Q07", "Q08"}) {
        Question q;
        q.code = QString::fromLatin1(code);
        q.theme = QStringLiteral("test");
        q.labelFr = q.labelEn = q.code;
        q.isGlobal = q.code == QLatin1String("Q01");
        q.type = q.code == QLatin1String("Q07") ? QuestionType::YesNo
            : q.code == QLatin1String("Q08")    ? QuestionType::Single
                                                : QuestionType::Satisfaction4;
        if (q.type == QuestionType::Single)
            q.options = {{"1", "a"}, {"2", "b"}, {"3", "c"}, {"4", "d"}};
        questions.push_back(q);
    }
    return Codebook(std::move(questions));
}

// A golden group name as the filter bar's filter; rest: true for "rest:X".
GroupFilter filterOf(const QString &group, bool *rest)
{
    GroupFilter f;
    *rest = group.startsWith(QLatin1String("rest:"));
    const QString landlord = group.section(':', 1, 1);
    if (group == QLatin1String("qpv") || group.startsWith(QLatin1String("landlord_qpv:")))
        f.qpv = true;
    if (group == QLatin1String("hors_qpv") || group.startsWith(QLatin1String("landlord_hors_qpv:")))
        f.qpv = false;
    if (group.startsWith(QLatin1String("landlord")) || *rest || group.startsWith(QLatin1String("segment_landlord:")))
        f.landlord = landlord;
    if (group.startsWith(QLatin1String("segment"))) {
        const QString spec = group.section(':', -1);
        f.segmentColumn = spec.section('=', 0, 0);
        f.segmentValue = spec.section('=', 1);
    }
    return f;
}

} // namespace

class TestFiguresDomains : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stratified_data();
    void stratified();
    void designChangeFollows();
    void scaledWeights_data();
    void scaledWeights();
    void exactHalves_data();
    void exactHalves();
    void displayRounding();
    void trendNeverSkipsAWave();

private:
    double golden(const QString &group, const QString &code, const QString &statistic) const
    {
        const QString key = group + '|' + code + '|' + statistic;
        if (!m_golden.contains(key))
            qFatal("no golden value %s", qPrintable(key));
        return m_golden.value(key);
    }
    void compareGroup(const QString &group, const QString &code, const CrossSums &sums);

    WaveData m_data;
    QHash<QString, double> m_golden;
    QTemporaryDir m_dir;
    Store m_store;
    std::unique_ptr<FigureEngine> m_engine;
    QHash<QString, qint64> m_waveOfDesign; // golden prefix → wave id
};

void TestFiguresDomains::initTestCase()
{
    m_data = loadRespondents(DataDir + "respondents.csv");
    m_golden = loadGolden(DataDir + "golden.csv");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_store.open(testStoreLocation(m_dir.filePath("store.sqlite"))), qPrintable(m_store.error().message));
    const Codebook codebook = goldenCodebook();
    int year = 2020;
    for (const QString &strata : {QStringLiteral("bailleur"), QStringLiteral("type_habitat"), QString()}) {
        WaveInfo info;
        info.year = year;
        info.scope = QStringLiteral("Test");
        info.sourceFile = QStringLiteral("respondents.csv");
        info.sha256 = QString(64, QLatin1Char('a' + (year - 2020)));
        info.importedAt = QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC);
        info.strata = strata;
        const qint64 id = m_store.insertWave(info, m_data, QByteArray(), 0, &codebook);
        QVERIFY2(id > 0, qPrintable(m_store.error().message));
        QCOMPARE(m_store.wave(id)->strata, strata);
        m_waveOfDesign.insert(strata.isEmpty() ? QString() : "strata_" + QString(strata == "bailleur" ? "bailleur" : "habitat") + '/', id);
        ++year;
    }
    m_engine = std::make_unique<FigureEngine>(&m_store);
}

void TestFiguresDomains::compareGroup(const QString &group, const QString &code, const CrossSums &sums)
{
    const bool satisfaction = code != QLatin1String("Q07") && code != QLatin1String("Q08");
    const qint64 n = qint64(sums.valid().count);
    QCOMPARE(n, qint64(golden(group, code, "n")));
    if (n < 2)
        return;
    if (satisfaction) {
        const ScoreFigure f = scoreFigure(sums);
        COMPARE_NEAR(f.score, golden(group, code, "score"));
        COMPARE_NEAR(f.se, golden(group, code, "se"));
        COMPARE_NEAR(f.pctSatisfied, golden(group, code, "pct_satisfied"));
        COMPARE_NEAR(f.nEff, golden(group, code, "n_eff"));
        COMPARE_NEAR(f.ciLow, f.score - 1.959964 * f.se);
    }
    const ShareFigure s = shareFigure(sums);
    for (const OptionShare &o : s.options) {
        const QString i = QString::number(o.option);
        COMPARE_NEAR(o.percent, 100 * golden(group, code, "share_" + i));
        COMPARE_NEAR(o.se, 100 * golden(group, code, "share_se_" + i));
    }
}

void TestFiguresDomains::stratified_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("code");
    QStringList keys = m_golden.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QStringList parts = key.split('|');
        // Unstratified groups too, through the engine this time.
        const bool design = parts[0].startsWith(QLatin1String("strata_")) || !parts[0].contains('/');
        if (parts[2] == QLatin1String("n") && design && parts[1] != QString() && !parts[0].startsWith("peers"))
            QTest::newRow(qPrintable(parts[0] + ' ' + parts[1])) << parts[0] << parts[1];
    }
}

void TestFiguresDomains::stratified()
{
    QFETCH(QString, group);
    QFETCH(QString, code);
    const QString prefix = group.contains('/') ? group.section('/', 0, 0) + '/' : QString();
    const qint64 wave = m_waveOfDesign.value(prefix);
    bool rest = false;
    const GroupFilter filter = filterOf(group.section('/', -1), &rest);
    const auto sums = rest ? m_engine->restSums(wave, filter) : m_engine->groupSums(wave, filter);
    QVERIFY(sums);
    const int q = m_engine->summary(wave)->questionIndex(code);
    compareGroup(group, code, (*sums)[std::size_t(q)]);
}

// `design` changes the figures of a wave without re-importing it.
void TestFiguresDomains::designChangeFollows()
{
    const qint64 wave = m_waveOfDesign.value(QString());
    GroupFilter qpv;
    qpv.qpv = true;
    const int q = m_engine->summary(wave)->questionIndex("Q02");
    QVERIFY(m_store.setWaveStrata(wave, QStringLiteral("bailleur")));
    m_engine->invalidate();
    COMPARE_NEAR(scoreFigure((*m_engine->groupSums(wave, qpv))[q]).se, golden("strata_bailleur/qpv", "Q02", "se"));
    QVERIFY(m_store.setWaveStrata(wave, QString()));
    m_engine->invalidate();
    COMPARE_NEAR(scoreFigure((*m_engine->groupSums(wave, qpv))[q]).se, golden("qpv", "Q02", "se"));
}

void TestFiguresDomains::scaledWeights_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("strata");
    QTest::newRow("1e200") << 1e200 << "scaled_up/landlord:B" << false;
    QTest::newRow("1e-200") << 1e-200 << "scaled_down/landlord:B" << false;
    QTest::newRow("1e200 strata") << 1e200 << "scaled_up/strata_bailleur/qpv" << true;
}

void TestFiguresDomains::scaledWeights()
{
    QFETCH(double, scale);
    QFETCH(QString, group);
    QFETCH(bool, strata);
    WaveData data = m_data;
    for (double &w : data.weights)
        w *= scale;
    WaveSummary summary = WaveSummary::build(data, 0);
    summary.setLandlordStrata(strata);
    const SummaryGroup g = strata ? SummaryGroup::qpvOnly() : SummaryGroup::ofLandlord(summary.landlordIndex("B"));
    for (const QString &code : {"Q01", "Q02", "Q05", "Q07", "Q08"})
        compareGroup(group, code, summary.sums(summary.questionIndex(code), g));
    // Not one bit moves: the sums are scaled by a power of two.
    WaveSummary plain = WaveSummary::build(m_data, 0);
    plain.setLandlordStrata(strata);
    const ScoreFigure a = scoreFigure(summary.sums(1, g)), b = scoreFigure(plain.sums(1, g));
    QCOMPARE(a.score, b.score);
    QCOMPARE(a.se, b.se);
    QCOMPARE(a.nEff, b.nEff);
}

void TestFiguresDomains::exactHalves_data()
{
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("b");
    for (int a = 1; a <= 4; ++a)
        for (int b = 1; b <= 4; ++b)
            QTest::newRow(qPrintable(QStringLiteral("%1%2").arg(a).arg(b))) << a << b;
}

// Two respondents weighted 0.3 and 0.9: scores such as 7.75 (7.7499999999999991
// in binary, in R too) show as the decimal value rounds, and the band with them.
void TestFiguresDomains::exactHalves()
{
    QFETCH(int, a);
    QFETCH(int, b);
    const QString group = QStringLiteral("halves:%1%2").arg(a).arg(b);
    CrossSums sums(4);
    sums.cell(a, 0).add(0.3);
    sums.cell(b, 0).add(0.9);
    const ScoreFigure f = scoreFigure(sums);
    COMPARE_NEAR(f.score, golden(group, "", "score"));
    const double tenths = golden(group, "", "displayed_tenths");
    QCOMPARE(displayedScore(f.score), tenths / 10.0);
    const QLocale fr(QLocale::French, QLocale::France);
    QCOMPARE(formatScore(f.score, fr), fr.toString(tenths / 10.0, 'f', 1));
    const Band expected = tenths < 60 ? Band::Insuffisant : tenths < 70 ? Band::Moyen : Band::Satisfaisant;
    QCOMPARE(int(bandOf(f.score, MinimumEffectif)), int(expected));
}

void TestFiguresDomains::displayRounding()
{
    const QLocale fr(QLocale::French, QLocale::France);
    QCOMPARE(formatScore(6.9499999999999993, fr), QStringLiteral("7,0"));
    QCOMPARE(bandOf(6.9499999999999993, 100), Band::Satisfaisant);
    QCOMPARE(formatScore(5.9499999999999993, fr), QStringLiteral("6,0"));
    QCOMPARE(bandOf(5.9499999999999993, 100), Band::Moyen);
    QCOMPARE(formatScore(-0.05, fr), fr.negativeSign() + QStringLiteral("0,1"));
    QCOMPARE(formatScore(-0.04, fr), QStringLiteral("0,0"));
    QCOMPARE(formatScore(6.94, fr), QStringLiteral("6,9"));
    QCOMPARE(bandOf(6.94, 100), Band::Moyen);
    QCOMPARE(formatScore(std::nan(""), fr), QString());
}

// 2019 and 2021 differ significantly, but 2020 (the wave just before 2021)
// is too small or absent: 2021 has no test, never one against 2019.
void TestFiguresDomains::trendNeverSkipsAWave()
{
    const auto point = [](int year, double score, qint64 n) {
        ScoreFigure f;
        f.score = score;
        f.se = 0.05;
        f.ciLow = score - Z95 * f.se;
        f.ciHigh = score + Z95 * f.se;
        f.n = n;
        return computedTrendPoint(year, QStringLiteral("HdF"), f);
    };
    const std::vector<TrendPoint> small = buildTrend({point(2019, 6.0, 500), point(2020, 9.0, 12), point(2021, 8.0, 500)}, {});
    QCOMPARE(small.size(), std::size_t(3));
    QVERIFY(!small[1].sufficient());
    QVERIFY(!small[1].diffSignificant);
    QVERIFY(!small[2].diffSignificant);

    const std::vector<TrendPoint> absent = buildTrend({point(2019, 6.0, 500), absentTrendPoint(2020, "HdF"), point(2021, 8.0, 500)}, {});
    QCOMPARE(absent.size(), std::size_t(2));
    QCOMPARE(absent[1].year, 2021);
    QVERIFY(!absent[1].diffSignificant);

    const std::vector<TrendPoint> whole = buildTrend({point(2019, 6.0, 500), point(2020, 6.1, 500), point(2021, 8.0, 500)}, {});
    QCOMPARE(whole[1].diffSignificant, std::optional<bool>(false));
    QCOMPARE(whole[2].diffSignificant, std::optional<bool>(true));
}

QTEST_GUILESS_MAIN(TestFiguresDomains)
#include "tst_figures_domains.moc"
