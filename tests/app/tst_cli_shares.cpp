// Tests of the `shares` command and `trend --option` (cli.md) on a survey
// whose shares are worked out by hand, and on the demo store, whose
// published 2021 shares must show up beside the generated 2020 wave's.
#include "clirun.h"
#include "teststore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace {

// 80 tenants, 0-39 in a QPV; weight 1 for even, 2 for odd. Q31 (yes/no):
// in QPV even say yes, odd no; outside QPV even no, odd yes. Q30 (single):
// option 1 for even, 3 for odd, everywhere. departement cycles 59, 62, 80.
//   whole wave: yes Σw = 20 + 40 = 60 of 120 → 50 %; Σ(w(y − p))² = 200 · 0.25 = 50
//   QPV: yes 20 of 60 → 33.3 %; Σ(w(y − p))² = 20 · 4/9 + 80 · 1/9 = 160/9
//   outside QPV: yes 40 of 60 → 66.7 %; the same 160/9
// Every group is a domain of the design of the 80 valid answers (N = 80):
//   se = 100 · √(80/79 · Σ) / Σw
QByteArray sharesFile(int year = 2023)
{
    QByteArray bytes = "id;annee;bailleur;qpv;poids;Q01;Q30;Q31;departement\n";
    for (int i = 0; i < 80; ++i) {
        const bool qpv = i < 40, odd = i % 2;
        const bool yes = qpv ? !odd : odd;
        bytes += "T" + QByteArray::number(i) + ';' + QByteArray::number(year) + ';' + (i % 4 < 2 ? "OPH A" : "OPH B")
                 + ';' + (qpv ? "1" : "0") + ';' + (odd ? "2" : "1") + ";1;" + (odd ? "3" : "1") + ';'
                 + (yes ? "oui" : "non") + ';' + QByteArrayList{"59", "62", "80"}.at(i % 3) + '\n';
    }
    return bytes;
}

const double WholeSe = 100.0 * std::sqrt(80.0 / 79.0 * 50.0) / 120.0;
const double GroupSe = 100.0 * std::sqrt(80.0 / 79.0 * 160.0 / 9.0) / 60.0;

bool near(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

} // namespace

class TestCliShares : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void wholeWave();
    void byQpvWithDomainErrors();
    void satisfactionAnswersAndSegments();
    void frenchTable();
    void trendOption();
    void badOptions();
    void demoPublishedShares();
    void publishedOnlyYear();
    void goldenWithAndWithoutStrata();
    void trendScopeBreak();

private:
    CliRun run(const QStringList &arguments, const QString &language = QStringLiteral("en"));
    QJsonArray json(const QStringList &arguments);
    void importFile(int year);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliShares::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliRun TestCliShares::run(const QStringList &arguments, const QString &language)
{
    return runSatisfecit(m_dir->path(), QStringList{QStringLiteral("--db"), testStoreLocation(m_dir->filePath(QStringLiteral("store.sqlite"))),
                                                    QStringLiteral("--lang"), language}
                                            + arguments,
                         300000);
}

QJsonArray TestCliShares::json(const QStringList &arguments)
{
    return jsonArrayOf(run(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")}));
}

void TestCliShares::importFile(int year)
{
    const QString path = m_dir->filePath(QStringLiteral("shares_%1.csv").arg(year));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(sharesFile(year));
    f.close();
    const CliRun r = run({QStringLiteral("import"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliShares::wholeWave()
{
    importFile(2023);
    const QJsonArray rows = json({QStringLiteral("shares")});
    // Every option of Q30 (4 in the codebook) and Q31 (2); Q01 is a score.
    QCOMPARE(rows.size(), 6);
    const QStringList fields = {"year", "scope", "code", "label", "theme", "option", "option_label", "segment",
                                "pct", "se", "ci_low", "ci_high", "n", "n_eff", "diff_significant", "source"};
    for (const QJsonValue &v : rows)
        for (const QString &field : fields)
            QVERIFY2(v.toObject().contains(field), qPrintable(field));
    const QJsonObject yes = rows[4].toObject();
    QCOMPARE(yes.value("code").toString(), QStringLiteral("Q31"));
    QCOMPARE(yes.value("option").toString(), QStringLiteral("1"));
    QCOMPARE(yes.value("option_label").toString(), QStringLiteral("Yes"));
    QCOMPARE(yes.value("segment").toString(), QStringLiteral("ensemble"));
    QVERIFY(near(yes.value("pct").toDouble(), 50.0));
    QVERIFY(near(yes.value("se").toDouble(), WholeSe));
    QVERIFY(near(yes.value("ci_low").toDouble(), 50.0 - 1.959964 * WholeSe));
    QVERIFY(near(yes.value("ci_high").toDouble(), 50.0 + 1.959964 * WholeSe));
    QCOMPARE(yes.value("n").toInt(), 80);
    QVERIFY(near(yes.value("n_eff").toDouble(), 72.0));
    QVERIFY(yes.value("diff_significant").isNull()); // no wave before
    QVERIFY(yes.value("source").isNull());
    // Q30: options 1 and 3 answered, 2 and 4 at 0 %.
    QCOMPARE(rows[0].toObject().value("option_label").toString(), QStringLiteral("Papier"));
    QVERIFY(near(rows[0].toObject().value("pct").toDouble(), 100.0 / 3.0));
    QVERIFY(near(rows[1].toObject().value("pct").toDouble(), 0.0));
    QVERIFY(near(rows[2].toObject().value("pct").toDouble(), 200.0 / 3.0));
}

void TestCliShares::byQpvWithDomainErrors()
{
    importFile(2023);
    const QJsonArray rows = json({QStringLiteral("shares"), QStringLiteral("--by"), QStringLiteral("qpv"),
                                  QStringLiteral("--code"), QStringLiteral("Q31")});
    QCOMPARE(rows.size(), 4); // qpv yes, qpv no, hors yes, hors no
    const QJsonObject qpvYes = rows[0].toObject(), horsYes = rows[2].toObject();
    QCOMPARE(qpvYes.value("segment").toString(), QStringLiteral("qpv"));
    QCOMPARE(horsYes.value("segment").toString(), QStringLiteral("hors_qpv"));
    QVERIFY(near(qpvYes.value("pct").toDouble(), 100.0 / 3.0));
    QVERIFY(near(horsYes.value("pct").toDouble(), 200.0 / 3.0));
    // The domain form: N = 80 in N/(N − 1), not the group's 40.
    QVERIFY(near(qpvYes.value("se").toDouble(), GroupSe));
    QVERIFY(near(horsYes.value("se").toDouble(), GroupSe));
    QCOMPARE(qpvYes.value("n").toInt(), 40);
    // |33.3 − 66.7| > 1.96 · √2 · 7.07: significant.
    QCOMPARE(qpvYes.value("diff_significant").toBool(false), true);
    QCOMPARE(horsYes.value("diff_significant").toBool(false), true);

    // Landlords: each against the rest of the wave.
    const QJsonArray landlords = json({QStringLiteral("shares"), QStringLiteral("--by"), QStringLiteral("landlord"),
                                       QStringLiteral("--code"), QStringLiteral("Q31")});
    QCOMPARE(landlords.size(), 4);
    QCOMPARE(landlords[0].toObject().value("segment").toString(), QStringLiteral("OPH A"));
    QVERIFY(landlords[0].toObject().value("diff_significant").isBool());
    const QJsonArray one = json({QStringLiteral("shares"), QStringLiteral("--landlord"), QStringLiteral("OPH B"),
                                 QStringLiteral("--code"), QStringLiteral("Q31")});
    QCOMPARE(one.size(), 2);
    QCOMPARE(one[0].toObject().value("segment").toString(), QStringLiteral("OPH B"));
    QCOMPARE(one[0].toObject().value("n").toInt(), 40);
}

void TestCliShares::satisfactionAnswersAndSegments()
{
    importFile(2023);
    // --code on a satisfaction question: its four answers.
    const QJsonArray answers = json({QStringLiteral("shares"), QStringLiteral("--code"), QStringLiteral("Q01")});
    QCOMPARE(answers.size(), 4);
    QVERIFY(near(answers[0].toObject().value("pct").toDouble(), 100.0));
    QCOMPARE(answers[0].toObject().value("option_label").toString(), QStringLiteral("Very satisfied"));
    // A segment column of 27, 27 and 26 tenants: no value is seen by 30
    // respondents, so none is named; together they are "others" (80).
    const QJsonArray segments = json({QStringLiteral("shares"), QStringLiteral("--by"), QStringLiteral("departement"),
                                      QStringLiteral("--code"), QStringLiteral("Q31")});
    QCOMPARE(segments.size(), 2);
    for (const QJsonValue &row : segments) {
        QCOMPARE(row.toObject().value("segment").toString(), QStringLiteral("others"));
        QCOMPARE(row.toObject().value("n").toInt(), 80);
        QVERIFY(!row.toObject().value("pct").isNull());
    }
}

void TestCliShares::frenchTable()
{
    importFile(2023);
    const CliRun r = run({QStringLiteral("shares"), QStringLiteral("--code"), QStringLiteral("Q31")},
                         QStringLiteral("fr"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("50\u202F%")), qPrintable(r.out)); // narrow no-break space
    QVERIFY2(r.out.contains(QStringLiteral("Oui")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("50%")));
    // The se in the table: decimal comma.
    QVERIFY2(r.out.contains(QLocale(QLocale::French).toString(WholeSe, 'f', 3)), qPrintable(r.out));
}

void TestCliShares::trendOption()
{
    importFile(2020);
    importFile(2023);
    const QJsonArray rows = json({QStringLiteral("trend"), QStringLiteral("--code"), QStringLiteral("Q31"),
                                  QStringLiteral("--option"), QStringLiteral("1")});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].toObject().value("year").toInt(), 2023);
    QVERIFY(near(rows[1].toObject().value("pct").toDouble(), 50.0));
    QCOMPARE(rows[1].toObject().value("published").toBool(true), false);
    QCOMPARE(rows[1].toObject().value("diff_significant").toBool(true), false); // the same answers
    QCOMPARE(rows[1].toObject().value("scope_break").toBool(true), false);
    const QJsonArray qpv = json({QStringLiteral("trend"), QStringLiteral("--code"), QStringLiteral("Q31"),
                                 QStringLiteral("--option"), QStringLiteral("1"), QStringLiteral("--by"),
                                 QStringLiteral("qpv")});
    QCOMPARE(qpv.size(), 4);
    QVERIFY(near(qpv[0].toObject().value("se").toDouble(), GroupSe));
}

void TestCliShares::badOptions()
{
    importFile(2023);
    CliRun r = run({QStringLiteral("trend"), QStringLiteral("--code"), QStringLiteral("Q31"), QStringLiteral("--option"),
                    QStringLiteral("7")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("--option 7")));
    r = run({QStringLiteral("shares"), QStringLiteral("--by"), QStringLiteral("nowhere")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("departement")));
    r = run({QStringLiteral("shares"), QStringLiteral("--landlord"), QStringLiteral("NOPE")});
    QCOMPARE(r.exitCode, 1);
    r = run({QStringLiteral("shares"), QStringLiteral("--code"), QStringLiteral("Q99")});
    QCOMPARE(r.exitCode, 1);
}

void TestCliShares::demoPublishedShares()
{
    const CliRun demo = run({QStringLiteral("demo")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const QJsonArray rows = json({QStringLiteral("shares"), QStringLiteral("--year"), QStringLiteral("2020"),
                                  QStringLiteral("--code"), QStringLiteral("Q30")});
    // Report: paper 44 %, paper and digital 39 %, digital only 15 %.
    const QHash<QString, double> published = {{"1", 44}, {"2", 39}, {"3", 15}};
    int publishedRows = 0;
    QHash<QString, double> computed;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (o.value("segment").toString() != QLatin1String("ensemble"))
            continue;
        if (!o.value("source").isNull()) {
            ++publishedRows;
            QVERIFY(o.value("source").toString().contains(QStringLiteral("Rapport URH")));
            QVERIFY(o.value("se").isNull());
            QCOMPARE(o.value("pct").toDouble(), published.value(o.value("option").toString()));
        } else {
            computed.insert(o.value("option").toString(), o.value("pct").toDouble());
        }
    }
    QCOMPARE(publishedRows, 3);
    // The generated 2020 wave reproduces them (to the published rounding).
    for (auto it = published.cbegin(); it != published.cend(); ++it)
        QVERIFY2(std::fabs(computed.value(it.key()) - it.value()) <= 0.5,
                 qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(computed.value(it.key()))));
    const QJsonArray smartphone = json({QStringLiteral("trend"), QStringLiteral("--code"), QStringLiteral("Q31"),
                                        QStringLiteral("--option"), QStringLiteral("1")});
    QVERIFY(!smartphone.isEmpty());
    QCOMPARE(smartphone.last().toObject().value("year").toInt(), 2020);
    QVERIFY(std::fabs(smartphone.last().toObject().value("pct").toDouble() - 65.0) <= 0.5);
}

void TestCliShares::publishedOnlyYear()
{
    importFile(2023);
    const QString path = m_dir->filePath(QStringLiteral("published.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("annee;perimetre;code;segment;note;pct_satisfaits;effectif;source;option\n"
            "2017;Hauts-de-France;Q31;ensemble;;61;1200;Rapport 2018;1\n"
            "2017;Hauts-de-France;Q30;ensemble;;52;;Rapport 2018;1\n");
    f.close();
    const CliRun imported = run({QStringLiteral("import-published"), path});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // A year kept only as published figures: its shares, with their source.
    const QJsonArray rows = json({QStringLiteral("shares"), QStringLiteral("--year"), QStringLiteral("2017"),
                                  QStringLiteral("--code"), QStringLiteral("Q31")});
    QCOMPARE(rows.size(), 1);
    const QJsonObject o = rows[0].toObject();
    QCOMPARE(o.value("pct").toDouble(), 61.0);
    QCOMPARE(o.value("n").toInt(), 1200);
    QCOMPARE(o.value("source").toString(), QStringLiteral("Rapport 2018"));
    QVERIFY(o.value("se").isNull());
    // The trend joins it to the computed 2023 share, marked as published.
    const QJsonArray trend = json({QStringLiteral("trend"), QStringLiteral("--code"), QStringLiteral("Q31"),
                                   QStringLiteral("--option"), QStringLiteral("1")});
    QCOMPARE(trend.size(), 2);
    QCOMPARE(trend[0].toObject().value("year").toInt(), 2017);
    QCOMPARE(trend[0].toObject().value("published").toBool(), true);
    QCOMPARE(trend[0].toObject().value("source").toString(), QStringLiteral("Rapport 2018"));
    QCOMPARE(trend[1].toObject().value("published").toBool(), false);
    // No comparison against a published point without se.
    QVERIFY(trend[1].toObject().value("diff_significant").isNull());
}

// End to end against R (tests/data/shares): the golden survey imported with
// the landlord as stratum, then without strata (design command); every
// group's shares and se from the command equal R's domain estimates.
void TestCliShares::goldenWithAndWithoutStrata()
{
    const QString data = QStringLiteral(SATISFECIT_TEST_DATA "/shares/");
    QHash<QString, double> golden;
    {
        QFile f(data + QStringLiteral("golden.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList p = lines[i].split(QLatin1Char(';'));
            golden.insert(p.mid(0, 4).join(QLatin1Char('|')), p[4].toDouble());
        }
    }
    const QString codebook = m_dir->filePath(QStringLiteral("codebook.csv"));
    QFile cb(codebook);
    QVERIFY(cb.open(QIODevice::WriteOnly));
    cb.write("code;theme;label_fr;label_en;type;options;parent;global\n"
             "Q01;global;Satisfaction globale;Overall satisfaction;satisfaction4;;;1\n"
             "Q07;information;Oui ou non;Yes or no;yesno;;;\n"
             "Q08;information;Choix;Choice;single;1=Un|2=Deux|3=Trois|4=Quatre;;\n");
    cb.close();
    CliRun r = run({QStringLiteral("import"), data + QStringLiteral("respondents.csv"), QStringLiteral("--codebook"),
                    codebook, QStringLiteral("--strata"), QStringLiteral("bailleur")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    int compared = 0;
    const auto check = [&](const QString &design) {
        compared = 0;
        const QList<QPair<QString, QString>> groupings = {{"landlord", "landlord:"}, {"qpv", ""},
                                                          {"type_habitat", "segment:type_habitat="}};
        for (const auto &[by, prefix] : groupings) {
            for (const QString &code : {QStringLiteral("Q07"), QStringLiteral("Q08")}) {
                const QJsonArray rows = json({QStringLiteral("shares"), QStringLiteral("--by"), by,
                                              QStringLiteral("--code"), code});
                QVERIFY(!rows.isEmpty());
                for (const QJsonValue &v : rows) {
                    const QJsonObject o = v.toObject();
                    const QString key = design + '|' + prefix + o.value("segment").toString() + '|' + code + '|';
                    QVERIFY2(golden.contains(key + "n"), qPrintable(key));
                    QCOMPARE(o.value("n").toInt(), int(golden.value(key + "n")));
                    if (o.value("pct").isNull()) {
                        QVERIFY(golden.value(key + "n") < 30);
                        continue;
                    }
                    const QString a = o.value("option").toString();
                    QVERIFY2(near(o.value("pct").toDouble(), golden.value(key + "share_" + a)), qPrintable(key + a));
                    QVERIFY2(near(o.value("se").toDouble(), golden.value(key + "se_" + a)),
                             qPrintable(QStringLiteral("%1%2 se %3, R %4").arg(key, a).arg(o.value("se").toDouble(), 0, 'g', 17)
                                            .arg(golden.value(key + "se_" + a), 0, 'g', 17)));
                    ++compared;
                }
            }
        }
    };
    check(QStringLiteral("strata"));
    QVERIFY(compared > 50);
    r = run({QStringLiteral("design"), QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--strata"),
             QStringLiteral("none")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    check(QStringLiteral("simple"));
    QVERIFY(compared > 50);
}

void TestCliShares::trendScopeBreak()
{
    importFile(2023); // Hauts-de-France
    const QString path = m_dir->filePath(QStringLiteral("published.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("annee;perimetre;code;segment;note;pct_satisfaits;effectif;source;option\n"
            "2017;Nord-Pas-de-Calais;Q31;ensemble;;57;;Rapport NPdC 2018;1\n"
            "2017;Picardie;Q31;ensemble;;55;;Rapport Picardie 2018;1\n"
            "2014;Nord-Pas-de-Calais;Q31;ensemble;;48;;Rapport NPdC 2015;1\n");
    f.close();
    QCOMPARE(run({QStringLiteral("import-published"), path}).exitCode, 0);
    const QJsonArray rows = json({QStringLiteral("trend"), QStringLiteral("--code"), QStringLiteral("Q31"),
                                  QStringLiteral("--option"), QStringLiteral("1")});
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].toObject().value("year").toInt(), 2014);
    QCOMPARE(rows[1].toObject().value("scope").toString(), QStringLiteral("Nord-Pas-de-Calais"));
    QCOMPARE(rows[1].toObject().value("scope_break").toBool(true), false);
    QCOMPARE(rows[2].toObject().value("scope").toString(), QStringLiteral("Picardie"));
    QCOMPARE(rows[2].toObject().value("scope_break").toBool(false), true); // no Picardie point in 2014
    QCOMPARE(rows[3].toObject().value("scope").toString(), QStringLiteral("Hauts-de-France"));
    QCOMPARE(rows[3].toObject().value("scope_break").toBool(false), true); // the region's first wave
    QCOMPARE(rows[3].toObject().value("published").toBool(true), false);
}

QTEST_GUILESS_MAIN(TestCliShares)
#include "tst_cli_shares.moc"
