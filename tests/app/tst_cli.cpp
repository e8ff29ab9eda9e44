// Tests of the command line as users script it (cli.md): the real satisfecit
// binary run with QProcess, in a private home, on a store in a temporary
// folder.
#include "clirun.h"
#include "filehash.h"
#include "pgtables.h"
#include "store.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Run = CliRun;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void help();
    void commandHelpInFrench_data();
    void commandHelpInFrench();
    void version();
    void wavesOnNewStore_data();
    void wavesOnNewStore();
    void wavesListsAWave();
    void usageErrors_data();
    void usageErrors();
    void storeErrors_data();
    void storeErrors();
    void deleteWave();
    void readOnlyCommandsCreateNothing_data();
    void readOnlyCommandsCreateNothing();

private:
    Run run(const QStringList &arguments);
    QString dbPath() const { return testStoreLocation(m_dir->filePath(QStringLiteral("db/satisfecit.sqlite"))); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(QFileInfo(QStringLiteral(SATISFECIT_BINARY)).isExecutable(), SATISFECIT_BINARY);
}

void TestCli::cleanup()
{
    m_dir.reset();
}

Run TestCli::run(const QStringList &arguments)
{
    return runSatisfecit(m_dir->path(), arguments, 60000);
}

// ---------------------------------------------------------------------------

void TestCli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("Usage: satisfecit")));
    // Each command on its own line with its summary.
    for (const char *command : {"waves", "delete-wave"})
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^  %1 +\\S").arg(QLatin1String(command)),
                                                   QRegularExpression::MultilineOption)),
                 command);
    for (const char *option : {"--db", "--lang", "--format", "--version"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    QVERIFY(r.err.isEmpty());
    // --help never touches a store.
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("home/.local/share/Satisfecit/satisfecit/satisfecit.sqlite"))));

    const Run commandHelp = run({QStringLiteral("delete-wave"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains(QStringLiteral("--scope")));
    QVERIFY(commandHelp.out.contains(QStringLiteral("delete-wave YEAR")));
}

// Every command's --help in French under --lang fr, before or after the
// command: Qt's own words (Utilisation, Options) and ours.
void TestCli::commandHelpInFrench_data()
{
    QTest::addColumn<QString>("command");
    const QTemporaryDir dir; // _data() runs before init()
    const Run general = runSatisfecit(dir.path(), {QStringLiteral("--help")});
    static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*) +\\S"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(general.out); it.hasNext();) {
        const QString command = it.next().captured(1);
        QTest::newRow(qPrintable(command)) << command;
    }
}

void TestCli::commandHelpInFrench()
{
    QFETCH(QString, command);
    for (const QStringList &arguments : {QStringList{"--lang", "fr", command, "--help"},
                                         QStringList{command, "--help", "--lang=fr"}}) {
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Utilisation : satisfecit")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Options :")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Afficher l'aide")) || r.out.contains(QStringLiteral("aide")),
                 qPrintable(r.out));
        // No English left: the words every English description uses.
        static const QRegularExpression english(
            QStringLiteral("\\b(the|The|of|and|Show|Usage|default|Only|when|file|store)\\b"));
        const QRegularExpressionMatch m = english.match(r.out);
        QVERIFY2(!m.hasMatch(), qPrintable(QStringLiteral("\"%1\" in:\n%2").arg(m.captured(), r.out)));
    }
}

void TestCli::version()
{
    for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const Run r = run({flag});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^satisfecit \\d+\\.\\d+\\.\\d+\\n$")).match(r.out).hasMatch(),
                 qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }
}

// ---------------------------------------------------------------------------

void TestCli::wavesOnNewStore_data()
{
    QTest::addColumn<QStringList>("formatArguments");
    QTest::addColumn<QString>("format");
    QTest::newRow("default table") << QStringList() << "table";
    QTest::newRow("--format table") << QStringList{"--format", "table"} << "table";
    QTest::newRow("--format csv") << QStringList{"--format", "csv"} << "csv";
    QTest::newRow("--format json") << QStringList{"--format", "json"} << "json";
    QTest::newRow("--format json before the command") << QStringList{"--format", "json"} << "json-first";
}

void TestCli::wavesOnNewStore()
{
    QFETCH(QStringList, formatArguments);
    QFETCH(QString, format);

    const QStringList arguments = format == QLatin1String("json-first")
                                      ? QStringList{"--db", dbPath()} + formatArguments + QStringList{"waves"}
                                      : QStringList{"--db", dbPath(), "waves"} + formatArguments;
    {
        Store created; // by an import or the window; waves itself creates nothing
        QVERIFY2(created.open(dbPath()), qPrintable(created.error().message));
    }
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    if (format == QLatin1String("table")) {
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // the header line only
        QVERIFY(QRegularExpression(QStringLiteral("^year +scope +respondents +source_file +sha256 +imported_at +demo +notes +margins_file +margins_sha256\\n$"))
                    .match(r.out).hasMatch());
    } else if (format == QLatin1String("csv")) {
        QCOMPARE(r.out, QStringLiteral("year,scope,respondents,source_file,sha256,imported_at,demo,notes,margins_file,margins_sha256\n"));
    } else {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(json.isArray());
        QVERIFY(json.array().isEmpty());
    }

    Store store;
    QVERIFY2(store.open(dbPath()), qPrintable(store.error().message));
    QCOMPARE(store.schemaVersion(), testingOnServer() ? PostgresSchemaVersion : Store::SchemaVersion);
    QCOMPARE(store.codebook().size(), 41);
}

void TestCli::wavesListsAWave()
{
    {
        Store store;
        QVERIFY2(store.open(dbPath()), qPrintable(store.error().message));
        WaveInfo info;
        info.year = 2021;
        info.scope = QStringLiteral("Hauts-de-France");
        info.sourceFile = QStringLiteral("enquête, 2021.csv");
        info.sha256 = QString(64, QLatin1Char('a'));
        info.importedAt = QDateTime(QDate(2021, 11, 4), QTime(9, 30, 15), Qt::UTC);
        WaveData data;
        data.respondentIds = {"1", "2"};
        data.weights = {1.0, 1.0};
        data.landlordCodes = {"LOGIS62"};
        data.landlord = {0, 0};
        data.qpv = {0, 1};
        QVERIFY(store.insertWave(info, data, {}) > 0);
    }
    const Run json = run({"--db", dbPath(), "waves", "--format", "json"});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject wave = array.first().toObject();
    QCOMPARE(wave.value(QStringLiteral("year")).toInt(), 2021);
    QCOMPARE(wave.value(QStringLiteral("scope")).toString(), QStringLiteral("Hauts-de-France"));
    QCOMPARE(wave.value(QStringLiteral("respondents")).toInt(), 2);
    QCOMPARE(wave.value(QStringLiteral("source_file")).toString(), QStringLiteral("enquête, 2021.csv"));
    QCOMPARE(wave.value(QStringLiteral("sha256")).toString(), QString(64, QLatin1Char('a')));
    QCOMPARE(wave.value(QStringLiteral("imported_at")).toString(), QStringLiteral("2021-11-04T09:30:15Z"));
    QVERIFY(wave.value(QStringLiteral("demo")).isBool());
    QCOMPARE(wave.value(QStringLiteral("demo")).toBool(), false);

    const Run csv = run({"--db", dbPath(), "--format", "csv", "waves"});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.out, QStringLiteral("year,scope,respondents,source_file,sha256,imported_at,demo,notes,margins_file,margins_sha256\n"
                                     "2021,Hauts-de-France,2,\"enquête, 2021.csv\",%1,2021-11-04T09:30:15Z,false,,,\n")
                          .arg(QString(64, QLatin1Char('a'))));

    // The table shortens the hash for a terminal.
    const Run table = run({"--db", dbPath(), "waves"});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[1].contains(QStringLiteral("Hauts-de-France")));
    QVERIFY(lines[1].contains(QStringLiteral(" aaaaaaaaaaaa ")));
    QVERIFY(!lines[1].contains(QString(13, QLatin1Char('a'))));
}

// ---------------------------------------------------------------------------

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command \"frobnicate\"";
    QTest::newRow("unknown option") << QStringList{"waves", "--frobnicate"} << "frobnicate";
    QTest::newRow("unknown global option before the command") << QStringList{"--frobnicate", "waves"} << "frobnicate";
    QTest::newRow("bad --format") << QStringList{"waves", "--format", "xml"} << "xml";
    QTest::newRow("--format without a value") << QStringList{"waves", "--format"} << "format";
    QTest::newRow("--lang de") << QStringList{"--lang", "de", "waves"} << "de";
    QTest::newRow("--lang de with --help") << QStringList{"--lang", "de", "--help"} << "de";
    QTest::newRow("delete-wave without a year") << QStringList{"delete-wave"} << "one year";
    QTest::newRow("delete-wave abc") << QStringList{"delete-wave", "abc"} << "one year";
    QTest::newRow("delete-wave with two years") << QStringList{"delete-wave", "2020", "2021"} << "one year";
    QTest::newRow("delete-wave of a year with no wave") << QStringList{"delete-wave", "2020"} << "no wave 2020";
    // In French, every message of the command line is French, Qt's own too.
    QTest::newRow("French: unknown command") << QStringList{"--lang", "fr", "frobnicate"}
                                             << QString::fromUtf8("commande « frobnicate » inconnue");
    QTest::newRow("French: how to get help") << QStringList{"--lang", "fr", "frobnicate"}
                                             << QString::fromUtf8("Essayez « satisfecit --help »");
    QTest::newRow("French: unknown option") << QStringList{"--lang", "fr", "waves", "--frobnicate"}
                                            << QStringLiteral("Option inconnue");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);

    {
        Store existing; // the usage is wrong, not the store
        QVERIFY2(existing.open(dbPath()), qPrintable(existing.error().message));
    }
    const Run r = run(QStringList{"--db", dbPath()} + arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("satisfecit: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("year")), qPrintable(r.out)); // no data printed
}

// ---------------------------------------------------------------------------

void TestCli::storeErrors_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("text file as --db") << QByteArray("id;nom\n1;x\n") << "not an SQLite database";
    QTest::newRow("PNG image as --db") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16) << "not an SQLite database";
}

void TestCli::storeErrors()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, messagePart);

    const QString path = m_dir->filePath(QStringLiteral("not a store.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(contents), contents.size());
    }
    for (const QStringList &command : {QStringList{"waves"}, QStringList{"delete-wave", "2020"}}) {
        const Run r = run(QStringList{"--db", path} + command);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("satisfecit: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
        QCOMPARE(sha256Of(path), QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex());
    }
}

// ---------------------------------------------------------------------------

void TestCli::deleteWave()
{
    {
        Store store;
        QVERIFY2(store.open(dbPath()), qPrintable(store.error().message));
        for (const QString &scope : {QStringLiteral("Nord-Pas-de-Calais"), QStringLiteral("Picardie")}) {
            WaveInfo info;
            info.year = 2016;
            info.scope = scope;
            info.sourceFile = scope + QStringLiteral(".csv");
            info.sha256 = QString(64, scope.at(0).toLower());
            info.importedAt = QDateTime::currentDateTimeUtc();
            WaveData data;
            data.respondentIds = {"1", "2", "3"};
            data.weights = {1.0, 1.0, 1.0};
            data.landlordCodes = {"LOGIS62"};
            data.landlord = {0, 0, 0};
            data.qpv = {0, 1, 0};
            QVERIFY(store.insertWave(info, data, {}) > 0);
        }
    }
    // Two waves in 2016: the year alone is ambiguous.
    Run r = run({"--db", dbPath(), "delete-wave", "2016"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("--scope")));
    QVERIFY(r.err.contains(QStringLiteral("Nord-Pas-de-Calais")));

    r = run({"--db", dbPath(), "delete-wave", "2016", "--scope", "Picardie"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Picardie")));
    QVERIFY(r.out.contains(QStringLiteral("3")));

    r = run({"--db", dbPath(), "delete-wave", "2016", "--scope", "Picardie"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("no wave 2016 Picardie")));

    Store store;
    QVERIFY2(store.open(dbPath()), qPrintable(store.error().message));
    QCOMPARE(store.waves().size(), 1);
    QCOMPARE(store.waves().first().scope, QStringLiteral("Nord-Pas-de-Calais"));
}

QTEST_GUILESS_MAIN(TestCli)
// ---------------------------------------------------------------------------

// cli.md: a read-only command never creates a store; a missing file or
// folder is exit 3 and nothing appears on disk (nor the default store).
void TestCli::readOnlyCommandsCreateNothing_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("waves") << QStringList{"waves"};
    QTest::newRow("scores") << QStringList{"scores"};
    QTest::newRow("trend") << QStringList{"trend", "--code", "Q01"};
    QTest::newRow("drivers") << QStringList{"drivers"};
    QTest::newRow("chart") << QStringList{"chart", "scores", "--out", "chart.png"};
    QTest::newRow("report") << QStringList{"report", "--out", "report.pdf"};
    QTest::newRow("delete-wave") << QStringList{"delete-wave", "2020"};
}

void TestCli::readOnlyCommandsCreateNothing()
{
    QFETCH(QStringList, command);
    const QString home = m_dir->filePath(QStringLiteral("home"));
    const QString inMissingFolder = m_dir->filePath(QStringLiteral("missing/folder/satisfecit.sqlite"));
    const QString missingFile = m_dir->filePath(QStringLiteral("missing.sqlite"));
    QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    before.removeAll(QStringLiteral("home")); // the private home runSatisfecit makes
    for (const QStringList &db : {QStringList{"--db", inMissingFolder}, QStringList{"--db", missingFile},
                                  QStringList()}) {
        const Run r = run(db + command);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("satisfecit: ")) && r.err.contains(QStringLiteral("does not exist")),
                 qPrintable(r.err));
        if (!db.isEmpty())
            QVERIFY2(r.err.contains(db.last()), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("missing"))));
        QVERIFY(!QFileInfo::exists(missingFile));
        QVERIFY(!QFileInfo::exists(home + QStringLiteral("/.local/share/Satisfecit")));
        QStringList after = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        after.removeAll(QStringLiteral("home"));
        QCOMPARE(after, before);
    }
}

#include "tst_cli.moc"
