// Raking (survey::rake) and the errors of a raked design, against R: the
// expected values under tests/data/raking/ come from golden.R there.
#include "calibrateddesign.h"
#include "marginsreader.h"
#include "rakinggolden.h"
#include "raking.h"
#include "segmentfigures.h"
#include "wavesummary.h"
#include "weightingreport.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rakinggolden;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(name));
    return file.fileName();
}

} // namespace

class TestRaking : public QObject
{
    Q_OBJECT

private slots:
    void readsTheMarginsFile();
    void readsCommaAndWindows1252();
    void refusesBadMarginsFiles_data();
    void refusesBadMarginsFiles();
    void refusesMarginsThatDoNotFitTheSample_data();
    void refusesMarginsThatDoNotFitTheSample();
    void refusesWhatDoesNotConverge();
    void refusesMarginsThatCannotAllBeMet();
    void rakesAsR_data();
    void rakesAsR();
    void calibratedFiguresAsR_data();
    void calibratedFiguresAsR();
    void calibratedErrorsAreSmallerThanThePlainFormula();
    void reportsTheWeights();
};

void TestRaking::readsTheMarginsFile()
{
    const Margins m = goldenMargins();
    QCOMPARE(int(m.variables.size()), 3);
    QCOMPARE(m.variables[0].variable, QStringLiteral("bailleur"));
    QCOMPARE(m.variables[0].values, (QStringList{"A", "B", "C", "D", "E"}));
    QCOMPARE(m.variables[1].values, (QStringList{"1", "0"}));
    QCOMPARE(m.variables[2].counts, (std::vector<double>{23000, 11000, 3000}));
    QCOMPARE(m.fileName, QStringLiteral("margins.csv"));
    QCOMPARE(m.sha256.size(), 64);
    const Margins back = Margins::fromText(m.toText());
    QCOMPARE(back.variables.size(), m.variables.size());
    QCOMPARE(back.variables[2].values, m.variables[2].values);
    QCOMPARE(back.variables[0].counts, m.variables[0].counts);
}

void TestRaking::readsCommaAndWindows1252()
{
    QTemporaryDir dir;
    // "intermédiaire" in Windows-1252, a comma delimiter, a decimal comma in quotes, qpv as oui/non.
    const QString path = writeFile(dir, "m.csv",
                                   QByteArray("Variable,Value,Count\r\ntype_habitat,interm\xe9" "diaire,\"10,5\"\r\n"
                                              "type_habitat,collectif,9.5\r\nqpv,oui,5\r\nqpv,non,15\r\n"));
    ReadError error;
    const std::optional<Margins> m = readMarginsFile(path, &error);
    QVERIFY2(m, qPrintable(error.toString()));
    QCOMPARE(m->variables[0].values, (QStringList{QString::fromUtf8("intermédiaire"), "collectif"}));
    QCOMPARE(m->variables[0].counts, (std::vector<double>{10.5, 9.5}));
    QCOMPARE(m->variables[1].values, (QStringList{"1", "0"}));
    QCOMPARE(m->variables[1].lines, (std::vector<qint64>{4, 5}));
}

void TestRaking::refusesBadMarginsFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("no count column") << QByteArray("variable;value\nqpv;1\n") << 1 << 0 << "\"count\" is missing";
    QTest::newRow("zero count") << QByteArray("variable;value;count\nqpv;1;10\nqpv;0;0\n") << 3 << 3
                                << "expected a number above 0";
    QTest::newRow("negative count") << QByteArray("variable;value;count\nqpv;1;-4\nqpv;0;4\n") << 2 << 3
                                    << "expected a number above 0";
    QTest::newRow("not a number") << QByteArray("variable;value;count\nqpv;1;beaucoup\n") << 2 << 3
                                  << "\"beaucoup\"";
    QTest::newRow("bad qpv") << QByteArray("variable;value;count\nqpv;peut-etre;4\n") << 2 << 2 << "expected 1 or 0";
    QTest::newRow("value twice") << QByteArray("variable;value;count\nbailleur;A;4\nbailleur;A;5\n") << 3 << 2
                                 << "already given on line 2";
    QTest::newRow("totals differ") << QByteArray("variable;value;count\nqpv;1;4\nqpv;0;6\nbailleur;A;11\n") << 0 << 0
                                   << "add up to 10 but those of bailleur to 11";
    QTest::newRow("empty") << QByteArray("variable;value;count\n") << 0 << 0 << "no variable";
}

void TestRaking::refusesBadMarginsFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeFile(dir, "bad.csv", content);
    ReadError error;
    QVERIFY(!readMarginsFile(path, &error));
    QCOMPARE(error.file, path);
    QCOMPARE(int(error.line), line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
}

void TestRaking::refusesMarginsThatDoNotFitTheSample_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("sample value missing") << "bailleur\tA\t10\nbailleur\tB\t10\nbailleur\tC\t10\nbailleur\tD\t10\n"
                                          << "bailleur = \"E\" is in the sample";
    QTest::newRow("margin value absent") << "qpv\t1\t10\nqpv\t0\t10\nqpv\t2\t10\n" << "qpv = \"2\" is in the margins";
    QTest::newRow("unknown variable") << "departement\t59\t10\n" << "departement is not a column";
}

void TestRaking::refusesMarginsThatDoNotFitTheSample()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const WaveData data = loadRespondents();
    QString error;
    QVERIFY(!computeWeighting(data, Margins::fromText(text), RakingOptions{}, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestRaking::refusesWhatDoesNotConverge()
{
    RakingOptions options;
    options.maxPasses = 3;
    QString error;
    QVERIFY(!computeWeighting(loadRespondents(), goldenMargins(), options, &error));
    QVERIFY2(error.contains("did not converge in 3 passes"), qPrintable(error));
    options.maxPasses = 100;
    QVERIFY(computeWeighting(loadRespondents(), goldenMargins(), options, &error));
}

void TestRaking::refusesMarginsThatCannotAllBeMet()
{
    // Two copies of one column with contradicting margins: each pass ends
    // where it started (R calls that converged), but the first margin is missed.
    WaveData data = loadRespondents();
    WaveData::SegmentColumn copy = data.segments.front();
    copy.name = QStringLiteral("habitat_bis");
    data.segments.push_back(copy);
    const Margins margins = Margins::fromText(
        "type_habitat\tcollectif\t60\ntype_habitat\tindividuel\t30\ntype_habitat\tintermediaire\t10\n"
        "habitat_bis\tcollectif\t30\nhabitat_bis\tindividuel\t60\nhabitat_bis\tintermediaire\t10\n");
    QString error;
    QVERIFY(!computeWeighting(data, margins, RakingOptions{}, &error));
    QVERIFY2(error.contains("cannot all be met: after raking, type_habitat = collectif"), qPrintable(error));
}

void TestRaking::rakesAsR_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("fromOne");
    QTest::addColumn<bool>("trim");
    QTest::newRow("from the file's weights") << "from_file" << false << false;
    QTest::newRow("from 1") << "from_one" << true << false;
    QTest::newRow("trimmed to 5..40") << "trimmed" << false << true;
}

void TestRaking::rakesAsR()
{
    QFETCH(QString, column);
    QFETCH(bool, fromOne);
    QFETCH(bool, trim);
    WaveData data = loadRespondents();
    if (fromOne)
        std::fill(data.weights.begin(), data.weights.end(), 1.0);
    RakingOptions options;
    if (trim) {
        options.trimLower = 5;
        options.trimUpper = 40;
    }
    QString error;
    const std::optional<WaveWeighting> w = computeWeighting(data, goldenMargins(), options, &error);
    QVERIFY2(w, qPrintable(error));
    const std::vector<double> expected = goldenWeights(column);
    QCOMPARE(w->weights.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        COMPARE_NEAR(w->weights[i], expected[i], Exact);
    QVERIFY(w->passes > 1 && w->passes <= 100);
    if (trim)
        QVERIFY(w->untrimmed != w->weights);
}

void TestRaking::calibratedFiguresAsR_data()
{
    QTest::addColumn<QString>("design");
    QTest::newRow("from the file's weights") << "from_file";
    QTest::newRow("from 1") << "from_one";
    QTest::newRow("strata: the landlord") << "stratified";
    QTest::newRow("trimmed to 5..40") << "trimmed";
}

void TestRaking::calibratedFiguresAsR()
{
    QFETCH(QString, design);
    WaveData data = loadRespondents();
    if (design == QLatin1String("from_one"))
        std::fill(data.weights.begin(), data.weights.end(), 1.0);
    const Margins margins = goldenMargins();
    QString error;
    RakingOptions options;
    if (design == QLatin1String("trimmed")) {
        options.trimLower = 5;
        options.trimUpper = 40;
    }
    const std::optional<WaveWeighting> w = computeWeighting(data, margins, options, &error);
    QVERIFY2(w, qPrintable(error));
    data.weights = w->weights;
    const std::optional<CalibrationCategories> categories = matchMargins(data, margins, &error);
    QVERIFY(categories);
    std::vector<int> strata;
    if (design == QLatin1String("stratified"))
        strata.assign(data.landlord.begin(), data.landlord.end());
    // Trimmed: the residuals centre on the untrimmed weights, as R's
    // trimWeights() keeps rake()'s postStrata.
    QVERIFY((design == QLatin1String("trimmed")) == (w->untrimmed != w->weights));
    const CalibratedDesign calibrated(data, *categories, w->lastFactors, strata, nullptr, -1, w->untrimmed);
    // Scores come from the wave summary built on the raked weights, as the engine serves them.
    const WaveSummary summary = WaveSummary::build(data, 0);
    const QHash<QString, double> golden = loadGolden();
    const int a = int(data.landlordCodes.indexOf("A")), e = int(data.landlordCodes.indexOf("E"));
    const int individuel = int(data.segments[0].dictionary.indexOf("individuel"));
    const SegmentSums segment = segmentSums(data, 0, 0);
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
        {"type_habitat=individuel", {-1, false, std::nullopt, 0, individuel},
         segment.groups[std::size_t(individuel)].sums},
    };
    int compared = 0;
    for (const Group &g : groups) {
        const std::vector<double> se = calibrated.scoreSe(g.group);
        for (int q = 0; q < SatisfactionCodes.size(); ++q) {
            const QString key = design + "|" + g.name + "|" + SatisfactionCodes[q] + "|";
            QVERIFY2(golden.contains(key + "se"), qPrintable(key));
            const ScoreFigure f = withStandardError(scoreFigure(g.sums[std::size_t(q)]), se[std::size_t(q)]);
            COMPARE_NEAR(f.score, golden.value(key + "score"), Exact);
            COMPARE_NEAR(f.se, golden.value(key + "se"), Exact);
            COMPARE_NEAR(f.ciHigh - f.ciLow, 2 * Z95 * golden.value(key + "se"), Exact);
            ++compared;
        }
    }
    QCOMPARE(compared, 36);
}

void TestRaking::calibratedErrorsAreSmallerThanThePlainFormula()
{
    WaveData data = loadRespondents();
    const Margins margins = goldenMargins();
    const std::optional<WaveWeighting> w = computeWeighting(data, margins, RakingOptions{}, nullptr);
    QVERIFY(w);
    data.weights = w->weights;
    const CalibratedDesign calibrated(data, *matchMargins(data, margins, nullptr), w->lastFactors);
    const WaveSummary summary = WaveSummary::build(data, 0);
    const std::vector<double> se = calibrated.scoreSe({});
    for (int q = 0; q < SatisfactionCodes.size(); ++q) {
        const double plain = scoreFigure(summary.sums(q, SummaryGroup::whole())).se;
        QVERIFY2(se[std::size_t(q)] < plain && se[std::size_t(q)] > 0.8 * plain,
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(SatisfactionCodes[q]).arg(se[std::size_t(q)]).arg(plain)));
    }
}

void TestRaking::reportsTheWeights()
{
    const WaveData data = loadRespondents();
    const Margins margins = goldenMargins();
    const std::optional<WaveWeighting> w = computeWeighting(data, margins, RakingOptions{}, nullptr);
    QVERIFY(w);
    const WaveWeighting weighting = *w;
    const WeightingReport report = weightingReport(data.weights, weighting.weights, margins,
                                                   *matchMargins(data, margins, nullptr), weighting.passes);
    const std::vector<double> expected = goldenWeights("from_file");
    double sum = 0, sum2 = 0;
    for (double x : expected) {
        sum += x;
        sum2 += x * x;
    }
    COMPARE_NEAR(report.after.effectiveSize, sum * sum / sum2, Exact);
    COMPARE_NEAR(report.after.designEffect, 2000 * sum2 / (sum * sum), Exact);
    COMPARE_NEAR(report.after.min, *std::min_element(expected.begin(), expected.end()), Exact);
    COMPARE_NEAR(report.after.max, *std::max_element(expected.begin(), expected.end()), Exact);
    QCOMPARE(int(report.margins.size()), 10);
    for (const MarginComparison &m : report.margins) // raked: the sample matches the population
        COMPARE_NEAR(m.after, m.population, 1e-8);
    QVERIFY(std::any_of(report.margins.begin(), report.margins.end(),
                        [](const MarginComparison &m) { return std::fabs(m.before - m.population) > 1.0; }));
}

QTEST_GUILESS_MAIN(TestRaking)
#include "tst_raking.moc"
