// Personal data through the command line (issue 18): columns that identify
// tenants refused at import with their names, then dropped or kept
// knowingly; no id, phone, e-mail or name in the store's bytes; a deleted
// wave's values gone from the file.
#include "clirun.h"
#include "teststore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QStringList IdentifierHeaders{QStringLiteral("Nom"), QStringLiteral("Prénom"), QStringLiteral("Téléphone"),
                                    QStringLiteral("E_MAIL"), QStringLiteral("Adresse postale"),
                                    QStringLiteral("Numero de contrat"), QStringLiteral("Contact"),
                                    QStringLiteral("Commentaire")};

// 40 tenants with their name, first name, phone, e-mail, address and
// contract number beside the answers; "Contact" holds phone numbers and
// "Commentaire" a different text on every row under harmless names.
QByteArray identifyingFile()
{
    QByteArray bytes = "id;annee;bailleur;qpv;Q01;Nom;Prénom;Téléphone;E_MAIL;Adresse postale;"
                       "Numero de contrat;Contact;Commentaire;residence\n";
    for (int i = 0; i < 40; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(2, '0');
        bytes += "TENANT-QX" + n + ";2023;OPH A;" + (i % 2 ? "1" : "0") + ';' + QByteArray::number(1 + i % 4) + ';'
                 + "Okafor" + n + ";Ysolde" + n + ";06 12 34 56 " + n + ";ysolde" + n + "@exemple.fr;" + n
                 + " rue des Lilas;CTR-77" + n + ";07.98.76.54." + n + ";remarque numero " + n + ";"
                 + (i < 30 ? "Les Tilleuls" : "Le Beffroi") + '\n';
    }
    return bytes;
}

QByteArray residenceFile(int year, const QByteArray &residence)
{
    QByteArray bytes = "id;annee;bailleur;qpv;Q01;residence\n";
    for (int i = 0; i < 40; ++i)
        bytes += "R" + QByteArray::number(year) + '-' + QByteArray::number(i) + ';' + QByteArray::number(year)
                 + ";OPH A;" + (i % 2 ? "1" : "0") + ';' + QByteArray::number(1 + i % 4) + ';' + residence + '\n';
    return bytes;
}

} // namespace

class TestCliPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void identifierColumnsRefusedThenDropped();
    void identifierColumnKeptKnowingly();
    void unknownColumnToDrop();
    void deletedWaveLeavesNoBytes();
    void duplicatesAcrossFiles();
    void smallSegmentValuesGrouped_data();
    void smallSegmentValuesGrouped();

private:
    CliRun run(const QStringList &arguments);
    QString file(const QString &name, const QByteArray &bytes);
    QByteArray storeBytes() const;
    QString dbPath() const { return testStoreLocation(m_dir->filePath(QStringLiteral("db/satisfecit.sqlite"))); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliPrivacy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("db"))));
}

void TestCliPrivacy::cleanup()
{
    m_dir.reset();
}

CliRun TestCliPrivacy::run(const QStringList &arguments)
{
    return runSatisfecit(m_dir->path(), QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"),
                                                    QStringLiteral("en")}
                                            + arguments);
}

QString TestCliPrivacy::file(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestCliPrivacy::storeBytes() const
{
    return storedBytes(dbPath());
}

void TestCliPrivacy::identifierColumnsRefusedThenDropped()
{
    const QString survey = file(QStringLiteral("enquete.csv"), identifyingFile());
    const CliRun refused = run({QStringLiteral("import"), survey});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
    // One message naming every column, why, and what to do.
    const QStringList lines = refused.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.value(0).startsWith(QStringLiteral("enquete.csv:1: the file holds 8 columns that identify "
                                                      "tenants")),
             qPrintable(refused.err));
    for (const QString &header : IdentifierHeaders)
        QVERIFY2(lines.value(0).contains(QLatin1Char('"') + header + QLatin1Char('"')), qPrintable(header));
    QVERIFY(lines.value(0).contains(QStringLiteral("\"Contact\" (phone numbers)")));
    QVERIFY(lines.value(0).contains(QStringLiteral("\"Commentaire\" (a different value on nearly every row)")));
    QVERIFY(lines.value(0).contains(QStringLiteral("\"Nom\" (its name)")));
    QVERIFY(!lines.value(0).contains(QStringLiteral("residence")));
    QVERIFY2(refused.err.contains(QStringLiteral("--drop-columns \"") + IdentifierHeaders.join(QLatin1Char(','))),
             qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("Nothing was written")));
    QCOMPARE(jsonArrayOf(run({QStringLiteral("waves"), QStringLiteral("--format"), QStringLiteral("json")})).size(), 0);

    // Matched as headers are: case, accents, spaces and underscores aside.
    const CliRun dropped = run({QStringLiteral("import"), survey, QStringLiteral("--drop-columns"),
                                QStringLiteral("nom,PRENOM,telephone,e mail,adresse_postale,numéro de contrat"),
                                QStringLiteral("--drop-columns"), QStringLiteral("contact,commentaire")});
    QVERIFY2(dropped.exitCode == 0, qPrintable(dropped.err));
    QVERIFY2(dropped.out.contains(QStringLiteral("Dropped without being read: ") + IdentifierHeaders.join(", ")),
             qPrintable(dropped.out));
    QVERIFY(dropped.out.contains(QStringLiteral("1 segment columns (residence)")));
    const QJsonArray waves = jsonArrayOf(run({QStringLiteral("waves"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(waves.size(), 1);
    QCOMPARE(waves.first()[QStringLiteral("respondents")].toInt(), 40);
    QCOMPARE(waves.first()[QStringLiteral("notes")].toString(), QString());

    // Nothing that identifies a tenant in the file's bytes.
    const QByteArray bytes = storeBytes();
    QVERIFY(bytes.contains("Les Tilleuls"));
    for (const char *needle : {"TENANT-QX", "Okafor", "Ysolde", "ysolde", "@exemple.fr", "06 12 34 56", "rue des Lilas",
                               "CTR-77", "07.98.76", "remarque numero"})
        QVERIFY2(!bytes.contains(needle), needle);
}

void TestCliPrivacy::identifierColumnKeptKnowingly()
{
    const QString survey = file(QStringLiteral("enquete.csv"), identifyingFile());
    QStringList drop = IdentifierHeaders;
    drop.removeOne(QStringLiteral("Adresse postale"));
    const CliRun kept = run({QStringLiteral("import"), survey, QStringLiteral("--drop-columns"), drop.join(','),
                             QStringLiteral("--keep-columns"), QStringLiteral("Adresse postale")});
    QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
    QVERIFY2(kept.err.contains(QStringLiteral("Warning: Kept at import although they may identify tenants: "
                                              "Adresse postale.")),
             qPrintable(kept.err));
    const QJsonArray waves = jsonArrayOf(run({QStringLiteral("waves"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(waves.size(), 1);
    QVERIFY(waves.first()[QStringLiteral("notes")].toString().contains(QStringLiteral("Adresse postale")));
    const CliRun table = run({QStringLiteral("waves")});
    QVERIFY2(table.out.contains(QStringLiteral("Adresse postale")), qPrintable(table.out));

    // Kept, the column still never comes out respondent by respondent: each
    // address is seen by one tenant, so all are "others".
    const CliRun scores = run({QStringLiteral("scores"), QStringLiteral("--by"), QStringLiteral("Adresse postale"),
                               QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(scores.exitCode, 0);
    QVERIFY(scores.out.contains(QStringLiteral(",others,")));
    QVERIFY2(!scores.out.contains(QStringLiteral("rue des Lilas")), qPrintable(scores.out));
}

void TestCliPrivacy::unknownColumnToDrop()
{
    const QString survey = file(QStringLiteral("enquete.csv"), residenceFile(2023, "Les Tilleuls"));
    const CliRun r = run({QStringLiteral("import"), survey, QStringLiteral("--drop-columns"), QStringLiteral("Fax")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("enquete.csv:1: column \"Fax\" to drop is not in the file")), qPrintable(r.err));
    const CliRun needed = run({QStringLiteral("import"), survey, QStringLiteral("--drop-columns"), QStringLiteral("id")});
    QCOMPARE(needed.exitCode, 2);
    QVERIFY2(needed.err.contains(QStringLiteral("column \"id\" is needed for the import and cannot be dropped")),
             qPrintable(needed.err));
}

void TestCliPrivacy::deletedWaveLeavesNoBytes()
{
    const QByteArray unique = "Residence Zephyrine-Quintal";
    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("vague2022.csv"), residenceFile(2022, unique))}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("vague2023.csv"), residenceFile(2023, "Le Beffroi"))})
                 .exitCode,
             0);
    QVERIFY(storeBytes().contains(unique));
    QVERIFY(storeBytes().contains("vague2022.csv"));
    const CliRun deleted = run({QStringLiteral("delete-wave"), QStringLiteral("2022")});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    const QByteArray bytes = storeBytes();
    QVERIFY(!bytes.contains(unique));
    QVERIFY(!bytes.contains("vague2022.csv"));
    QVERIFY(bytes.contains("Le Beffroi"));

    // A wave replaced by a corrected file leaves nothing behind either.
    QVERIFY(bytes.contains("vague2023.csv"));
    const CliRun replaced = run({QStringLiteral("import"), file(QStringLiteral("corrige2023.csv"),
                                                                residenceFile(2023, "Le Moulin")),
                                 QStringLiteral("--replace")});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QVERIFY(!storeBytes().contains("Le Beffroi"));
    QVERIFY(!storeBytes().contains("vague2023.csv"));
    QVERIFY(storeBytes().contains("Le Moulin"));
}

// Ids are stored only as pseudonyms, yet the same tenant in two files of a
// year is still found.
void TestCliPrivacy::duplicatesAcrossFiles()
{
    QByteArray nord = residenceFile(2023, "Les Tilleuls");
    QByteArray pas = "id;annee;bailleur;qpv;Q01;residence\nR2023-5;2023;OPH B;1;2;Le Beffroi\n"
                     "R2023-7;2023;OPH B;0;3;Le Beffroi\nP-1;2023;OPH B;0;3;Le Beffroi\n";
    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("nord.csv"), nord), QStringLiteral("--scope"),
                  QStringLiteral("Nord")})
                 .exitCode,
             0);
    const CliRun second = run({QStringLiteral("import"), file(QStringLiteral("pas.csv"), pas), QStringLiteral("--scope"),
                               QStringLiteral("Pas-de-Calais")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.err.contains(QStringLiteral("Warning: 2 respondents of this file have an id already in the wave "
                                                "2023 Nord (nord.csv)")),
             qPrintable(second.err));
    QVERIFY(!storeBytes().contains("R2023-5"));
}

void TestCliPrivacy::smallSegmentValuesGrouped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("others");
    QTest::newRow("fr") << "fr" << "autres";
    QTest::newRow("en") << "en" << "others";
}

// 40 tenants in Les Tilleuls are shown by name; the 10 of Le Beffroi and
// the 2 of Le Moulin never are, in any output: they are "others".
void TestCliPrivacy::smallSegmentValuesGrouped()
{
    QFETCH(QString, language);
    QFETCH(QString, others);
    QByteArray bytes = residenceFile(2023, "Les Tilleuls");
    for (int i = 0; i < 12; ++i)
        bytes += "S" + QByteArray::number(i) + ";2023;OPH A;0;" + QByteArray::number(1 + i % 4) + ';'
                 + (i < 10 ? "Le Beffroi" : "Le Moulin") + '\n';
    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("enquete.csv"), bytes)}).exitCode, 0);
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("table")}) {
        const CliRun r = runSatisfecit(m_dir->path(), {QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"), language,
                                                       QStringLiteral("scores"), QStringLiteral("--by"),
                                                       QStringLiteral("residence"), QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Les Tilleuls")), qPrintable(r.out));
        QVERIFY2(r.out.contains(others), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("Beffroi")));
        QVERIFY(!r.out.contains(QStringLiteral("Moulin")));
        if (format == QLatin1String("json")) {
            const QJsonArray rows = jsonArrayOf(r);
            QVERIFY(!rows.isEmpty());
            for (const QJsonValue &row : rows) {
                const QString segment = row[QStringLiteral("segment")].toString();
                QVERIFY2(segment == QLatin1String("Les Tilleuls") || segment == others, qPrintable(segment));
                if (row[QStringLiteral("code")].toString() == QLatin1String("Q01"))
                    QCOMPARE(row[QStringLiteral("n")].toInt(), segment == others ? 12 : 40);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "tst_cli_privacy.moc"
