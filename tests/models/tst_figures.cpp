// Golden tests of the figures engine against R's survey package: the
// respondents and expected values under tests/data/figures/ come from
// golden.R there. Every figure is read from a WaveSummary that went through
// its blob, as the app reads it from the store.
#include "drivers.h"
#include "goldenfigures.h"
#include "figure.h"
#include "ranking.h"
#include "segmentfigures.h"
#include "shares.h"
#include "wavesummary.h"

#include <QFile>
#include <QHash>
#include <QTest>
#include <QtEndian>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <tuple>
#include <vector>

namespace {

const QString DataDir = QStringLiteral(SATISFECIT_TEST_DATA "/figures/");
const QStringList SatisfactionCodes = {"Q01", "Q02", "Q03", "Q04", "Q05", "Q06"};
constexpr int GlobalColumn = 0; // Q01
constexpr int WholeSampleSize = 2000;

// Spec formulas against R: equal up to the order of floating-point sums.
// Relative, so that a small se is held to as many digits as a score.
constexpr double Exact = 1e-9;

bool close(double actual, double expected, double tolerance)
{
    return std::fabs(actual - expected) <= tolerance * std::fabs(expected) + 1e-14;
}

#define COMPARE_NEAR(actual, expected, tolerance)                                                   \
    QVERIFY2(close((actual), (expected), (tolerance)),                                             \
             qPrintable(QStringLiteral("%1 = %2, expected %3")                                     \
                            .arg(QLatin1String(#actual))                                           \
                            .arg(actual, 0, 'g', 17)                                               \
                            .arg(expected, 0, 'g', 17)))

// Where the cells start in a blob of format 2 (after the cell count), and
// how many there are; -1 if not found. It ends with the cells (three doubles
// each), the counts' number and the counts (8 questions × 11).
qsizetype denseCellsAt(const QByteArray &dense, quint64 *cellCount)
{
    const qsizetype countsAt = dense.size() - 88 * 8 - 8;
    for (qsizetype at = countsAt - 24; at >= 8; at -= 24) {
        quint64 be = 0;
        std::memcpy(&be, dense.constData() + at - 8, sizeof be);
        if (qFromBigEndian(be) == quint64(countsAt - at) / 24) {
            *cellCount = qFromBigEndian(be);
            return at;
        }
    }
    return -1;
}

} // namespace

class TestFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryRoundTrip();
    void damagedBlobs_data();
    void damagedBlobs();
    void olderFormatBlobs_data();
    void olderFormatBlobs();
    void packedCellsExact();
    void crossSumsStorage();
    void scores_data();
    void scores();
    void shares_data();
    void shares();
    void importance_data();
    void importance();
    void drivers_data();
    void drivers();
    void peers_data();
    void peers();
    void segmentPathMatchesSummary();

private:
    double golden(const QString &group, const QString &code, const QString &statistic) const;
    bool hasGolden(const QString &group, const QString &code, const QString &statistic) const;
    /// Rows "group code" for every group of golden.csv holding statistic,
    /// optionally only for some codes.
    void addRows(const QString &statistic, const QString &groupPrefix = QString(),
                 const QStringList &codes = QStringList());
    std::vector<CrossSums> groupSums(const QString &group) const;

    WaveData m_data;
    WaveSummary m_built;
    WaveSummary m_summary; // m_built after serialize() and deserialize()
    QHash<QString, double> m_golden;
};

void TestFigures::initTestCase()
{
    m_data = loadRespondents(DataDir + "respondents.csv");
    QCOMPARE(m_data.respondentCount(), WholeSampleSize);
    m_golden = loadGolden(DataDir + "golden.csv");
    QVERIFY(m_golden.size() > 3000);
    m_built = WaveSummary::build(m_data, GlobalColumn);
    QString error;
    const std::optional<WaveSummary> read = WaveSummary::deserialize(m_built.serialize(), &error);
    QVERIFY2(read, qPrintable(error));
    m_summary = *read;
}

double TestFigures::golden(const QString &group, const QString &code, const QString &statistic) const
{
    const QString key = group + '|' + code + '|' + statistic;
    if (!m_golden.contains(key))
        qFatal("no golden value %s", qPrintable(key));
    return m_golden.value(key);
}

bool TestFigures::hasGolden(const QString &group, const QString &code, const QString &statistic) const
{
    return m_golden.contains(group + '|' + code + '|' + statistic);
}

void TestFigures::addRows(const QString &statistic, const QString &groupPrefix, const QStringList &codes)
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("code");
    QStringList keys = m_golden.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QStringList parts = key.split('|');
        const bool wanted = (codes.isEmpty() || codes.contains(parts[1]))
            && (groupPrefix.contains('/') || !parts[0].contains('/')); // designs of tst_figures_domains
        if (parts[2] == statistic && parts[0].startsWith(groupPrefix) && wanted)
            QTest::newRow(qPrintable(parts[0] + ' ' + parts[1])) << parts[0] << parts[1];
    }
}

// The sums of every question for a golden group name.
std::vector<CrossSums> TestFigures::groupSums(const QString &group) const
{
    const QString landlord = group.section(':', 1, 1);
    const int l = m_summary.landlordIndex(landlord);
    if (group == "ensemble")
        return m_summary.sums(SummaryGroup::whole());
    if (group == "qpv")
        return m_summary.sums(SummaryGroup::qpvOnly());
    if (group == "hors_qpv")
        return m_summary.sums(SummaryGroup::horsQpv());
    if (group.startsWith("landlord:"))
        return m_summary.sums(SummaryGroup::ofLandlord(l));
    if (group.startsWith("rest:"))
        return m_summary.sums(SummaryGroup::restOf(l));
    if (group.startsWith("landlord_qpv:"))
        return m_summary.sums(SummaryGroup::ofLandlord(l, true));
    if (group.startsWith("landlord_hors_qpv:"))
        return m_summary.sums(SummaryGroup::ofLandlord(l, false));
    if (group.startsWith("segment")) {
        // segment:COLUMN=VALUE or segment_landlord:L:COLUMN=VALUE
        const QString spec = group.section(':', -1);
        RespondentFilter filter;
        if (group.startsWith("segment_landlord:"))
            filter.landlord = int(m_data.landlordCodes.indexOf(landlord));
        const int column = segmentColumnIndex(m_data, spec.section('=', 0, 0));
        const SegmentSums segments = segmentSums(m_data, column, GlobalColumn, filter);
        for (const SegmentGroupSums &g : segments.groups) {
            if (g.value == spec.section('=', 1))
                return g.sums;
        }
    }
    qFatal("unknown group %s", qPrintable(group));
}

void TestFigures::summaryRoundTrip()
{
    QVERIFY(m_summary == m_built);
    QCOMPARE(m_summary.serialize(), m_built.serialize());
    QCOMPARE(m_summary.landlordCodes(), QStringList({"A", "D", "C", "B", "E"}));
    QCOMPARE(m_summary.questions().size(), std::size_t(8));
    QCOMPARE(m_summary.questions()[7].optionCount, 4);
    QCOMPARE(m_summary.globalColumn(), GlobalColumn);
}

void TestFigures::damagedBlobs_data()
{
    QTest::addColumn<QByteArray>("blob");
    const QByteArray good = m_built.serialize();
    QByteArray newer = good;
    newer[7] = char(WaveSummary::FormatVersion + 1); // big-endian quint32 after the magic
    QByteArray badMagic = good;
    badMagic[0] = 'X';
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not a summary") << QByteArray("hello, world");
    QTest::newRow("wrong magic") << badMagic;
    QTest::newRow("newer format") << newer;
    QTest::newRow("truncated header") << good.left(40);
    QTest::newRow("truncated cells") << good.left(good.size() - 8);
    // Format 2 ends with the valid counts: 8 questions × (10 groups + all).
    const qsizetype counts = good.size() - 88 * 8;
    const auto withCount = [&](int index, double value) {
        QByteArray blob = good;
        const quint64 le = qToLittleEndian(std::bit_cast<quint64>(value)); // as the blob writes doubles
        std::memcpy(blob.data() + counts + index * 8, &le, sizeof le);
        return blob;
    };
    QTest::newRow("count not whole") << withCount(3, 10.5);
    QTest::newRow("count negative") << withCount(0, -1.0);
    QTest::newRow("count not a number") << withCount(5, std::numeric_limits<double>::quiet_NaN());
    QTest::newRow("total not the groups' sum") << withCount(10, 1.0);
    QTest::newRow("counts missing") << good.left(counts - 8);
    // Format 3's cells: their byte count after the cell count, at the place
    // of format 2's first cell.
    quint64 cellCount = 0;
    const qsizetype packedAt = denseCellsAt(m_built.serialize(2), &cellCount);
    const auto withPackedSize = [&](quint64 size) {
        QByteArray blob = good;
        const quint64 be = qToBigEndian(size);
        std::memcpy(blob.data() + packedAt, &be, sizeof be);
        return blob;
    };
    quint64 packedSize = 0;
    std::memcpy(&packedSize, good.constData() + packedAt, sizeof packedSize);
    packedSize = qFromBigEndian(packedSize);
    QTest::newRow("packed cells beyond the blob") << withPackedSize(quint64(good.size()));
    QTest::newRow("packed cells short") << withPackedSize(packedSize - 1);
    QTest::newRow("packed cells long") << withPackedSize(packedSize + 8);
    QByteArray moreCells = good;
    moreCells[packedAt + 8] = char(0xFF); // the bitmap's first byte: eight cells that hold something
    QTest::newRow("packed cells without their values") << moreCells;
}

// Sums of up to 25 cells live in the object, more on the heap: a copy is
// equal, a moved-from object is empty, whichever the storage.
void TestFigures::crossSumsStorage()
{
    for (const int options : {4, 6}) {
        CrossSums sums(options);
        sums.cell(options, 4).add(2.0);
        sums.cell(1, 0).add(0.5);
        const CrossSums copy = sums;
        QVERIFY(copy == sums);
        QCOMPARE(copy.cells().size(), std::size_t(options + 1) * GlobalLevels);
        QCOMPARE(copy.answer(options).sumW, 2.0);
        CrossSums moved = std::move(sums);
        QVERIFY(moved == copy);
        QCOMPARE(sums.optionCount(), 0); // NOLINT(bugprone-use-after-move): what a move leaves
        QVERIFY(sums.cells().empty());
        CrossSums assigned(2);
        assigned = std::move(moved);
        QVERIFY(assigned == copy);
        QVERIFY(moved.cells().empty()); // NOLINT(bugprone-use-after-move)
        assigned += copy;
        QCOMPARE(assigned.answer(options).sumW, 4.0);
    }
}

// Blobs of the older formats are still read: format 1 (no valid counts,
// counted from its cells) and format 2 (every cell, counts as doubles); every
// figure is the one of the current format, which is smaller.
void TestFigures::olderFormatBlobs_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("format 1") << 1;
    QTest::newRow("format 2") << 2;
}

void TestFigures::olderFormatBlobs()
{
    QFETCH(int, version);
    const QByteArray current = m_built.serialize();
    const QByteArray older = m_built.serialize(quint32(version));
    QCOMPARE(int(older[7]), version); // big-endian quint32 after the magic
    QVERIFY2(current.size() < older.size() * 3 / 4, qPrintable(QStringLiteral("%1 against %2")
                                                                  .arg(current.size()).arg(older.size())));
    QString error;
    const std::optional<WaveSummary> read = WaveSummary::deserialize(older, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(*read == m_built);
    QCOMPARE(read->serialize(), current);
    for (const SummaryGroup &group : {SummaryGroup::whole(), SummaryGroup::qpvOnly(), SummaryGroup::ofLandlord(2),
                                      SummaryGroup::restOf(1, false)}) {
        const std::vector<CrossSums> expected = m_summary.sums(group);
        QVERIFY(read->sums(group) == expected);
        QCOMPARE(expected[0].design().n, m_summary.sums(0, SummaryGroup::whole()).valid().count);
    }
}

// Format 3 keeps every value to the bit, whatever it is: a count that is not
// whole, negative zeros, a NaN, infinities, a cell whose count alone is 0.
// Written into a blob of format 2 (its cells as they are in memory), read,
// written in format 3, read again and written back in format 2: the same bytes.
void TestFigures::packedCellsExact()
{
    QByteArray dense = m_built.serialize(2);
    // Format 2 ends with: the cells (three doubles each), the counts' number
    // and the counts (8 questions × 11).
    quint64 cellCount = 0;
    const qsizetype cellsAt = denseCellsAt(dense, &cellCount);
    QVERIFY(cellsAt > 0 && cellCount > 40);
    const auto put = [&](std::size_t cell, int field, double value) {
        const quint64 le = qToLittleEndian(std::bit_cast<quint64>(value));
        std::memcpy(dense.data() + cellsAt + qsizetype(cell * 24 + std::size_t(field) * 8), &le, sizeof le);
    };
    const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
    for (const auto &[cell, field, value] : std::vector<std::tuple<std::size_t, int, double>>{
             {1, 0, 2.5}, {2, 0, -0.0}, {2, 2, -0.0}, {3, 1, nan}, {3, 2, inf}, {5, 0, 4503599627370496.0},
             {5, 1, -inf}, {5, 2, 1e-310}, {7, 0, 0.0}, {7, 1, 0.0}, {7, 2, 3.0}, {11, 0, -3.0}, {13, 0, nan}})
        put(cell, field, value);
    const std::optional<WaveSummary> odd = WaveSummary::deserialize(dense);
    QVERIFY(odd);
    const QByteArray packed = odd->serialize();
    QCOMPARE(int(packed[7]), int(WaveSummary::FormatVersion));
    const std::optional<WaveSummary> back = WaveSummary::deserialize(packed);
    QVERIFY(back);
    QCOMPARE(back->serialize(2), dense);
    QCOMPARE(back->serialize(), packed);
}

void TestFigures::damagedBlobs()
{
    QFETCH(QByteArray, blob);
    QString error;
    QVERIFY(!WaveSummary::deserialize(blob, &error));
    QVERIFY(!error.isEmpty());
}

void TestFigures::scores_data()
{
    addRows("n", QString(), SatisfactionCodes);
}

void TestFigures::scores()
{
    QFETCH(QString, group);
    QFETCH(QString, code);
    const CrossSums sums = groupSums(group)[std::size_t(m_summary.questionIndex(code))];
    const ScoreFigure f = scoreFigure(sums);
    QCOMPARE(f.n, qint64(golden(group, code, "n")));
    if (f.n < 2)
        return;
    COMPARE_NEAR(f.score, golden(group, code, "score"), Exact);
    COMPARE_NEAR(f.se, golden(group, code, "se"), Exact);
    COMPARE_NEAR(f.pctSatisfied, golden(group, code, "pct_satisfied"), Exact);
    COMPARE_NEAR(f.nEff, golden(group, code, "n_eff"), Exact);
    COMPARE_NEAR(f.ciLow, f.score - 1.959964 * f.se, Exact);
    COMPARE_NEAR(f.ciHigh, f.score + 1.959964 * f.se, Exact);
    QCOMPARE(int(f.band), int(golden(group, code, "band")));
    QCOMPARE(f.sufficient(), f.n >= 30);

    const ShareFigure d = distribution(sums);
    QCOMPARE(d.options.size(), std::size_t(4));
    QCOMPARE(d.n, f.n);
    for (int a = 1; a <= 4; ++a) {
        const QString i = QString::number(a);
        COMPARE_NEAR(d.options[a - 1].percent, 100 * golden(group, code, "share_" + i), Exact);
        COMPARE_NEAR(d.options[a - 1].se, 100 * golden(group, code, "share_se_" + i), Exact);
    }
}

void TestFigures::shares_data()
{
    addRows("n", QString(), {"Q07", "Q08"});
}

void TestFigures::shares()
{
    QFETCH(QString, group);
    QFETCH(QString, code);
    const ShareFigure s = shareFigure(groupSums(group)[std::size_t(m_summary.questionIndex(code))]);
    QCOMPARE(s.n, qint64(golden(group, code, "n")));
    if (s.n < 2)
        return;
    QCOMPARE(s.options.size(), std::size_t(code == "Q07" ? 2 : 4));
    COMPARE_NEAR(s.nEff, golden(group, code, "n_eff"), Exact);
    double total = 0;
    for (const OptionShare &o : s.options) {
        const QString i = QString::number(o.option);
        COMPARE_NEAR(o.percent, 100 * golden(group, code, "share_" + i), Exact);
        COMPARE_NEAR(o.se, 100 * golden(group, code, "share_se_" + i), Exact);
        total += o.percent;
    }
    COMPARE_NEAR(total, 100.0, Exact);
}

void TestFigures::importance_data()
{
    addRows("n_pairs");
}

void TestFigures::importance()
{
    QFETCH(QString, group);
    QFETCH(QString, code);
    const Correlation c = weightedCorrelation(groupSums(group)[std::size_t(m_summary.questionIndex(code))]);
    QCOMPARE(c.nPairs, qint64(golden(group, code, "n_pairs")));
    if (hasGolden(group, code, "importance"))
        COMPARE_NEAR(c.r, golden(group, code, "importance"), Exact);
}

void TestFigures::drivers_data()
{
    addRows("median_importance");
}

void TestFigures::drivers()
{
    QFETCH(QString, group);
    const DriverAnalysis a = analyseDrivers(m_summary.questions(), m_summary.globalColumn(), groupSums(group));
    COMPARE_NEAR(a.medianImportance, golden(group, "", "median_importance"), Exact);
    COMPARE_NEAR(a.medianScore, golden(group, "", "median_score"), Exact);
    QCOMPARE(a.drivers.size(), std::size_t(5)); // Q02..Q06: not the global, not yes/no or single
    double lastImportance = 2.0;
    for (int i = 0; i < int(a.drivers.size()); ++i) {
        const DriverFigure &d = a.drivers[i];
        const int expected = hasGolden(group, d.code, "quadrant") ? int(golden(group, d.code, "quadrant")) : 0;
        QVERIFY2(int(d.quadrant) == expected, qPrintable(d.code + ": " + quadrantName(d.quadrant)));
        QCOMPARE(a.priorityLevers.end() != std::find(a.priorityLevers.begin(), a.priorityLevers.end(), i),
                 d.quadrant == Quadrant::PriorityLever);
    }
    for (int i : a.priorityLevers) {
        QVERIFY(a.drivers[i].importance.r <= lastImportance);
        lastImportance = a.drivers[i].importance.r;
    }
}

void TestFigures::peers_data()
{
    addRows("median", "peers");
}

void TestFigures::peers()
{
    QFETCH(QString, code);
    const Ranking r = rankLandlords(m_summary, m_summary.questionIndex(code));
    QCOMPARE(r.peerCount, int(golden("peers", code, "count")));
    COMPARE_NEAR(r.peerQ1, golden("peers", code, "q1"), Exact);
    COMPARE_NEAR(r.peerMedian, golden("peers", code, "median"), Exact);
    COMPARE_NEAR(r.peerQ3, golden("peers", code, "q3"), Exact);
    COMPARE_NEAR(r.regional.score, golden("ensemble", code, "score"), Exact);
    QCOMPARE(r.landlords.size(), std::size_t(5));

    int previousRank = 0;
    for (const LandlordRank &l : r.landlords) {
        const QString own = "landlord:" + l.code, rest = "rest:" + l.code;
        COMPARE_NEAR(l.figure.score, golden(own, code, "score"), Exact);
        COMPARE_NEAR(l.rest.score, golden(rest, code, "score"), Exact);
        COMPARE_NEAR(l.rest.se, golden(rest, code, "se"), Exact);
        if (l.figure.sufficient()) {
            QVERIFY(l.rank > previousRank);
            previousRank = l.rank;
            const double m1 = golden(own, code, "score"), se1 = golden(own, code, "se");
            const double m2 = golden(rest, code, "score"), se2 = golden(rest, code, "se");
            QCOMPARE(l.differsFromRest, std::optional<bool>(std::fabs(m1 - m2) > 1.959964 * std::hypot(se1, se2)));
        } else {
            QCOMPARE(l.rank, 0);
            QVERIFY(!l.differsFromRest);
        }
    }
}

// The segment values of a filtered group add up to the summary's group.
void TestFigures::segmentPathMatchesSummary()
{
    for (const bool isQpv : {true, false}) {
        const int landlord = m_summary.landlordIndex("C");
        const SegmentSums segments = segmentSums(m_data, 0, GlobalColumn, RespondentFilter{landlord, isQpv});
        QCOMPARE(segments.questions, m_summary.questions());
        for (int q = 0; q < int(segments.questions.size()); ++q) {
            CrossSums total(segments.questions[q].optionCount);
            for (const SegmentGroupSums &g : segments.groups)
                total += g.sums[q];
            const CrossSums expected = m_summary.sums(q, SummaryGroup::ofLandlord(landlord, isQpv));
            for (std::size_t c = 0; c < total.cells().size(); ++c) {
                QCOMPARE(total.cells()[c].count, expected.cells()[c].count);
                COMPARE_NEAR(total.cells()[c].sumW, expected.cells()[c].sumW, 1e-12);
                COMPARE_NEAR(total.cells()[c].sumW2, expected.cells()[c].sumW2, 1e-12);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestFigures)
#include "tst_figures.moc"
