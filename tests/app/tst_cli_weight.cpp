// The weight command (cli.md) on the golden raking survey: the real binary
// imports ../data/figures/respondents.csv, rakes it to
// ../data/raking/margins.csv, and its scores are R's (golden.R there).
#include "clirun.h"
#include "teststore.h"
#include "filehash.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace {

const QString DataDir = QStringLiteral(SATISFECIT_TEST_DATA);

QHash<QString, double> loadGolden()
{
    QFile file(DataDir + "/raking/golden.csv");
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot open golden.csv");
    QHash<QString, double> golden;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(';'));
        golden.insert(f.mid(0, 4).join(QLatin1Char('|')), f[4].toDouble());
    }
    return golden;
}

bool close(double actual, double expected)
{
    return std::fabs(actual - expected) <= 1e-9 * std::fabs(expected);
}

} // namespace

class TestCliWeight : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rakedScoresAreR_data();
    void rakedScoresAreR();
    void rakedSharesAreR_data();
    void rakedSharesAreR();
    void rakedTrendIsR();
    void resetGoesBackToTheFileWeights();
    void boardPackReportsTheWeighting();
    void refusals_data();
    void refusals();

private:
    CliRun run(const QStringList &arguments);
    /// Rakes the 2020 wave as golden.R's design (from_file, stratified or trimmed).
    void rake(const QString &design);
    QString file(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliWeight::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(run({"import", DataDir + "/figures/respondents.csv"}).exitCode, 0);
}

CliRun TestCliWeight::run(const QStringList &arguments)
{
    return runSatisfecit(m_dir->path(), QStringList{"--db", testStoreLocation(m_dir->filePath("store.sqlite"))} + arguments);
}

QString TestCliWeight::file(const QString &name, const QByteArray &bytes)
{
    QFile f(m_dir->filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(name));
    return f.fileName();
}

void TestCliWeight::rakedScoresAreR_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<int>("figures"); // shown: 30 valid answers or more
    QTest::addColumn<QString>("design");
    for (const char *design : {"from_file", "stratified", "trimmed"}) {
        QTest::addRow("%s, whole wave", design) << QStringList{} << QStringList{"ensemble"} << 6 << design;
        QTest::addRow("%s, qpv", design) << QStringList{"--by", "qpv"} << QStringList{"qpv", "hors_qpv"} << 12 << design;
        QTest::addRow("%s, landlords", design) << QStringList{"--by", "landlord"} << QStringList{"A", "E"} << 9 << design;
        QTest::addRow("%s, segment", design) << QStringList{"--by", "type_habitat"}
                                             << QStringList{"type_habitat=individuel"} << 6 << design;
    }
}

void TestCliWeight::rake(const QString &design)
{
    if (design == QLatin1String("stratified"))
        QCOMPARE(run({"design", "--year", "2020", "--strata", "bailleur"}).exitCode, 0);
    QStringList weight = {"weight", "--year", "2020", "--margins", DataDir + "/raking/margins.csv"};
    if (design == QLatin1String("trimmed"))
        weight << "--trim" << "5,40";
    QCOMPARE(run(weight).exitCode, 0);
}

void TestCliWeight::rakedScoresAreR()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, groups);
    QFETCH(int, figures);
    QFETCH(QString, design);
    if (design == QLatin1String("stratified"))
        QCOMPARE(run({"design", "--year", "2020", "--strata", "bailleur"}).exitCode, 0);
    QStringList weightArguments = {"weight", "--year", "2020", "--margins", DataDir + "/raking/margins.csv", "--format", "json"};
    if (design == QLatin1String("trimmed"))
        weightArguments << "--trim" << "5,40";
    const CliRun weight = run(weightArguments);
    QCOMPARE(weight.exitCode, 0);
    const QJsonArray report = jsonArrayOf(weight);
    QVERIFY(!report.isEmpty());
    QCOMPARE(report.first().toObject().value("item").toString(), QStringLiteral("n"));

    const QHash<QString, double> golden = loadGolden();
    int compared = 0;
    for (const QJsonValue &v : jsonArrayOf(run(QStringList{"scores", "--format", "json"} + options))) {
        const QJsonObject o = v.toObject();
        QString group = o.value("segment").toString();
        if (options.contains("type_habitat"))
            group = "type_habitat=" + group;
        if (!groups.contains(group) || o.value("n").toInt() < 30)
            continue;
        const QString key = design + "|" + group + "|" + o.value("code").toString() + "|";
        if (!golden.contains(key + "se"))
            continue;
        QVERIFY2(close(o.value("score").toDouble(), golden.value(key + "score")), qPrintable(key));
        QVERIFY2(close(o.value("se").toDouble(), golden.value(key + "se")),
                 qPrintable(key + QString::number(o.value("se").toDouble(), 'g', 17)));
        ++compared;
    }
    QCOMPARE(compared, figures);

    const QJsonObject wave = jsonArrayOf(run({"waves", "--format", "json"})).first().toObject();
    QCOMPARE(wave.value("margins_sha256").toString(), QString::fromLatin1(sha256Of(DataDir + "/raking/margins.csv")));
    QCOMPARE(wave.value("margins_file").toString(), QStringLiteral("margins.csv"));
}

void TestCliWeight::rakedSharesAreR_data()
{
    rakedScoresAreR_data();
}

// svymean(~factor(answer), subset(raked, !is.na(answer) & group)) for Q07
// (yes/no in golden.R, two levels; the codebook's four answers here, the
// last two at 0 %) and Q08.
void TestCliWeight::rakedSharesAreR()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, groups);
    QFETCH(QString, design);
    rake(design);
    const QHash<QString, double> golden = loadGolden();
    int compared = 0;
    for (const QString code : {"Q07", "Q08"}) {
        for (const QJsonValue &v : jsonArrayOf(run(QStringList{"shares", "--code", code, "--format", "json"} + options))) {
            const QJsonObject o = v.toObject();
            QString group = o.value("segment").toString();
            if (options.contains("type_habitat"))
                group = "type_habitat=" + group;
            if (!groups.contains(group))
                continue;
            const QString key = design + "|" + group + "|" + code + "|";
            const QString level = o.value("option").toString();
            if (!golden.contains(key + "share_se_" + level)) { // Q07's answers 3 and 4
                QVERIFY2(code == QLatin1String("Q07") && level.toInt() > 2, qPrintable(key + level));
                QCOMPARE(o.value("pct").toDouble(), 0.0);
                continue;
            }
            QVERIFY2(close(o.value("pct").toDouble(), 100 * golden.value(key + "share_" + level)), qPrintable(key + level));
            QVERIFY2(close(o.value("se").toDouble(), 100 * golden.value(key + "share_se_" + level)),
                     qPrintable(key + level + " " + QString::number(o.value("se").toDouble(), 'g', 17)));
            ++compared;
        }
    }
    QCOMPARE(compared, int(groups.size()) * (2 + 4));
}

// Two raked waves: each point's error on its own raked design, and the test
// between them on both (golden.R: wave2021, trend).
void TestCliWeight::rakedTrendIsR()
{
    QCOMPARE(run({"import", DataDir + "/raking/respondents2021.csv"}).exitCode, 0);
    for (const QString year : {"2020", "2021"})
        QCOMPARE(run({"weight", "--year", year, "--margins", DataDir + "/raking/margins.csv"}).exitCode, 0);
    const QHash<QString, double> golden = loadGolden();
    int compared = 0, significant = 0;
    for (const QString code : {"Q01", "Q02", "Q03", "Q04", "Q05", "Q06"}) {
        for (const QString by : {"none", "qpv"}) {
            for (const QJsonValue &v : jsonArrayOf(run({"trend", "--code", code, "--by", by, "--format", "json"}))) {
                const QJsonObject o = v.toObject();
                const QString key = o.value("segment").toString() + "|" + code + "|";
                const double se = o.value("se").toDouble();
                if (o.value("year").toInt() == 2020) {
                    QVERIFY2(close(se, golden.value("from_file|" + key + "se")), qPrintable(key));
                    QVERIFY(o.value("diff_significant").isNull());
                } else {
                    QCOMPARE(o.value("year").toInt(), 2021);
                    QVERIFY2(close(o.value("score").toDouble(), golden.value("wave2021|" + key + "score")), qPrintable(key));
                    QVERIFY2(close(se, golden.value("wave2021|" + key + "se")), qPrintable(key));
                    QVERIFY2(golden.contains("trend|" + key + "trend_sig"), qPrintable(key));
                    QCOMPARE(o.value("diff_significant").toBool(), golden.value("trend|" + key + "trend_sig") == 1.0);
                    significant += o.value("diff_significant").toBool();
                }
                ++compared;
            }
        }
    }
    QCOMPARE(compared, 6 * 3 * 2);
    QCOMPARE(significant, 3); // Q02 got better: whole wave, QPV and hors QPV
    // One answer's share across the waves, each with its own raked error.
    const QJsonArray share = jsonArrayOf(run({"trend", "--code", "Q08", "--option", "1", "--format", "json"}));
    QCOMPARE(share.size(), 2);
    for (const QJsonValue &v : share) {
        const QJsonObject o = v.toObject();
        const QString design = o.value("year").toInt() == 2020 ? "from_file" : "wave2021";
        QVERIFY(close(o.value("pct").toDouble(), 100 * golden.value(design + "|ensemble|Q08|share_1")));
        QVERIFY(close(o.value("se").toDouble(), 100 * golden.value(design + "|ensemble|Q08|share_se_1")));
    }
}

void TestCliWeight::resetGoesBackToTheFileWeights()
{
    const QStringList scores = {"scores", "--by", "qpv", "--format", "csv"};
    const QString plain = run(scores).out;
    QCOMPARE(run({"weight", "--year", "2020", "--margins", DataDir + "/raking/margins.csv", "--trim", "5,40"}).exitCode, 0);
    const QString raked = run(scores).out;
    QVERIFY(raked != plain);
    const CliRun reset = run({"weight", "--year", "2020", "--reset"});
    QCOMPARE(reset.exitCode, 0);
    QCOMPARE(run(scores).out, plain);
    const QJsonObject wave = jsonArrayOf(run({"waves", "--format", "json"})).first().toObject();
    QCOMPARE(wave.value("margins_sha256").toString(), QString());
}

void TestCliWeight::boardPackReportsTheWeighting()
{
    QCOMPARE(run({"weight", "--year", "2020", "--margins", DataDir + "/raking/margins.csv"}).exitCode, 0);
    const QString pdf = m_dir->filePath("pack.pdf");
    QCOMPARE(run({"--lang", "en", "report", "--out", pdf}).exitCode, 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(all.contains("Raked to margins.csv in 9 passes"), qPrintable(all.right(2000)));
    QVERIFY(all.contains("Results raked to the margins margins.csv"));
    QVERIFY(all.contains("type_habitat = intermediaire"));
    QVERIFY(all.contains("effective size 1,614 of 2,000 respondents"));
}

void TestCliWeight::refusals_data()
{
    QTest::addColumn<QByteArray>("margins");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QByteArray head = "variable;value;count\n";
    QTest::newRow("value of the sample missing")
        << head + "bailleur;A;10\nbailleur;B;10\nbailleur;C;10\nbailleur;D;10\n" << QStringList{} << 2
        << "bailleur = \"E\" is in the sample";
    QTest::newRow("value absent from the sample")
        << head + "qpv;1;10\nqpv;0;10\nqpv;7;10\n" << QStringList{} << 2 << "qpv value \"7\": expected 1 or 0";
    QTest::newRow("segment value absent from the sample")
        << head + "type_habitat;collectif;10\ntype_habitat;individuel;10\ntype_habitat;intermediaire;10\n"
                  "type_habitat;foyer;10\n"
        << QStringList{} << 2 << "type_habitat = \"foyer\" is in the margins (line 5)";
    QTest::newRow("totals differ") << head + "qpv;1;10\nqpv;0;10\nbailleur;A;5\n" << QStringList{} << 2
                                   << "add up to 20 but those of bailleur to 5";
    QTest::newRow("zero count") << head + "qpv;1;10\nqpv;0;0\n" << QStringList{} << 2 << ":3:3: count \"0\"";
    QTest::newRow("negative count") << head + "qpv;1;-10\nqpv;0;20\n" << QStringList{} << 2 << ":2:3: count \"-10\"";
    QTest::newRow("bad trim") << head + "qpv;1;10\nqpv;0;20\n" << QStringList{"--trim", "3"} << 1 << "--trim";
}

void TestCliWeight::refusals()
{
    QFETCH(QByteArray, margins);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // The store unchanged: the file's bytes, or on a server what it holds.
    const auto state = [this] {
        if (!testingOnServer())
            return sha256Of(testStoreLocation(m_dir->filePath("store.sqlite")));
        const CliRun waves = run({"waves", "--format", "json"});
        const CliRun scores = run({"scores", "--by", "landlord", "--format", "json"});
        return (waves.out + scores.out).toUtf8();
    };
    const QByteArray before = state();
    QVERIFY(!before.isEmpty());
    const CliRun r = run(QStringList{"weight", "--year", "2020", "--margins", file("m.csv", margins)} + extra);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(state(), before);
}

QTEST_GUILESS_MAIN(TestCliWeight)
#include "tst_cli_weight.moc"
