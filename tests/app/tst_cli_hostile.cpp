// Hostile values and odd command lines (issue #20), through the real binary:
// CSV output that no spreadsheet runs, control characters refused at import
// and escaped on a terminal, wide headers, and clear messages with the
// right exit code. Reader edge cases: tst_cli_readers.
#include "clirun.h"
#include "hardeningfiles.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

class TestCliHostile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void csvNeverAFormula_data();
    void csvNeverAFormula();
    void controlCharactersRefused_data();
    void controlCharactersRefused();
    void controlCharactersEscapedInPreview();
    void wideHeader();
    void messagesAndExitCodes_data();
    void messagesAndExitCodes();
    void fifoRefusedAtOnce();
    void longYearAndFailedOutputWrite();

private:
    CliRun run(const QStringList &arguments);
    QString file(const QString &name, const QByteArray &bytes);
    QString dbPath() const { return testStoreLocation(m_dir->filePath(QStringLiteral("satisfecit.sqlite"))); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliHostile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliHostile::cleanup()
{
    m_dir.reset();
}

CliRun TestCliHostile::run(const QStringList &arguments)
{
    return runSatisfecit(m_dir->path(), QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"),
                                                    QStringLiteral("en")} + arguments);
}

QString TestCliHostile::file(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Landlord codes, segment values, labels and sources that a spreadsheet
// would run come out with an apostrophe before them; figures stay numbers.
void TestCliHostile::csvNeverAFormula_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("expected");

    const QStringList byLandlord = {QStringLiteral("scores"), QStringLiteral("--by"), QStringLiteral("landlord")};
    const QStringList bySegment = {QStringLiteral("scores"), QStringLiteral("--by"), QStringLiteral("type_habitat")};
    QTest::newRow("landlord =") << QStringList{QStringLiteral("bailleur==HYPERLINK(\"http://x\")")} << byLandlord
                                << QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\")\",");
    QTest::newRow("landlord +") << QStringList{QStringLiteral("bailleur=+1+2")} << byLandlord << QStringLiteral(",'+1+2,");
    QTest::newRow("landlord -") << QStringList{QStringLiteral("bailleur=-2+3")} << byLandlord << QStringLiteral(",'-2+3,");
    QTest::newRow("landlord @") << QStringList{QStringLiteral("bailleur=@SUM(A1)")} << byLandlord
                                << QStringLiteral(",'@SUM(A1),");
    QTest::newRow("segment =") << QStringList{QStringLiteral("type_habitat==cmd|' /C calc'!A0")} << bySegment
                               << QStringLiteral(",'=cmd|' /C calc'!A0,");
    QTest::newRow("segment -") << QStringList{QStringLiteral("type_habitat=-5")} << bySegment << QStringLiteral(",'-5,");
}

void TestCliHostile::csvNeverAFormula()
{
    QFETCH(QStringList, extra);
    QFETCH(QStringList, command);
    QFETCH(QString, expected);
    // A segment value is given to every "collectif" tenant (40): values seen by
    // few tenants are grouped under "others" (issue 18).
    QByteArray csv = hardeningSurvey(60, extra.first().startsWith(QLatin1String("type_habitat=")) ? QStringList() : extra);
    if (extra.first().startsWith(QLatin1String("type_habitat=")))
        csv.replace(";collectif;", ";" + extra.first().mid(13).toUtf8() + ";");
    const CliRun imported = run({QStringLiteral("import"), file(QStringLiteral("s.csv"), csv)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const CliRun r = run(command + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    // No cell of any line starts with a formula character, apostrophes aside;
    // numbers (scores, n) stay plain numbers.
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^2020,Hauts-de-France,Q01,")).match(lines[1]).hasMatch(), qPrintable(lines[1]));
    QVERIFY2(QRegularExpression(QStringLiteral(",\\d+\\.?\\d*,\\d+\\.?\\d*,")).match(r.out).hasMatch(), qPrintable(r.out));
    for (const QString &line : lines)
        QVERIFY2(!QRegularExpression(QStringLiteral("(^|,)\"?[=+@]")).match(line).hasMatch(), qPrintable(line));
}

void TestCliHostile::controlCharactersRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("code");

    QTest::newRow("ESC in a respondent id")
        << "import" << hardeningSurvey(60, {QStringLiteral("id=R\x1b[31mX")}) << "s.csv:2:1: " << "U+001B";
    QTest::newRow("BEL in a landlord")
        << "import" << hardeningSurvey(60, {QStringLiteral("bailleur=L\x07")}) << "s.csv:2:3: " << "U+0007";
    QTest::newRow("ESC in a segment value")
        << "import" << hardeningSurvey(60, {QStringLiteral("type_habitat=\x1b]0:owned\x07")}) << "s.csv:2:6: "
        << "U+001B";
    QTest::newRow("C1 CSI in a segment value")
        << "import" << hardeningSurvey(60, {QStringLiteral("type_habitat=a\u009b2J")}) << "s.csv:2:6: " << "U+009B";
    QByteArray header = hardeningSurvey(5);
    header.replace("type_habitat", "type\x1b[2Jhabitat");
    QTest::newRow("ESC in a column name") << "import" << header << "s.csv:1:6: " << "U+001B";
    QTest::newRow("ESC in a codebook label")
        << "import-codebook"
        << QByteArray("code;theme;label_fr;label_en;type;options;parent;global\n"
                      "Q42;logement;Acc\x1b[8missible;A;satisfaction4;;;\n")
        << "s.csv:2:3: " << "U+001B";
    QTest::newRow("BEL in a published source")
        << "import-published"
        << QByteArray("annee;perimetre;code;segment;note;pct_satisfaits;effectif;source\n"
                      "2015;Hauts-de-France;Q01;ensemble;6,8;77;1500;Rapport\x07 2015\n")
        << "s.csv:2:8: " << "U+0007";
}

// Refused at import with line and column; the message shows the character
// escaped, never raw; the store is unchanged.
void TestCliHostile::controlCharactersRefused()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, location);
    QFETCH(QString, code);
    const CliRun r = run({command, file(QStringLiteral("s.csv"), bytes)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(location), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("holds a control character (%1)").arg(code)), qPrintable(r.err));
    for (const QChar c : r.err)
        QVERIFY2(c == QLatin1Char('\n') || (c.unicode() >= 0x20 && (c.unicode() < 0x7F || c.unicode() > 0x9F)),
                 qPrintable(QStringLiteral("raw U+%1 in: %2").arg(c.unicode(), 4, 16).arg(r.err)));
    const CliRun waves = run({QStringLiteral("waves"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(waves.out.trimmed(), QStringLiteral("[\n]"));
}

void TestCliHostile::controlCharactersEscapedInPreview()
{
    const QString path = file(QStringLiteral("s.csv"), hardeningSurvey(3, {QStringLiteral("bailleur=L\x1b[31m")}));
    for (const QString &format : {QStringLiteral("table"), QStringLiteral("csv")}) {
        const CliRun r = run({QStringLiteral("preview"), path, QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(QChar(0x1b)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("L\\x1B[31m")), qPrintable(r.out));
    }
}

// 16,000 columns: mapped in linear time (docs/performance.md has the
// timing); here what matters is that every column is mapped, and a
// duplicate found however far apart and however spelled.
void TestCliHostile::wideHeader()
{
    const int columns = 16000;
    QByteArray header = "id;annee;bailleur;qpv;Q01";
    QByteArray row = "R1;2020;L1;0;2";
    QByteArray row2 = "R2;2020;L1;1;3";
    for (int c = 5; c < columns; ++c) {
        header += ";Colonne_é" + QByteArray::number(c);
        row += ";v";
        row2 += ";w";
    }
    const QString good = file(QStringLiteral("wide.csv"), header + '\n' + row + '\n' + row2 + '\n');
    const CliRun preview = run({QStringLiteral("preview"), good, QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--rows"), QStringLiteral("1")});
    QCOMPARE(preview.exitCode, 0);
    QVERIFY(preview.out.contains(QStringLiteral("\"Colonne_é15999\"")));

    // The last column repeats the sixth, spelled differently.
    const QString twice = file(QStringLiteral("twice.csv"), header + ";colonne e 5\n" + row + ";x\n" + row2 + ";y\n");
    const CliRun refused = run({QStringLiteral("import"), twice});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.startsWith(QStringLiteral("twice.csv:1:16001: column \"colonne e 5\" appears twice")),
             qPrintable(refused.err.left(300)));

    const CliRun imported = run({QStringLiteral("import"), good});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err.left(300)));
    QVERIFY2(imported.out.contains(QStringLiteral("15995 segment columns")), qPrintable(imported.out.left(300)));
}

void TestCliHostile::messagesAndExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString survey = QStringLiteral("@SURVEY@");
    QTest::newRow("--db /dev/null") << QStringList{QStringLiteral("--db"), QStringLiteral("/dev/null"),
                                                   QStringLiteral("waves")}
                                    << 3 << "satisfecit: /dev/null is not a regular file: a store is a file";
    QTest::newRow("--db a folder") << QStringList{QStringLiteral("--db"), QStringLiteral("@DIR@"), QStringLiteral("waves")}
                                   << 3 << "is not a regular file: a store is a file";
    QTest::newRow("--db empty") << QStringList{QStringLiteral("--db"), QString(), QStringLiteral("waves")} << 1
                                << "satisfecit: --db: expected the path of a store, not an empty name";
    QTest::newRow("--delimiter ab") << QStringList{QStringLiteral("preview"), survey, QStringLiteral("--delimiter"),
                                                   QStringLiteral("ab")}
                                    << 1 << "satisfecit: unknown delimiter \"ab\": expected ; , tab or |";
    QTest::newRow("--delimiter x") << QStringList{QStringLiteral("import"), survey, QStringLiteral("--delimiter"),
                                                  QStringLiteral("x")}
                                   << 1 << "satisfecit: unknown delimiter \"x\"";
    QTest::newRow("--encoding bogus") << QStringList{QStringLiteral("import"), survey, QStringLiteral("--encoding"),
                                                     QStringLiteral("bogus")}
                                      << 1 << "satisfecit: unknown encoding \"bogus\": expected utf-8 or windows-1252";
    QTest::newRow("--encoding bogus, preview")
        << QStringList{QStringLiteral("preview"), survey, QStringLiteral("--encoding"), QStringLiteral("bogus")} << 1
        << "satisfecit: unknown encoding \"bogus\"";
    QTest::newRow("chart written to a missing folder")
        << QStringList{QStringLiteral("chart"), QStringLiteral("scores"), QStringLiteral("--out"),
                       QStringLiteral("/nonexistent/folder/chart.png")}
        << 3 << "satisfecit: ";
    QTest::newRow("report written to a missing folder")
        << QStringList{QStringLiteral("report"), QStringLiteral("--out"), QStringLiteral("/nonexistent/folder/r.pdf")}
        << 3 << "satisfecit: ";
}

void TestCliHostile::messagesAndExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString survey = file(QStringLiteral("s.csv"), hardeningSurvey());
    QCOMPARE(run({QStringLiteral("import"), survey}).exitCode, 0);
    arguments.replaceInStrings(QStringLiteral("@SURVEY@"), survey);
    arguments.replaceInStrings(QStringLiteral("@DIR@"), m_dir->path());
    // --db given here replaces the test's own.
    const CliRun r = arguments.contains(QStringLiteral("--db"))
                         ? runSatisfecit(m_dir->path(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments)
                         : run(arguments);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("%1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.startsWith(message) || r.err.contains(message), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("QSql")) && !r.err.contains(QStringLiteral("QFSFileEngine")),
             qPrintable(r.err));
    QVERIFY2(r.err.trimmed().size() > QStringLiteral("satisfecit: ").size(), qPrintable(r.err));
}

// A FIFO would block the reader until someone writes to it: refused at once,
// and said to be no regular file (not "does not exist").
void TestCliHostile::fifoRefusedAtOnce()
{
    const QString fifo = m_dir->filePath(QStringLiteral("pipe.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &command : {QStringLiteral("preview"), QStringLiteral("import")}) {
        const CliRun r = runSatisfecit(m_dir->path(), {QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"),
                                                       QStringLiteral("en"), command, fifo}, 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("pipe.csv: not a regular file")), qPrintable(r.err));
    }
}

// A 5,000-digit "year" is quoted cut, not echoed whole.
void TestCliHostile::longYearAndFailedOutputWrite()
{
    const QString huge = QString(5000, QLatin1Char('9'));
    const CliRun year = run({QStringLiteral("import-published"),
                             file(QStringLiteral("p.csv"),
                                  "annee;perimetre;code;segment;note;pct_satisfaits;effectif;source\n" + huge.toLatin1()
                                      + ";Hauts-de-France;Q01;ensemble;6,8;77;1500;Rapport\n")});
    QCOMPARE(year.exitCode, 2);
    QVERIFY2(year.err.contains(QStringLiteral("p.csv:2:1: year \"9999999999")), qPrintable(year.err.left(200)));
    QVERIFY2(year.err.size() < 300, qPrintable(year.err.left(400)));

    // stdout on a full disk: exit 3, and said.
    QCOMPARE(run({QStringLiteral("import"), file(QStringLiteral("s.csv"), hardeningSurvey())}).exitCode, 0);
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(SATISFECIT_BINARY), {QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"),
                                                      QStringLiteral("en"), QStringLiteral("scores")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY2(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("cannot write the output")),
             "no message");
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
