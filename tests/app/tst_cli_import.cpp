// Tests of the import commands of the command line (cli.md): the real
// satisfecit binary run with QProcess, in a private home, on a store in a
// temporary folder. The figures printed after an import: tst_cli_figures.
#include "clirun.h"
#include "teststore.h"
#include "filehash.h"
#include "handworkedsurvey.h"
#include "store.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Run = CliRun;

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importThenWaves();
    void importBadFile_data();
    void importBadFile();
    void importAlreadyImported();
    void importReplace();
    void importYearOption();
    void preview_data();
    void preview();
    void importCodebook_data();
    void importCodebook();
    void importPublished_data();
    void importPublished();
    void deleteWave();
    void storeErrors_data();
    void storeErrors();

private:
    Run run(const QStringList &arguments, const QString &db = QString());
    QString file(const QString &name, const QByteArray &bytes);
    QJsonArray json(const QStringList &arguments);
    QString dbPath() const { return testStoreLocation(m_dir->filePath(QStringLiteral("db/satisfecit.sqlite"))); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("db"))));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("files"))));
    QVERIFY2(QFileInfo(QStringLiteral(SATISFECIT_BINARY)).isExecutable(), SATISFECIT_BINARY);
}

void TestCliImport::cleanup()
{
    m_dir.reset();
}

Run TestCliImport::run(const QStringList &arguments, const QString &db)
{
    return runSatisfecit(m_dir->path(), QStringList{QStringLiteral("--db"), db.isEmpty() ? dbPath() : db,
                                                    QStringLiteral("--lang"), QStringLiteral("en")}
                                            + arguments);
}

QString TestCliImport::file(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("files/") + name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QJsonArray TestCliImport::json(const QStringList &arguments)
{
    return jsonArrayOf(run(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")}));
}

// ---------------------------------------------------------------------------

void TestCliImport::importThenWaves()
{
    const QString survey = file(QStringLiteral("enquete_2023.csv"), scoresFile());
    const Run r = run({QStringLiteral("import"), survey});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("80 respondents")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("departement")));
    QVERIFY(r.err.isEmpty());

    const QJsonArray waves = json({QStringLiteral("waves")});
    QCOMPARE(waves.size(), 1);
    const QJsonObject wave = waves.first().toObject();
    QCOMPARE(wave.value(QStringLiteral("year")).toInt(), 2023);
    QCOMPARE(wave.value(QStringLiteral("scope")).toString(), QStringLiteral("Hauts-de-France"));
    QCOMPARE(wave.value(QStringLiteral("respondents")).toInt(), 80);
    QCOMPARE(wave.value(QStringLiteral("source_file")).toString(), QStringLiteral("enquete_2023.csv"));
    QCOMPARE(wave.value(QStringLiteral("sha256")).toString().toLatin1(), sha256Of(survey));
    QVERIFY(QDateTime::fromString(wave.value(QStringLiteral("imported_at")).toString(), Qt::ISODate).isValid());
    QCOMPARE(wave.value(QStringLiteral("demo")).toBool(true), false);
}

void TestCliImport::importBadFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("pattern");

    const QByteArray header = "id;annee;bailleur;qpv;poids;Q01;Q02\n";
    QTest::newRow("invalid answer") << QStringLiteral("bad.csv")
                                    << header + "A;2023;X;1;1;1;2\nB;2023;X;0;1;2;3\nC;2023;X;0;1;3;5\n"
                                    << QStringLiteral("^bad\\.csv:4:7: answer \"5\" to Q02: expected 1-4");
    QTest::newRow("missing column") << QStringLiteral("bad.csv") << QByteArray("id;annee;qpv;Q01\nA;2023;1;1\n")
                                    << QStringLiteral("^bad\\.csv:1: required column \"bailleur\" is missing");
    QTest::newRow("weight zero") << QStringLiteral("poids.csv") << header + "A;2023;X;1;0;1;2\n"
                                 << QStringLiteral("^poids\\.csv:2:5: weight \"0\"");
    QTest::newRow("unterminated quote") << QStringLiteral("quote.csv") << header + "A;2023;\"X;1;1;1;2\n"
                                        << QStringLiteral("^quote\\.csv:2:3: .*never closed");
    QTest::newRow("windows-1252 label typo")
        << QStringLiteral("cp1252.csv") << header + "A;2023;X;1;1;Plut\xF4t satisfai;2\n"
        << QStringLiteral("^cp1252\\.csv:2:6: answer \"Plutôt satisfai\" to Q01");
    QTest::newRow("unsupported file type") << QStringLiteral("survey.ods") << QByteArray("PK")
                                           << QStringLiteral("^survey\\.ods: unsupported file type");
}

void TestCliImport::importBadFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, pattern);

    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("good.csv"), scoresFile(2020))}).exitCode, 0);
    const Run before = run({QStringLiteral("waves"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(before.exitCode, 0);

    const Run r = run({QStringLiteral("import"), file(name, bytes)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QRegularExpression(pattern, QRegularExpression::MultilineOption)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was written")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    const Run after = run({QStringLiteral("waves"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, before.out);
}

void TestCliImport::importAlreadyImported()
{
    const QString survey = file(QStringLiteral("enquete.csv"), scoresFile());
    QCOMPARE(run({QStringLiteral("import"), survey}).exitCode, 0);
    const QJsonArray before = json({QStringLiteral("waves")});
    const Run again = run({QStringLiteral("import"), file(QStringLiteral("copie.csv"), scoresFile())});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("already imported")), qPrintable(again.err));
    QCOMPARE(json({QStringLiteral("waves")}), before);
}

void TestCliImport::importReplace()
{
    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("first.csv"), scoresFile())}).exitCode, 0);
    const QJsonArray before = json({QStringLiteral("waves")});
    QCOMPARE(before.size(), 1);
    const QString corrected = file(QStringLiteral("corrected.csv"),
                                   "id;annee;bailleur;qpv;Q01\nA;2023;OPH A;1;1\nB;2023;OPH A;0;2\nC;2023;OPH B;0;3\n");

    const Run refused = run({QStringLiteral("import"), corrected});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("--replace")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("first.csv")));
    QCOMPARE(json({QStringLiteral("waves")}), before);

    const Run replaced = run({QStringLiteral("import"), corrected, QStringLiteral("--replace")});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    const QJsonArray after = json({QStringLiteral("waves")});
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first()[QStringLiteral("year")].toInt(), 2023);
    QCOMPARE(after.first()[QStringLiteral("respondents")].toInt(), 3);
    QCOMPARE(after.first()[QStringLiteral("source_file")].toString(), QStringLiteral("corrected.csv"));
}

void TestCliImport::importYearOption()
{
    const QString survey = file(QStringLiteral("sans_annee.csv"), "id;bailleur;qpv;Q01\nA;OPH A;1;1\nB;OPH B;0;4\n");
    const Run missing = run({QStringLiteral("import"), survey});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("\"annee\"")), qPrintable(missing.err));
    QCOMPARE(run({QStringLiteral("import"), survey, QStringLiteral("--year"), QStringLiteral("1850")}).exitCode, 1);
    const Run given = run({QStringLiteral("import"), survey, QStringLiteral("--year"), QStringLiteral("2021")});
    QVERIFY2(given.exitCode == 0, qPrintable(given.err));
    const QJsonArray waves = json({QStringLiteral("waves")});
    QCOMPARE(waves.size(), 1);
    QCOMPARE(waves.first()[QStringLiteral("year")].toInt(), 2021);
}

void TestCliImport::preview_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");

    QTest::newRow("utf-8, semicolon") << QStringLiteral("a.csv") << QByteArray("id;annee;Q01\nA;2023;1\nB;2023;\n")
                                      << QStringList() << QStringLiteral("utf-8") << QStringLiteral(";")
                                      << QStringList{QStringLiteral("id"), QStringLiteral("annee"), QStringLiteral("Q01")}
                                      << QList<QStringList>{{QStringLiteral("A"), QStringLiteral("2023"), QStringLiteral("1")},
                                                            {QStringLiteral("B"), QStringLiteral("2023"), QString()}};
    QTest::newRow("windows-1252 decodes é")
        << QStringLiteral("b.csv") << QByteArray("id;bailleur;Q01\r\n1;Habitat Cr\xE9" "ation;Plut\xF4t satisfait\r\n")
        << QStringList() << QStringLiteral("windows-1252") << QStringLiteral(";")
        << QStringList{QStringLiteral("id"), QStringLiteral("bailleur"), QStringLiteral("Q01")}
        << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("Habitat Création"), QStringLiteral("Plutôt satisfait")}};
    QTest::newRow("utf-8 with BOM, tab, quoted line break")
        << QStringLiteral("c.tsv") << QByteArray("\xEF\xBB\xBFid\tcommentaire\n7\t\"deux\nlignes \"\"ici\"\"\"\n")
        << QStringList() << QStringLiteral("utf-8-bom") << QStringLiteral("\t")
        << QStringList{QStringLiteral("id"), QStringLiteral("commentaire")}
        << QList<QStringList>{{QStringLiteral("7"), QStringLiteral("deux\nlignes \"ici\"")}};
    QTest::newRow("--rows 1, pipe") << QStringLiteral("d.txt") << QByteArray("id|Q01\n1|1\n2|2\n3|3\n")
                                    << QStringList{QStringLiteral("--rows"), QStringLiteral("1")} << QStringLiteral("utf-8")
                                    << QStringLiteral("|") << QStringList{QStringLiteral("id"), QStringLiteral("Q01")}
                                    << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("1")}};
    QTest::newRow("--delimiter tab by name")
        << QStringLiteral("f.txt") << QByteArray("id\tQ01;Q02\n1\t2;3\n") << QStringList{QStringLiteral("--delimiter"), QStringLiteral("tab")}
        << QStringLiteral("utf-8") << QStringLiteral("\t") << QStringList{QStringLiteral("id"), QStringLiteral("Q01;Q02")}
        << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2;3")}};
    QTest::newRow("forced encoding and delimiter")
        << QStringLiteral("e.csv") << QByteArray("id,Q01;x\n1,\xE9;y\n")
        << QStringList{QStringLiteral("--encoding"), QStringLiteral("windows-1252"), QStringLiteral("--delimiter"),
                       QStringLiteral(",")}
        << QStringLiteral("windows-1252") << QStringLiteral(",") << QStringList{QStringLiteral("id"), QStringLiteral("Q01;x")}
        << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("é;y")}};
}

void TestCliImport::preview()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, options);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);

    const Run r = run(QStringList{QStringLiteral("preview"), file(name, bytes), QStringLiteral("--format"),
                                  QStringLiteral("json")}
                      + options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonObject object = document.object();
    QStringList keys = object.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("delimiter"), QStringLiteral("encoding"), QStringLiteral("header"),
                                QStringLiteral("rows")}));
    QCOMPARE(object[QStringLiteral("encoding")].toString(), encoding);
    QCOMPARE(object[QStringLiteral("delimiter")].toString(), delimiter);
    QStringList readHeader;
    for (const QJsonValue &cell : object[QStringLiteral("header")].toArray()) {
        QVERIFY(cell.isString());
        readHeader << cell.toString();
    }
    QCOMPARE(readHeader, header);
    QList<QStringList> readRows;
    for (const QJsonValue &row : object[QStringLiteral("rows")].toArray()) {
        QVERIFY(row.isArray());
        QStringList cells;
        for (const QJsonValue &cell : row.toArray()) {
            QVERIFY2(cell.isString(), "every cell is a string, numbers too");
            cells << cell.toString();
        }
        readRows << cells;
    }
    QCOMPARE(readRows, rows);

    // preview writes nothing: neither the --db store nor the default one.
    QVERIFY(!QFile::exists(dbPath()));
    QDirIterator it(m_dir->filePath(QStringLiteral("home")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString found = it.next();
        QVERIFY2(!found.endsWith(QLatin1String(".sqlite")), qPrintable(found));
    }
}

void TestCliImport::importCodebook_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("questions");

    const QByteArray header = "code;theme;label_fr;label_en;type;options;parent;global\n";
    QTest::newRow("good: a new question and a relabelled one")
        << header + "Q42;logement;Accessibilité;Accessibility;satisfaction4;;;\n"
                    "Q02;logement;Conditions de logement (intérieur);Housing;satisfaction4;;;\n"
        << 0 << QStringLiteral("Saved 2 questions from codebook\\.csv") << 42;
    QTest::newRow("bad: unknown type")
        << header + "Q42;logement;Accessibilité;Accessibility;satisfaction4;;;\nQ43;logement;A;A;echelle10;;;\n" << 2
        << QStringLiteral("^codebook\\.csv:3:5: type \"echelle10\"") << 41;
    QTest::newRow("bad: duplicate code") << header + "Q42;logement;A;A;satisfaction4;;;\nQ42;logement;B;B;satisfaction4;;;\n"
                                         << 2 << QStringLiteral("^codebook\\.csv:3:1: question code \"Q42\" appears twice")
                                         << 41;
    QTest::newRow("bad: single without options") << header + "Q42;information;Canal;Channel;single;;;\n" << 2
                                                 << QStringLiteral("^codebook\\.csv:2:6: .*needs options") << 41;
}

void TestCliImport::importCodebook()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, pattern);
    QFETCH(int, questions);

    const Run r = run({QStringLiteral("import-codebook"), file(QStringLiteral("codebook.csv"), bytes)});
    QCOMPARE(r.exitCode, exitCode);
    const QRegularExpression expression(pattern, QRegularExpression::MultilineOption);
    QVERIFY2((exitCode == 0 ? r.out : r.err).contains(expression), qPrintable(r.out + r.err));
    if (exitCode != 0)
        QVERIFY(r.err.contains(QStringLiteral("Nothing was written")));

    Store store;
    QVERIFY2(store.open(dbPath()), qPrintable(store.error().message));
    const Codebook codebook = store.codebook();
    QCOMPARE(codebook.size(), questions);
    QCOMPARE(codebook.questions().front().code, QStringLiteral("Q01"));
    if (exitCode == 0) {
        QCOMPARE(codebook.indexOf(QStringLiteral("Q42")), 41);
        QCOMPARE(codebook.find(QStringLiteral("Q02"))->labelFr, QStringLiteral("Conditions de logement (intérieur)"));
    } else {
        QCOMPARE(codebook.find(QStringLiteral("Q02"))->labelFr, QStringLiteral("Conditions de logement"));
    }
}

void TestCliImport::importPublished_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("figures");

    const QByteArray header = "annee;perimetre;code;segment;note;pct_satisfaits;effectif;source\n";
    QTest::newRow("good") << header + "2015;Hauts-de-France;Q01;ensemble;6,8;77;1500;Rapport 2015\n"
                                      "2015;Hauts-de-France;Q01;qpv;6.2;;;Rapport 2015\n"
                          << 0 << QStringLiteral("Saved 2 published figures from published\\.csv") << 2;
    QTest::newRow("bad: score 11") << header + "2015;Hauts-de-France;Q01;ensemble;6,8;;;\n2016;Picardie;Q01;qpv;11;;;\n"
                                   << 2 << QStringLiteral("^published\\.csv:3:5: score \"11\"") << 0;
    QTest::newRow("bad: unknown question") << header + "2015;Hauts-de-France;Q77;ensemble;6,8;;;\n" << 2
                                           << QStringLiteral("^published\\.csv:2:3: question \"Q77\"") << 0;
    QTest::newRow("bad: missing column") << QByteArray("annee;perimetre;code;note\n2015;HdF;Q01;6\n") << 2
                                         << QStringLiteral("^published\\.csv:1: required column \"segment\"") << 0;
}

void TestCliImport::importPublished()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, pattern);
    QFETCH(int, figures);

    const Run r = run({QStringLiteral("import-published"), file(QStringLiteral("published.csv"), bytes)});
    QCOMPARE(r.exitCode, exitCode);
    const QRegularExpression expression(pattern, QRegularExpression::MultilineOption);
    QVERIFY2((exitCode == 0 ? r.out : r.err).contains(expression), qPrintable(r.out + r.err));
    if (exitCode != 0)
        QVERIFY(r.err.contains(QStringLiteral("Nothing was written")));
    Store store;
    QVERIFY2(store.open(dbPath()), qPrintable(store.error().message));
    QCOMPARE(store.publishedFigures().size(), figures);
}

void TestCliImport::deleteWave()
{
    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("w2020.csv"), scoresFile(2020))}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("w2023.csv"), scoresFile(2023))}).exitCode, 0);
    QCOMPARE(json({QStringLiteral("waves")}).size(), 2);

    const Run r = run({QStringLiteral("delete-wave"), QStringLiteral("2020")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("2020")));
    const QJsonArray waves = json({QStringLiteral("waves")});
    QCOMPARE(waves.size(), 1);
    QCOMPARE(waves.first()[QStringLiteral("year")].toInt(), 2023);
    QCOMPARE(run({QStringLiteral("delete-wave"), QStringLiteral("2020")}).exitCode, 1);
    // The file of the deleted wave can be imported again.
    QCOMPARE(run({QStringLiteral("import"), m_dir->filePath(QStringLiteral("files/w2020.csv"))}).exitCode, 0);
}

void TestCliImport::storeErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("command");

    QByteArray garbage("SQLite format 3", 16);
    for (int i = 0; i < 8192; ++i)
        garbage += char((i * 7919 + 13) % 251);
    QTest::newRow("text file, waves") << QByteArray("not a database\n") << QStringLiteral("waves");
    QTest::newRow("text file, import") << QByteArray("not a database\n") << QStringLiteral("import");
    QTest::newRow("corrupt SQLite, waves") << garbage << QStringLiteral("waves");
    QTest::newRow("corrupt SQLite, import") << garbage << QStringLiteral("import");
    QTest::newRow("another program's SQLite, import") << QByteArray() << QStringLiteral("import");
}

void TestCliImport::storeErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, command);

    const QString db = m_dir->filePath(QStringLiteral("db/other.sqlite"));
    if (bytes.isEmpty()) {
        const QString connection = QStringLiteral("tst_cli_import_other");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            other.setDatabaseName(db);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')")));
            other.close();
        }
        QSqlDatabase::removeDatabase(connection);
    } else {
        file(QStringLiteral("../db/other.sqlite"), bytes);
    }
    const QByteArray before = sha256Of(db);
    QVERIFY(!before.isEmpty());
    QStringList arguments{command};
    if (command == QLatin1String("import"))
        arguments << file(QStringLiteral("good.csv"), scoresFile());
    const Run r = run(arguments, db);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(sha256Of(db), before);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
