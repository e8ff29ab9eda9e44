// Golden tests of the shares (survey-files.md §4) against R's survey
// package: svymean(~factor(answer), subset(design, group)) where the design
// is the wave's valid answers to the question, without strata and with the
// landlord as stratum. tests/data/shares/golden.R wrote the respondents and
// the expected values. The groups' sums come from the wave summary and the
// segment path, which give each group the design it is a domain of.
#include "goldenfigures.h"
#include "segmentfigures.h"
#include "shares.h"
#include "wavesummary.h"

#include <QHash>
#include <QTest>

#include <cmath>

namespace {

const QString DataDir = QStringLiteral(SATISFECIT_TEST_DATA "/shares/");
const QStringList Codes = {"Q01", "Q07", "Q08"};
constexpr double Exact = 1e-9; // relative: the spec formula and R agree to rounding

bool close(double actual, double expected)
{
    return std::fabs(actual - expected) <= Exact * std::fabs(expected) + 1e-12;
}

#define COMPARE_NEAR(actual, expected)                                                                       \
    QVERIFY2(close((actual), (expected)), qPrintable(QStringLiteral("%1 = %2, expected %3")                   \
                                                         .arg(QLatin1String(#actual))                        \
                                                         .arg(actual, 0, 'g', 17)                            \
                                                         .arg(expected, 0, 'g', 17)))

} // namespace

class TestShares : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void domainShares_data();
    void domainShares();
    void wholeWaveIsItsOwnDesign();
    void significance();

private:
    double golden(const QString &design, const QString &group, const QString &code, const QString &stat) const;
    /// The group's sums of question q, a domain of the design (strata by landlord or none).
    CrossSums groupSums(const QString &group, int q, bool strata);

    WaveData m_data;
    WaveSummary m_summary;
    QHash<QString, double> m_golden;
};

void TestShares::initTestCase()
{
    m_data = loadRespondents(DataDir + "respondents.csv");
    QCOMPARE(m_data.respondentCount(), 1500);
    const WaveSummary built = WaveSummary::build(m_data, 0);
    const std::optional<WaveSummary> read = WaveSummary::deserialize(built.serialize());
    QVERIFY(read);
    m_summary = *read; // as the app reads it from the store
    const QStringList lines = readGoldenLines(DataDir + "golden.csv");
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(';'));
        m_golden.insert(f.mid(0, 4).join(QLatin1Char('|')), f[4].toDouble());
    }
    QVERIFY(m_golden.size() > 900);
}

double TestShares::golden(const QString &design, const QString &group, const QString &code, const QString &stat) const
{
    const QString key = QStringList{design, group, code, stat}.join(QLatin1Char('|'));
    if (!m_golden.contains(key))
        qFatal("no golden value %s", qPrintable(key));
    return m_golden.value(key);
}

CrossSums TestShares::groupSums(const QString &group, int q, bool strata)
{
    m_summary.setLandlordStrata(strata);
    const int l = m_summary.landlordIndex(group.section(':', 1, 1));
    if (group == "ensemble")
        return m_summary.sums(q, SummaryGroup::whole());
    if (group == "qpv")
        return m_summary.sums(q, SummaryGroup::qpvOnly());
    if (group == "hors_qpv")
        return m_summary.sums(q, SummaryGroup::horsQpv());
    if (group.startsWith("landlord:"))
        return m_summary.sums(q, SummaryGroup::ofLandlord(l));
    if (group.startsWith("rest:"))
        return m_summary.sums(q, SummaryGroup::restOf(l));
    if (group.startsWith("segment:")) {
        const QString spec = group.section(':', 1);
        const RespondentStrata respondentStrata =
            strata ? ::respondentStrata(m_data, landlordStrataName()) : RespondentStrata();
        const SegmentSums segments = segmentSums(m_data, segmentColumnIndex(m_data, spec.section('=', 0, 0)), 0, {},
                                                 nullptr, respondentStrata);
        for (const SegmentGroupSums &g : segments.groups)
            if (g.value == spec.section('=', 1))
                return g.sums[std::size_t(q)];
    }
    qFatal("unknown group %s", qPrintable(group));
}

void TestShares::domainShares_data()
{
    QTest::addColumn<QString>("design");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("code");
    QStringList keys = m_golden.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QStringList parts = key.split('|');
        if (parts[3] == "n")
            QTest::newRow(qPrintable(parts.mid(0, 3).join(' '))) << parts[0] << parts[1] << parts[2];
    }
}

void TestShares::domainShares()
{
    QFETCH(QString, design);
    QFETCH(QString, group);
    QFETCH(QString, code);
    const int q = m_summary.questionIndex(code);
    QVERIFY(q >= 0);
    const CrossSums sums = groupSums(group, q, design == "strata");
    QCOMPARE(sums.designCount(), golden(design, group, code, "N"));
    QCOMPARE(sums.design().stratified(), design == "strata");
    const ShareFigure f = shareFigure(sums);
    QCOMPARE(f.n, qint64(golden(design, group, code, "n")));
    if (f.n < 2)
        return;
    QCOMPARE(f.sufficient(), f.n >= 30);
    COMPARE_NEAR(f.nEff, golden(design, group, code, "n_eff"));
    QCOMPARE(int(f.options.size()), code == "Q07" ? 2 : 4);
    double total = 0.0;
    for (const OptionShare &o : f.options) {
        const QString a = QString::number(o.option);
        COMPARE_NEAR(o.percent, golden(design, group, code, "share_" + a));
        COMPARE_NEAR(o.se, golden(design, group, code, "se_" + a));
        COMPARE_NEAR(o.ciLow, o.percent - 1.959964 * o.se);
        COMPARE_NEAR(o.ciHigh, o.percent + 1.959964 * o.se);
        total += o.percent;
    }
    COMPARE_NEAR(total, 100.0);
}

void TestShares::wholeWaveIsItsOwnDesign()
{
    // A group taken as its own design (sums built by hand, N = n) against
    // the same group as a domain of the wave: se larger by √(N/(N−1) · (n−1)/n).
    const int q = m_summary.questionIndex("Q07");
    const CrossSums domain = groupSums("qpv", q, false);
    CrossSums own(domain.optionCount());
    own += m_summary.cellSums(q, 0, true);
    for (int l = 1; l < int(m_summary.landlordCodes().size()); ++l)
        own += m_summary.cellSums(q, l, true);
    const double N = domain.designCount(), n = domain.valid().count;
    QCOMPARE(own.designCount(), n);
    const double ratio = shareFigure(domain).options[0].se / shareFigure(own).options[0].se;
    COMPARE_NEAR(ratio, std::sqrt(N / (N - 1.0) * (n - 1.0) / n));
}

void TestShares::significance()
{
    // Q08 option 1 differs between QPV and hors QPV by construction (52 % vs 40 %).
    const int q = m_summary.questionIndex("Q08");
    const ShareFigure qpv = shareFigure(groupSums("qpv", q, false));
    const ShareFigure hors = shareFigure(groupSums("hors_qpv", q, false));
    const OptionShare &a = qpv.options[0], &b = hors.options[0];
    const bool expected = std::fabs(a.percent - b.percent) > 1.959964 * std::sqrt(a.se * a.se + b.se * b.se);
    QCOMPARE(shareDiffSignificant(qpv, hors, 1), std::optional<bool>(expected));
    QVERIFY(expected);
    // Option 4 (3 % in both): no significant gap.
    QCOMPARE(shareDiffSignificant(qpv, hors, 4), std::optional<bool>(false));
    // A group below 30 answers: no test.
    const ShareFigure small = shareFigure(groupSums("landlord:E", q, false));
    QVERIFY(!small.sufficient());
    QCOMPARE(shareDiffSignificant(small, hors, 1), std::optional<bool>());
    QCOMPARE(shareDiffSignificant(qpv, hors, 5), std::optional<bool>());
}

QTEST_GUILESS_MAIN(TestShares)
#include "tst_shares.moc"
