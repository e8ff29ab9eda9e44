// A raked wave's shares, rankings, trend and drivers with the standard
// errors of its calibrated design, against R's survey package on the raked
// design (tests/data/raking/golden.R: shares, rank:…, wave2021 and trend
// rows of golden.csv).
#include "calibrateddesign.h"
#include "drivers.h"
#include "rakinggolden.h"
#include "ranking.h"
#include "raking.h"
#include "segmentfigures.h"
#include "shares.h"
#include "trend.h"
#include "wavesummary.h"
#include "weightingreport.h"

#include <QTest>

#include <memory>

using namespace rakinggolden;

namespace {

/// A wave raked to the golden margins, its summary and calibrated design.
struct RakedWave
{
    WaveData data;
    WaveWeighting weighting;
    std::unique_ptr<WaveSummary> summary;
    std::unique_ptr<CalibratedDesign> design;

    int landlord(const QString &code) const { return int(data.landlordCodes.indexOf(code)); }
};

/// design: from_file, stratified (the landlord as strata) or trimmed (5..40).
std::unique_ptr<RakedWave> rakedWave(const QString &design, const QString &path = QString())
{
    auto wave = std::make_unique<RakedWave>();
    wave->data = path.isEmpty() ? loadRespondents() : loadRespondents(path);
    RakingOptions options;
    if (design == QLatin1String("trimmed")) {
        options.trimLower = 5;
        options.trimUpper = 40;
    }
    QString error;
    const std::optional<WaveWeighting> w = computeWeighting(wave->data, goldenMargins(), options, &error);
    if (!w)
        qFatal("raking: %s", qPrintable(error));
    wave->weighting = *w;
    wave->data.weights = w->weights;
    std::vector<int> strata;
    if (design == QLatin1String("stratified"))
        strata.assign(wave->data.landlord.begin(), wave->data.landlord.end());
    wave->summary = std::make_unique<WaveSummary>(WaveSummary::build(wave->data, 0));
    wave->design = std::make_unique<CalibratedDesign>(wave->data, *matchMargins(wave->data, goldenMargins(), nullptr),
                                                      w->lastFactors, strata, nullptr, -1, w->untrimmed);
    return wave;
}

} // namespace

class TestRakedFigures : public QObject
{
    Q_OBJECT

private slots:
    void sharesAsR_data();
    void sharesAsR();
    void severalSegmentValuesAsR_data();
    void severalSegmentValuesAsR();
    void rankingsAsR_data();
    void rankingsAsR();
    void trendAsR();
    void driversAsR();
};

void TestRakedFigures::sharesAsR_data()
{
    QTest::addColumn<QString>("design");
    QTest::newRow("from the file's weights") << "from_file";
    QTest::newRow("strata: the landlord") << "stratified";
    QTest::newRow("trimmed to 5..40") << "trimmed";
}

// svymean(~factor(answer), subset(raked, !is.na(answer) & group)).
void TestRakedFigures::sharesAsR()
{
    QFETCH(QString, design);
    const std::unique_ptr<RakedWave> wave = rakedWave(design);
    const WaveSummary &summary = *wave->summary;
    const QHash<QString, double> golden = loadGolden();
    const int a = wave->landlord("A"), e = wave->landlord("E");
    const int individuel = int(wave->data.segments[0].dictionary.indexOf("individuel"));
    const SegmentSums segment = segmentSums(wave->data, 0, 0);
    struct Group
    {
        QString name;
        CalibratedGroup group;
        std::vector<CrossSums> sums;
    };
    const std::vector<Group> groups = {
        {"ensemble", {}, summary.sums(SummaryGroup::whole())},
        {"qpv", {-1, false, true}, summary.sums(SummaryGroup::qpvOnly())},
        {"hors_qpv", {-1, false, false}, summary.sums(SummaryGroup::horsQpv())},
        {"A", {a, false, std::nullopt}, summary.sums(SummaryGroup::ofLandlord(a))},
        {"E", {e, false, std::nullopt}, summary.sums(SummaryGroup::ofLandlord(e))},
        {"rest:A", {a, true, std::nullopt}, summary.sums(SummaryGroup::restOf(a))},
        {"rest:E", {e, true, std::nullopt}, summary.sums(SummaryGroup::restOf(e))},
        {"type_habitat=individuel", {-1, false, std::nullopt, 0, individuel},
         segment.groups[std::size_t(individuel)].sums},
    };
    int compared = 0;
    for (const Group &g : groups) {
        for (const QString code : {"Q07", "Q08"}) {
            const int q = int(wave->data.answers.size()) - (code == QLatin1String("Q07") ? 2 : 1);
            const ShareFigure plain = shareFigure(g.sums[std::size_t(q)]);
            const ShareFigure f = withStandardErrors(plain, wave->design->shareSe(q, g.group));
            QCOMPARE(int(f.options.size()), code == QLatin1String("Q07") ? 2 : 4);
            for (const OptionShare &o : f.options) {
                const QString key = QStringLiteral("%1|%2|%3|").arg(design, g.name, code);
                const QString level = QString::number(o.option);
                QVERIFY2(golden.contains(key + "share_se_" + level), qPrintable(key + level));
                COMPARE_NEAR(o.percent, 100 * golden.value(key + "share_" + level), Exact);
                COMPARE_NEAR(o.se, 100 * golden.value(key + "share_se_" + level), Exact);
                COMPARE_NEAR(o.ciHigh - o.ciLow, 2 * Z95 * 100 * golden.value(key + "share_se_" + level), Exact);
                // The plain formula on the raked weights is not R's raked design.
                QVERIFY(std::fabs(plain.options[std::size_t(o.option - 1)].se - o.se) > 1e-6 * o.se);
                ++compared;
            }
        }
    }
    QCOMPARE(compared, 8 * 6);
}

void TestRakedFigures::severalSegmentValuesAsR_data()
{
    sharesAsR_data();
}

// A group of several segment values (the group of small values is one):
// scores and shares.
void TestRakedFigures::severalSegmentValuesAsR()
{
    QFETCH(QString, design);
    const std::unique_ptr<RakedWave> wave = rakedWave(design);
    const QHash<QString, double> golden = loadGolden();
    const QStringList &dictionary = wave->data.segments[0].dictionary;
    const int individuel = int(dictionary.indexOf("individuel")), intermediaire = int(dictionary.indexOf("intermediaire"));
    CalibratedGroup group{-1, false, std::nullopt, 0, -1, {individuel, intermediaire}};
    const SegmentSums segment = segmentSums(wave->data, 0, 0);
    std::vector<CrossSums> sums = segment.groups[std::size_t(individuel)].sums;
    for (std::size_t q = 0; q < sums.size(); ++q)
        sums[q] += segment.groups[std::size_t(intermediaire)].sums[q];
    const QString key = design + "|type_habitat=individuel|intermediaire|";
    const std::vector<double> se = wave->design->scoreSe(group);
    for (int q = 0; q < SatisfactionCodes.size(); ++q) {
        const ScoreFigure f = withStandardError(scoreFigure(sums[std::size_t(q)]), se[std::size_t(q)]);
        QVERIFY2(golden.contains(key + SatisfactionCodes[q] + "|se"), qPrintable(key));
        COMPARE_NEAR(f.score, golden.value(key + SatisfactionCodes[q] + "|score"), Exact);
        COMPARE_NEAR(f.se, golden.value(key + SatisfactionCodes[q] + "|se"), Exact);
    }
    const int q08 = int(wave->data.answers.size()) - 1;
    const ShareFigure shares = withStandardErrors(shareFigure(sums[std::size_t(q08)]), wave->design->shareSe(q08, group));
    for (const OptionShare &o : shares.options)
        COMPARE_NEAR(o.se, 100 * golden.value(key + "Q08|share_se_" + QString::number(o.option)), Exact);
    // The same group named by one value is that value's alone.
    group.segmentValues = {individuel};
    COMPARE_NEAR(wave->design->scoreSe(0, group),
                 golden.value(design + "|type_habitat=individuel|Q01|se"), Exact);
}

void TestRakedFigures::rankingsAsR_data()
{
    QTest::addColumn<QString>("design");
    QTest::newRow("from the file's weights") << "from_file";
    QTest::newRow("strata: the landlord") << "stratified";
}

// Each landlord and the rest of its wave (or of QPV / hors QPV), domains of
// the raked design, and the test between them.
void TestRakedFigures::rankingsAsR()
{
    QFETCH(QString, design);
    const std::unique_ptr<RakedWave> wave = rakedWave(design);
    const QHash<QString, double> golden = loadGolden();
    int compared = 0, tested = 0, changed = 0;
    for (int q = 0; q < SatisfactionCodes.size(); ++q) {
        for (const QString filter : {"all", "qpv", "hors_qpv"}) {
            const std::optional<bool> qpv = filter == QLatin1String("all") ? std::nullopt
                                                                            : std::optional<bool>(filter == QLatin1String("qpv"));
            const Ranking plain = rankLandlords(*wave->summary, q, qpv);
            Ranking ranking = plain;
            calibrateRanking(ranking, *wave->design, {-1, false, qpv});
            // Every question's errors at once (as LandlordBenchmark takes them): the same.
            Ranking batch = plain;
            calibrateRanking(batch, rankingErrors(*wave->design, wave->data.landlordCodes, {-1, false, qpv}));
            COMPARE_NEAR(batch.regional.se, ranking.regional.se, 1e-12);
            for (std::size_t i = 0; i < ranking.landlords.size(); ++i) {
                COMPARE_NEAR(batch.landlords[i].figure.se, ranking.landlords[i].figure.se, 1e-12);
                COMPARE_NEAR(batch.landlords[i].rest.se, ranking.landlords[i].rest.se, 1e-12);
                QCOMPARE(batch.landlords[i].differsFromRest, ranking.landlords[i].differsFromRest);
            }
            COMPARE_NEAR(ranking.regional.se, wave->design->scoreSe(q, {-1, false, qpv}), 1e-12);
            QCOMPARE(int(ranking.landlords.size()), 5);
            for (std::size_t i = 0; i < ranking.landlords.size(); ++i) {
                const LandlordRank &r = ranking.landlords[i];
                QCOMPARE(r.code, plain.landlords[i].code); // the order and ranks stay
                QCOMPARE(r.rank, plain.landlords[i].rank);
                const QString key = QStringLiteral("%1|rank:%2:%3|%4|").arg(design, filter, r.code, SatisfactionCodes[q]);
                QVERIFY2(golden.contains(key + "se"), qPrintable(key));
                COMPARE_NEAR(r.figure.score, golden.value(key + "score"), Exact);
                COMPARE_NEAR(r.figure.se, golden.value(key + "se"), Exact);
                COMPARE_NEAR(r.rest.score, golden.value(key + "rest_score"), Exact);
                COMPARE_NEAR(r.rest.se, golden.value(key + "rest_se"), Exact);
                QCOMPARE(r.differsFromRest.has_value(), golden.contains(key + "rank_sig"));
                if (r.differsFromRest) {
                    QCOMPARE(int(*r.differsFromRest), int(golden.value(key + "rank_sig")));
                    ++tested;
                }
                changed += r.differsFromRest != plain.landlords[i].differsFromRest;
                ++compared;
            }
        }
    }
    QCOMPARE(compared, 6 * 3 * 5);
    QVERIFY(tested > 50);
    qInfo("%d landlord-vs-rest tests tested, %d differ from the plain formula's", tested, changed);
}

// Each wave's score and error on its own raked design; the test between two
// waves uses both.
void TestRakedFigures::trendAsR()
{
    const std::unique_ptr<RakedWave> first = rakedWave("from_file");
    const std::unique_ptr<RakedWave> second = rakedWave("from_file", DataDir + "respondents2021.csv");
    QCOMPARE(second->data.year, 2021);
    const QHash<QString, double> golden = loadGolden();
    int compared = 0, significant = 0;
    const std::vector<std::pair<QString, CalibratedGroup>> groups = {
        {"ensemble", {}}, {"qpv", {-1, false, true}}, {"hors_qpv", {-1, false, false}}};
    for (int q = 0; q < SatisfactionCodes.size(); ++q) {
        for (const auto &[name, group] : groups) {
            const SummaryGroup sg = group.qpv ? (*group.qpv ? SummaryGroup::qpvOnly() : SummaryGroup::horsQpv())
                                              : SummaryGroup::whole();
            const ScoreFigure f1 = withStandardError(scoreFigure(first->summary->sums(q, sg)), first->design->scoreSe(q, group));
            const ScoreFigure f2 = withStandardError(scoreFigure(second->summary->sums(q, sg)), second->design->scoreSe(q, group));
            const QString code = SatisfactionCodes[q];
            COMPARE_NEAR(f1.se, golden.value("from_file|" + name + "|" + code + "|se"), Exact);
            COMPARE_NEAR(f2.score, golden.value("wave2021|" + name + "|" + code + "|score"), Exact);
            COMPARE_NEAR(f2.se, golden.value("wave2021|" + name + "|" + code + "|se"), Exact);
            const std::vector<TrendPoint> trend =
                buildTrend({computedTrendPoint(2020, "HDF", f1), computedTrendPoint(2021, "HDF", f2)}, {});
            QCOMPARE(int(trend.size()), 2);
            QVERIFY(trend[1].diffSignificant.has_value());
            const QString key = "trend|" + name + "|" + code + "|trend_sig";
            QVERIFY2(golden.contains(key), qPrintable(key));
            QCOMPARE(int(*trend[1].diffSignificant), int(golden.value(key)));
            COMPARE_NEAR(*trend[1].se, f2.se, 1e-15);
            significant += *trend[1].diffSignificant;
            ++compared;
        }
    }
    QCOMPARE(compared, 18);
    QVERIFY(significant > 0 && significant < compared); // Q02 got better
}

// The drivers' scores carry the calibrated errors; importances and quadrants
// do not depend on them.
void TestRakedFigures::driversAsR()
{
    const std::unique_ptr<RakedWave> wave = rakedWave("from_file");
    const QHash<QString, double> golden = loadGolden();
    const DriverAnalysis plain = analyseDrivers(*wave->summary, SummaryGroup::whole());
    DriverAnalysis analysis = plain;
    calibrateDrivers(analysis, wave->design->scoreSe(CalibratedGroup{}));
    QCOMPARE(int(analysis.drivers.size()), 5); // Q02..Q06, Q01 being the global question
    for (std::size_t i = 0; i < analysis.drivers.size(); ++i) {
        const DriverFigure &d = analysis.drivers[i];
        COMPARE_NEAR(d.score.score, golden.value("from_file|ensemble|" + d.code + "|score"), Exact);
        COMPARE_NEAR(d.score.se, golden.value("from_file|ensemble|" + d.code + "|se"), Exact);
        QVERIFY(d.score.se < plain.drivers[i].score.se);
        QCOMPARE(d.quadrant, plain.drivers[i].quadrant);
        QCOMPARE(d.importance.r, plain.drivers[i].importance.r);
    }
    QCOMPARE(analysis.priorityLevers, plain.priorityLevers);
}

QTEST_GUILESS_MAIN(TestRakedFigures)
#include "tst_rakedfigures.moc"
