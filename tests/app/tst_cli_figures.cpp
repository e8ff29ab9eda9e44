// Tests of the figure commands of the command line (cli.md) on a survey whose
// every figure is worked out by hand: the real satisfecit binary run with
// QProcess, in a private home, on a store in a temporary folder.
#include "clirun.h"
#include "teststore.h"
#include "handworkedsurvey.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

namespace {

// Worked out by hand (survey-files.md §4):
// whole wave, Q01: 20 each of (code 1, w 1, 10 pts), (2, 2, 7), (3, 1, 3), (4, 2, 0)
//   Σw = 120, Σwx = 20·(10 + 14 + 3 + 0) = 540, m = 4.5; % satisfied = 20·3/120 = 50
//   Σ(w(x-m))² = 20·(5.5² + (2·2.5)² + 1.5² + (2·4.5)²) = 20·138.5 = 2770
//   se = √(80/79 · 2770) / 120; n_eff = 120² / (40·1 + 40·4) = 72
// QPV: (1, w 1) and (2, w 2) 20 times each: Σw = 60, m = (200 + 280)/60 = 8
//   Σ(w(x-m))² = 20·(2² + (2·1)²) = 160, se = √(80/79 · 160) / 60, n_eff = 60²/100 = 36
// hors QPV: (3, w 1) and (4, w 2): m = 60/60 = 1, same se and n_eff.
const double WholeSe = std::sqrt(80.0 / 79.0 * 2770.0) / 120.0;
// A group is a domain of the wave's design: N = 80 valid answers, not 40.
const double GroupSe = std::sqrt(80.0 / 79.0 * 160.0) / 60.0;
// QPV as a domain of the design stratified by landlord (OPH A: tenants with
// i % 4 < 2): R's SE(svymean(~x, subset(svydesign(ids = ~1, strata = ~b,
// weights = ~w, data = d), qpv))).
const double StratifiedQpvSe = 0.21350420507344953;
constexpr double Z = 1.959964; // R's qnorm(0.975)
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

const QStringList ScoreFields = {
    QStringLiteral("year"),    QStringLiteral("scope"), QStringLiteral("code"),          QStringLiteral("label"),
    QStringLiteral("theme"),   QStringLiteral("segment"), QStringLiteral("score"),       QStringLiteral("pct_satisfied"),
    QStringLiteral("se"),      QStringLiteral("ci_low"), QStringLiteral("ci_high"),      QStringLiteral("n"),
    QStringLiteral("n_eff"),   QStringLiteral("band"),  QStringLiteral("diff_significant")};

struct Expected
{
    const char *segment;
    double score, pct, se;
    int n;
    double nEff;
    const char *band;
    int significant; // -1: no comparison (null)
};

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)

class TestCliFigures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void scores_data();
    void scores();
    void trendCsv();
    void trendScope();
    void drivers();
    void filterRefusals_data();
    void filterRefusals();
    void reportFilters_data();
    void reportFilters();
    void design();
    void trendNeverSkipsASmallWave();

private:
    CliRun run(const QStringList &arguments);
    QString file(const QString &name, const QByteArray &bytes);
    QJsonArray json(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliFigures::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliRun TestCliFigures::run(const QStringList &arguments)
{
    return runSatisfecit(m_dir->path(), QStringList{QStringLiteral("--db"), testStoreLocation(m_dir->filePath(QStringLiteral("store.sqlite"))),
                                                    QStringLiteral("--lang"), QStringLiteral("en")}
                                            + arguments);
}

QString TestCliFigures::file(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QJsonArray TestCliFigures::json(const QStringList &arguments)
{
    return jsonArrayOf(run(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")}));
}

void TestCliFigures::scores_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QList<Expected>>("expected");

    QTest::newRow("whole wave") << QStringList{QStringLiteral("--code"), QStringLiteral("Q01")}
                                << QList<Expected>{{"ensemble", 4.5, 50, WholeSe, 80, 72, "insuffisant", -1}};
    QTest::newRow("by qpv") << QStringList{QStringLiteral("--by"), QStringLiteral("qpv"), QStringLiteral("--code"),
                                           QStringLiteral("Q01")}
                            << QList<Expected>{{"qpv", 8.0, 100, GroupSe, 40, 36, "satisfaisant", 1},
                                               {"hors_qpv", 1.0, 0, GroupSe, 40, 36, "insuffisant", 1}};
    // 27, 27 and 26 tenants: each value seen by fewer than 30 respondents,
    // never named; the three together are the group "others", the whole wave.
    QTest::newRow("by a segment column, small values grouped")
        << QStringList{QStringLiteral("--by"), QStringLiteral("departement"), QStringLiteral("--code"), QStringLiteral("Q01")}
        << QList<Expected>{{"others", 4.5, 50, WholeSe, 80, 72, "insuffisant", -1}};
    // The filters of the window's filter bar: the same groups, one at a time
    // (a single wave: no previous one to compare with).
    QTest::newRow("--qpv yes") << QStringList{QStringLiteral("--qpv"), QStringLiteral("yes"), QStringLiteral("--code"),
                                              QStringLiteral("Q01")}
                               << QList<Expected>{{"qpv", 8.0, 100, GroupSe, 40, 36, "satisfaisant", -1}};
    QTest::newRow("--qpv no") << QStringList{QStringLiteral("--qpv"), QStringLiteral("no"), QStringLiteral("--code"),
                                             QStringLiteral("Q01")}
                              << QList<Expected>{{"hors_qpv", 1.0, 0, GroupSe, 40, 36, "insuffisant", -1}};
    QTest::newRow("--segment, small values grouped")
        << QStringList{QStringLiteral("--segment"), QStringLiteral("departement=others"), QStringLiteral("--code"),
                       QStringLiteral("Q01")}
        << QList<Expected>{{"others", 4.5, 50, WholeSe, 80, 72, "insuffisant", -1}};
    QTest::newRow("--segment and --by qpv")
        << QStringList{QStringLiteral("--segment"), QStringLiteral("departement=others"), QStringLiteral("--by"),
                       QStringLiteral("qpv"), QStringLiteral("--code"), QStringLiteral("Q01")}
        << QList<Expected>{{"qpv", 8.0, 100, GroupSe, 40, 36, "satisfaisant", 1},
                           {"hors_qpv", 1.0, 0, GroupSe, 40, 36, "insuffisant", 1}};
    // Q03's points are 10 minus Q01's: 10 - 4.5.
    QTest::newRow("another question") << QStringList{QStringLiteral("--code"), QStringLiteral("Q03")}
                                      << QList<Expected>{{"ensemble", 5.5, 50, WholeSe, 80, 72, "insuffisant", -1}};
}

void TestCliFigures::scores()
{
    QFETCH(QStringList, options);
    QFETCH(QList<Expected>, expected);

    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("enquete.csv"), scoresFile())}).exitCode, 0);
    const QJsonArray rows = json(QStringList{QStringLiteral("scores")} + options);
    QCOMPARE(rows.size(), expected.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        const Expected &e = expected[i];
        for (const QString &field : ScoreFields)
            QVERIFY2(row.contains(field), qPrintable(field));
        QCOMPARE(row[QStringLiteral("year")].toInt(), 2023);
        QCOMPARE(row[QStringLiteral("scope")].toString(), QStringLiteral("Hauts-de-France"));
        QCOMPARE(row[QStringLiteral("segment")].toString(), QString::fromLatin1(e.segment));
        QCOMPARE(row[QStringLiteral("n")].toInt(), e.n);
        QCOMPARE(row[QStringLiteral("band")].toString(), QString::fromLatin1(e.band));
        if (std::isnan(e.score)) {
            QVERIFY(row[QStringLiteral("score")].isNull());
            QVERIFY(row[QStringLiteral("pct_satisfied")].isNull());
            QVERIFY(row[QStringLiteral("se")].isNull());
        } else {
            const double score = row[QStringLiteral("score")].toDouble();
            const double se = row[QStringLiteral("se")].toDouble();
            QVERIFY2(std::abs(score - e.score) < 1e-9, qPrintable(QString::number(score, 'g', 17)));
            QVERIFY(std::abs(row[QStringLiteral("pct_satisfied")].toDouble() - e.pct) < 1e-9);
            QVERIFY2(std::abs(se - e.se) < 1e-9, qPrintable(QString::number(se, 'g', 17)));
            QVERIFY(std::abs(row[QStringLiteral("ci_low")].toDouble() - (e.score - Z * e.se)) < 1e-9);
            QVERIFY(std::abs(row[QStringLiteral("ci_high")].toDouble() - (e.score + Z * e.se)) < 1e-9);
            QVERIFY(std::abs(row[QStringLiteral("n_eff")].toDouble() - e.nEff) < 1e-9);
        }
        if (e.significant < 0)
            QVERIFY(row[QStringLiteral("diff_significant")].isNull());
        else
            QCOMPARE(row[QStringLiteral("diff_significant")].toBool(), e.significant == 1);
    }
    const QString code = options.last();
    for (const QJsonValue &row : rows) {
        QCOMPARE(row[QStringLiteral("code")].toString(), code);
        QCOMPARE(row[QStringLiteral("theme")].toString(),
                 code == QLatin1String("Q01") ? QStringLiteral("global") : QStringLiteral("logement"));
        QVERIFY(!row[QStringLiteral("label")].toString().isEmpty());
    }
}

void TestCliFigures::trendCsv()
{
    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("enquete.csv"), scoresFile())}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("import-published"),
                  file(QStringLiteral("history.csv"),
                       "annee;perimetre;code;segment;note;source\n2015;Hauts-de-France;Q01;ensemble;6,8;Rapport 2015\n")})
                 .exitCode,
             0);
    const CliRun r = run({QStringLiteral("trend"), QStringLiteral("--code"), QStringLiteral("Q01"), QStringLiteral("--format"),
                       QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList header = lines[0].split(QLatin1Char(','));
    for (const char *field : {"year", "scope", "code", "segment", "score", "se", "n", "published", "source"})
        QVERIFY2(header.contains(QLatin1String(field)), field);
    const auto cell = [&](int line, const char *field) {
        return lines[line].split(QLatin1Char(',')).value(int(header.indexOf(QLatin1String(field))));
    };
    QCOMPARE(cell(1, "year"), QStringLiteral("2015"));
    QCOMPARE(cell(1, "score").toDouble(), 6.8);
    QCOMPARE(cell(1, "published"), QStringLiteral("true"));
    QCOMPARE(cell(1, "se"), QString());
    QCOMPARE(cell(1, "source"), QStringLiteral("Rapport 2015"));
    QCOMPARE(cell(2, "year"), QStringLiteral("2023"));
    QCOMPARE(cell(2, "score").toDouble(), 4.5);
    QCOMPARE(cell(2, "n"), QStringLiteral("80"));
    QCOMPARE(cell(2, "published"), QStringLiteral("false"));
    QVERIFY(std::abs(cell(2, "se").toDouble() - WholeSe) < 1e-9);
    for (int line = 1; line < 3; ++line) {
        QCOMPARE(cell(line, "code"), QStringLiteral("Q01"));
        QCOMPARE(cell(line, "segment"), QStringLiteral("ensemble"));
    }
}

// trend --scope keeps the waves and published figures of one scope only.
void TestCliFigures::trendScope()
{
    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("enquete.csv"), scoresFile())}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("import-published"),
                  file(QStringLiteral("history.csv"),
                       "annee;perimetre;code;segment;note\n2014;Picardie;Q01;ensemble;6,1\n"
                       "2014;Nord-Pas-de-Calais;Q01;ensemble;6,5\n2017;Picardie;Q01;ensemble;6,3\n")})
                 .exitCode,
             0);
    const auto trend = [this](const QStringList &scope) {
        return json(QStringList{QStringLiteral("trend"), QStringLiteral("--code"), QStringLiteral("Q01")} + scope);
    };
    const auto summary = [](const QJsonArray &rows) {
        QStringList points;
        for (const QJsonValue &row : rows)
            points << QStringLiteral("%1 %2 %3").arg(row[QLatin1String("year")].toInt())
                          .arg(row[QLatin1String("scope")].toString())
                          .arg(row[QLatin1String("score")].toDouble());
        return points;
    };
    QCOMPARE(summary(trend({})).size(), 4);
    QCOMPARE(summary(trend({QStringLiteral("--scope"), QStringLiteral("Picardie")})),
             (QStringList{QStringLiteral("2014 Picardie 6.1"), QStringLiteral("2017 Picardie 6.3")}));
    QCOMPARE(summary(trend({QStringLiteral("--scope"), QStringLiteral("Hauts-de-France")})),
             (QStringList{QStringLiteral("2023 Hauts-de-France 4.5")}));

    const CliRun unknown = run({QStringLiteral("trend"), QStringLiteral("--code"), QStringLiteral("Q01"),
                                QStringLiteral("--scope"), QStringLiteral("Bretagne")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("Bretagne")), qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());
}

void TestCliFigures::drivers()
{
    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("enquete.csv"), scoresFile())}).exitCode, 0);
    const QJsonArray rows = json({QStringLiteral("drivers")});
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue &row : rows)
        byCode.insert(row[QStringLiteral("code")].toString(), row.toObject());
    // Q02 = Q01: correlation 1; Q03's points are 10 minus Q01's: -1.
    QVERIFY2(byCode.contains(QStringLiteral("Q02")) && byCode.contains(QStringLiteral("Q03")),
             qPrintable(QStringList(byCode.keys()).join(QLatin1Char(' '))));
    for (const QJsonObject &row : std::as_const(byCode)) {
        QVERIFY(row.contains(QStringLiteral("importance")));
        QCOMPARE(row[QStringLiteral("year")].toInt(), 2023);
    }
    QVERIFY(std::abs(byCode[QStringLiteral("Q02")][QStringLiteral("importance")].toDouble() - 1.0) < 1e-9);
    QVERIFY(std::abs(byCode[QStringLiteral("Q03")][QStringLiteral("importance")].toDouble() + 1.0) < 1e-9);
    QVERIFY(std::abs(byCode[QStringLiteral("Q02")][QStringLiteral("score")].toDouble() - 4.5) < 1e-9);
    QVERIFY(std::abs(byCode[QStringLiteral("Q03")][QStringLiteral("score")].toDouble() - 5.5) < 1e-9);
    QCOMPARE(byCode[QStringLiteral("Q02")][QStringLiteral("n_pairs")].toInt(), 80);
}

void TestCliFigures::filterRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString scores = QStringLiteral("scores"), drivers = QStringLiteral("drivers");
    QTest::newRow("--qpv maybe") << QStringList{scores, QStringLiteral("--qpv"), QStringLiteral("maybe")}
                                 << QStringLiteral("--qpv maybe: expected yes or no");
    QTest::newRow("--qpv with --by qpv") << QStringList{scores, QStringLiteral("--qpv"), QStringLiteral("yes"),
                                                        QStringLiteral("--by"), QStringLiteral("qpv")}
                                         << QStringLiteral("--qpv cannot be used with --by qpv");
    QTest::newRow("--segment without =") << QStringList{scores, QStringLiteral("--segment"), QStringLiteral("departement")}
                                         << QStringLiteral("--segment departement: expected COLUMN=VALUE");
    QTest::newRow("--segment, no such column")
        << QStringList{drivers, QStringLiteral("--segment"), QStringLiteral("commune=Lille")}
        << QStringLiteral("--segment commune: expected a segment column of the wave (departement)");
    QTest::newRow("--segment, no such value")
        << QStringList{scores, QStringLiteral("--segment"), QStringLiteral("departement=59")}
        << QStringLiteral("--segment: departement has no value 59 (others)");
    QTest::newRow("--segment with --by a column")
        << QStringList{scores, QStringLiteral("--segment"), QStringLiteral("departement=others"), QStringLiteral("--by"),
                       QStringLiteral("departement")}
        << QStringLiteral("--segment cannot be used with --by a segment column");
    QTest::newRow("ranking of no such question")
        << QStringList{QStringLiteral("ranking"), QStringLiteral("--code"), QStringLiteral("Q99")}
        << QStringLiteral("--code Q99: expected a satisfaction question of the wave");
    QTest::newRow("ranking --qpv maybe") << QStringList{QStringLiteral("ranking"), QStringLiteral("--qpv"),
                                                        QStringLiteral("maybe")}
                                         << QStringLiteral("--qpv maybe: expected yes or no");
    QTest::newRow("drivers --landlord unknown") << QStringList{drivers, QStringLiteral("--landlord"), QStringLiteral("ZZ")}
                                                << QStringLiteral("landlord ZZ is not in the wave 2023");
}

// report --qpv / --segment: the board pack's figures follow the filters
// (the footnote's base is the group's, its scope line says the filter).
void TestCliFigures::reportFilters_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("scopeLine");
    QTest::newRow("none") << QStringList() << QStringLiteral("n = 80, effective n = 72") << QStringLiteral("all landlords");
    QTest::newRow("--qpv yes") << QStringList{QStringLiteral("--qpv"), QStringLiteral("yes")}
                               << QStringLiteral("n = 40, effective n = 36") << QStringLiteral("QPV tenants");
    QTest::newRow("--qpv no") << QStringList{QStringLiteral("--qpv"), QStringLiteral("no")}
                              << QStringLiteral("n = 40, effective n = 36") << QStringLiteral("tenants outside QPV");
    QTest::newRow("--segment") << QStringList{QStringLiteral("--segment"), QStringLiteral("departement=others")}
                               << QStringLiteral("n = 80, effective n = 72") << QStringLiteral("others");
}

void TestCliFigures::reportFilters()
{
    QFETCH(QStringList, filters);
    QFETCH(QString, base);
    QFETCH(QString, scopeLine);
    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("enquete.csv"), scoresFile())}).exitCode, 0);
    const QString pdf = m_dir->filePath(QStringLiteral("pack.pdf"));
    const CliRun written = run(QStringList{QStringLiteral("report"), QStringLiteral("--out"), pdf} + filters);
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(base), qPrintable(text.left(3000)));
    QVERIFY(text.contains(scopeLine));
    // No page of a filtered pack speaks of the whole wave's base.
    if (!filters.isEmpty() && base != QStringLiteral("n = 80, effective n = 72"))
        QVERIFY(!text.contains(QStringLiteral("n = 80, effective n = 72")));
    // --each-landlord writes whole-wave reports: no filter there.
    if (!filters.isEmpty()) {
        const CliRun refused = run(QStringList{QStringLiteral("report"), QStringLiteral("--each-landlord"),
                                               QStringLiteral("--out"), m_dir->path()} + filters);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("--each-landlord takes no --qpv or --segment")));
    }
}

// Filters naming what is not in the wave: exit 1 and the option named.
void TestCliFigures::filterRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("enquete.csv"), scoresFile())}).exitCode, 0);
    const CliRun refused = run(arguments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
}

// import --strata and design: the QPV se follows the design, the wrong
// column is refused and nothing changes.
void TestCliFigures::design()
{
    const auto qpvSe = [this] {
        const QJsonArray rows = json({QStringLiteral("scores"), QStringLiteral("--by"), QStringLiteral("qpv"),
                                      QStringLiteral("--code"), QStringLiteral("Q01")});
        return rows.isEmpty() ? -1.0 : rows[0][QStringLiteral("se")].toDouble();
    };
    const QString path = file(QStringLiteral("enquete.csv"), scoresFile());
    const CliRun wrong = run({QStringLiteral("import"), path, QStringLiteral("--strata"), QStringLiteral("region")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QLatin1String("region")) && wrong.err.contains(QLatin1String("enquete.csv")),
             qPrintable(wrong.err));
    QCOMPARE(run({QStringLiteral("import"), path, QStringLiteral("--strata"), QStringLiteral("Bailleur")}).exitCode, 0);
    QVERIFY(std::abs(qpvSe() - StratifiedQpvSe) < 1e-12);

    QCOMPARE(run({QStringLiteral("design"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--strata"),
                  QStringLiteral("none")}).exitCode, 0);
    QVERIFY(std::abs(qpvSe() - GroupSe) < 1e-12);
    const CliRun unknown = run({QStringLiteral("design"), QStringLiteral("--year"), QStringLiteral("2023"),
                                QStringLiteral("--strata"), QStringLiteral("region")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("departement")), qPrintable(unknown.err));
    QVERIFY(std::abs(qpvSe() - GroupSe) < 1e-12);
    QCOMPARE(run({QStringLiteral("design"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--strata"),
                  QStringLiteral("bailleur")}).exitCode, 0);
    QVERIFY(std::abs(qpvSe() - StratifiedQpvSe) < 1e-12);
    QCOMPARE(run({QStringLiteral("design"), QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--strata"),
                  QStringLiteral("none")}).exitCode, 1);
}

// trend --by qpv: the 2024 wave has 10 QPV tenants only. Its QPV point says
// so (no score), and 2025 is not tested against 2023 instead.
void TestCliFigures::trendNeverSkipsASmallWave()
{
    QList<QByteArray> lines = scoresFile(2024).split('\n');
    lines.erase(lines.begin() + 11, lines.begin() + 41); // tenants 10-39: QPV
    for (const QByteArray &bytes : {scoresFile(2023), lines.join('\n'), scoresFile(2025)})
        QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("wave.csv"), bytes)}).exitCode, 0);
    const QJsonArray rows = json({QStringLiteral("trend"), QStringLiteral("--code"), QStringLiteral("Q01"),
                                  QStringLiteral("--by"), QStringLiteral("qpv")});
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue &row : rows)
        byKey.insert(row[QStringLiteral("segment")].toString() + QString::number(row[QStringLiteral("year")].toInt()),
                     row.toObject());
    QCOMPARE(byKey.size(), 6);
    const QJsonObject small = byKey.value(QStringLiteral("qpv2024"));
    QCOMPARE(small[QStringLiteral("n")].toInt(), 10);
    QCOMPARE(small[QStringLiteral("band")].toString(), QStringLiteral("effectif_insuffisant"));
    QVERIFY(small[QStringLiteral("score")].isNull() && small[QStringLiteral("diff_significant")].isNull());
    QVERIFY(byKey.value(QStringLiteral("qpv2025"))[QStringLiteral("diff_significant")].isNull());
    QCOMPARE(byKey.value(QStringLiteral("hors_qpv2025"))[QStringLiteral("diff_significant")].toBool(true), false);
    QCOMPARE(byKey.value(QStringLiteral("hors_qpv2024"))[QStringLiteral("diff_significant")].toBool(true), false);
}

QTEST_GUILESS_MAIN(TestCliFigures)
#include "tst_cli_figures.moc"
