// A damaged or hand-edited store, and two imports at once (issue #20): the
// real binary must fail with exit code 3 and a message naming the wave,
// never crash nor print figures from damaged data; a race between two
// imports of one file ends as when they follow each other.
#include "clirun.h"
#include "hardeningfiles.h"
#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestCliDamage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void damagedStore_data();
    void damagedStore();
    void damagedFilePage();
    void repairByImportingAgain();
    void olderStoreGetsChecksums();
    void concurrentImports();

private:
    CliRun run(const QStringList &arguments);
    QString importSurvey();
    QString dbPath() const { return m_dir->filePath(QStringLiteral("satisfecit.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliDamage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliDamage::cleanup()
{
    m_dir.reset();
}

CliRun TestCliDamage::run(const QStringList &arguments)
{
    return runSatisfecit(m_dir->path(), QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"),
                                                    QStringLiteral("en")} + arguments);
}

QString TestCliDamage::importSurvey()
{
    const QString path = m_dir->filePath(QStringLiteral("enquete_2020.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(hardeningSurvey()) < 0)
        return QString();
    file.close();
    const CliRun r = run({QStringLiteral("import"), path});
    if (r.exitCode != 0)
        qWarning("import: %s", qPrintable(r.err));
    return r.exitCode == 0 ? path : QString();
}

void TestCliDamage::damagedStore_data()
{
    QTest::addColumn<QStringList>("edit");
    QTest::addColumn<QStringList>("command");

    const QStringList bySegment = {QStringLiteral("scores"), QStringLiteral("--by"), QStringLiteral("type_habitat")};
    const QStringList scores = {QStringLiteral("scores")};
    const QStringList trend = {QStringLiteral("trend"), QStringLiteral("--code"), QStringLiteral("Q01")};
    const QStringList drivers = {QStringLiteral("drivers")};
    // Edits that SQLite's integrity_check accepts.
    const QStringList countOffByOne = {QStringLiteral("UPDATE waves SET respondent_count = respondent_count + 1")};
    QTest::newRow("respondent count off by one, by segment") << countOffByOne << bySegment;
    QTest::newRow("respondent count off by one, scores") << countOffByOne << scores;
    QTest::newRow("respondent count off by one, trend") << countOffByOne << trend;
    QTest::newRow("deleted respondents row")
        << QStringList{QStringLiteral("DELETE FROM respondents")} << bySegment;
    QTest::newRow("cut answer blob")
        << QStringList{QStringLiteral("UPDATE answer_columns SET answers = substr(answers, 1, length(answers) - 1) "
                                      "WHERE question = 'Q01'")}
        << bySegment;
    QTest::newRow("deleted segment codes")
        << QStringList{QStringLiteral("DELETE FROM segment_codes")} << bySegment;
    QTest::newRow("deleted segment columns")
        << QStringList{QStringLiteral("DELETE FROM segment_columns")} << bySegment;
    QTest::newRow("deleted answer chunk")
        << QStringList{QStringLiteral("DELETE FROM answer_columns WHERE question = 'Q02'")} << bySegment;
    // Bytes changed in place: the shape holds, only the checksums tell.
    QTest::newRow("answers zeroed")
        << QStringList{QStringLiteral("UPDATE answer_columns SET answers = zeroblob(length(answers)) "
                                      "WHERE question = 'Q01'")}
        << bySegment;
    QTest::newRow("weights changed")
        << QStringList{QStringLiteral("UPDATE respondents SET weights = substr(weights, 9) || substr(weights, 1, 8)")}
        << bySegment;
    QTest::newRow("landlord codes swapped")
        << QStringList{QStringLiteral("UPDATE respondents SET landlords = substr(landlords, 3) || substr(landlords, 1, 2)")}
        << bySegment;
    QTest::newRow("segment values swapped")
        << QStringList{QStringLiteral("UPDATE segment_codes SET codes = substr(codes, 3) || substr(codes, 1, 2)")}
        << bySegment;
    QTest::newRow("segment dictionary edited")
        << QStringList{QStringLiteral("UPDATE segment_columns SET dictionary = '[\"collectif\",\"individuel\"]'")}
        << bySegment;
    QTest::newRow("summary byte changed, scores")
        << QStringList{QStringLiteral("UPDATE wave_summaries SET data = substr(data, 1, length(data) - 8) || "
                                      "zeroblob(8)")}
        << scores;
    QTest::newRow("summary byte changed, drivers")
        << QStringList{QStringLiteral("UPDATE wave_summaries SET data = substr(data, 1, length(data) - 8) || "
                                      "zeroblob(8)")}
        << drivers;
    QTest::newRow("landlord renamed") << QStringList{QStringLiteral("UPDATE landlords SET code = 'L9' WHERE code = 'L2'")}
                                      << scores;
}

void TestCliDamage::damagedStore()
{
    QFETCH(QStringList, edit);
    QFETCH(QStringList, command);
    QVERIFY(!importSurvey().isEmpty());
    const CliRun before = run(command);
    QVERIFY2(before.exitCode == 0, qPrintable(before.err));

    QCOMPARE(editStore(dbPath(), edit), QString());
    for (const QString &format : {QStringLiteral("table"), QStringLiteral("csv")}) {
        const CliRun r = run(command + QStringList{QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith(QStringLiteral("satisfecit: the store is damaged: wave 2020 (Hauts-de-France, ")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("import its file again")), qPrintable(r.err));
    }
    // In French too.
    const CliRun fr = runSatisfecit(m_dir->path(), QStringList{QStringLiteral("--db"), dbPath(),
                                                                QStringLiteral("--lang"), QStringLiteral("fr")}
                                                       + command);
    QCOMPARE(fr.exitCode, 3);
    QVERIFY2(fr.err.contains(QStringLiteral("vague 2020")), qPrintable(fr.err));
}

// Random bytes in the file's pages, below SQL: the weights blob of the file
// (every weight 1 or 1.5) found in the file itself and one byte changed.
void TestCliDamage::damagedFilePage()
{
    QVERIFY(!importSurvey().isEmpty());
    QCOMPARE(editStore(dbPath(), {}), QString());
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const QByteArray weights = QByteArray::fromHex("000000000000f83f000000000000f03f000000000000f03f");
    const qsizetype at = bytes.indexOf(weights);
    QVERIFY2(at > 0, "the weights blob is not in the file");
    bytes[at + 6] = char(0xE0); // 1.5 becomes 0.5 (or so): a valid double, a wrong figure
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const CliRun r = run({QStringLiteral("scores"), QStringLiteral("--by"), QStringLiteral("type_habitat")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("the store is damaged: wave 2020")), qPrintable(r.err));
}

void TestCliDamage::repairByImportingAgain()
{
    const QString survey = importSurvey();
    QVERIFY(!survey.isEmpty());
    const CliRun good = run({QStringLiteral("scores"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(good.exitCode, 0);
    QCOMPARE(editStore(dbPath(), {QStringLiteral("UPDATE answer_columns SET answers = zeroblob(length(answers))")}),
             QString());
    // The same file again: not "already imported" but damaged, to be replaced.
    const CliRun again = run({QStringLiteral("import"), survey});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("the wave 2020 Hauts-de-France is damaged in the store; replace it")),
             qPrintable(again.err));
    const CliRun repaired = run({QStringLiteral("import"), survey, QStringLiteral("--replace")});
    QVERIFY2(repaired.exitCode == 0, qPrintable(repaired.err));
    const CliRun after = run({QStringLiteral("scores"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, good.out);
}

// A store of the schema before checksums gets them computed by the upgrade:
// its figures are unchanged, and damage is then detected.
void TestCliDamage::olderStoreGetsChecksums()
{
    QVERIFY(!importSurvey().isEmpty());
    const CliRun good = run({QStringLiteral("scores"), QStringLiteral("--by"), QStringLiteral("type_habitat"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(good.exitCode, 0);
    QStringList downgrade;
    for (const char *table : {"waves", "respondents", "answer_columns", "segment_columns", "segment_codes",
                              "wave_summaries"})
        downgrade << QStringLiteral("ALTER TABLE %1 DROP COLUMN checksum").arg(QLatin1String(table));
    downgrade << QStringLiteral("PRAGMA user_version = %1").arg(ChecksumStep - 1);
    QCOMPARE(editStore(dbPath(), downgrade), QString());

    const CliRun upgraded = run({QStringLiteral("scores"), QStringLiteral("--by"), QStringLiteral("type_habitat"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.err));
    QCOMPARE(upgraded.out, good.out);
    QVERIFY(QFile::exists(dbPath() + QStringLiteral(".schema%1.bak").arg(ChecksumStep - 1)));
    QCOMPARE(editStore(dbPath(), {QStringLiteral("UPDATE segment_codes SET codes = zeroblob(length(codes))")}),
             QString());
    const CliRun damaged = run({QStringLiteral("scores"), QStringLiteral("--by"), QStringLiteral("type_habitat")});
    QCOMPARE(damaged.exitCode, 3);
    QVERIFY2(damaged.err.contains(QStringLiteral("the store is damaged: wave 2020")), qPrintable(damaged.err));
}

// Two processes import the same file into one store at the same moment:
// one imports it, the other says it was already imported (exit 2), as when
// they run one after the other; never a constraint error.
void TestCliDamage::concurrentImports()
{
    const QString path = m_dir->filePath(QStringLiteral("enquete_2020.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(hardeningSurvey(3000)) > 0);
    file.close();
    for (int round = 0; round < 6; ++round) {
        QFile::remove(dbPath());
        QFile::remove(dbPath() + QStringLiteral("-wal"));
        QFile::remove(dbPath() + QStringLiteral("-shm"));
        // Another wave creates the store: the race is on the import alone.
        const QString other = m_dir->filePath(QStringLiteral("enquete_2019.csv"));
        QFile otherFile(other);
        QVERIFY(otherFile.open(QIODevice::WriteOnly) && otherFile.write(hardeningSurvey(30, {}, 2019)) > 0);
        otherFile.close();
        QCOMPARE(run({QStringLiteral("import"), other}).exitCode, 0);
        QList<CliRun> runs;
        QProcess a, b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessChannelMode(QProcess::SeparateChannels);
            p->start(QStringLiteral(SATISFECIT_BINARY), {QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"),
                                                         QStringLiteral("en"), QStringLiteral("import"), path});
        }
        QStringList errors;
        QList<int> codes;
        for (QProcess *p : {&a, &b}) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            codes << p->exitCode();
            errors << QString::fromUtf8(p->readAllStandardError());
        }
        std::sort(codes.begin(), codes.end());
        QCOMPARE(codes, (QList<int>{0, 2}));
        const QString refused = errors[0].isEmpty() ? errors[1] : errors[0];
        QVERIFY2(refused.contains(QStringLiteral("was already imported")), qPrintable(refused));
        QVERIFY2(!refused.contains(QStringLiteral("UNIQUE")), qPrintable(refused));
    }
}

QTEST_GUILESS_MAIN(TestCliDamage)
#include "tst_cli_damage.moc"
