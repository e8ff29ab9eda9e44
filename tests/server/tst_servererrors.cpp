// A command whose statement the server refuses (here a trigger raising an
// error on one table, as a constraint or a refusal of the server would), or
// whose session the server ends, prints its own message and nothing else on
// stderr: no driver noise such as Qt's "Unable to free statement" (a
// prepared statement freed inside the aborted transaction, or on the
// connection gone), and the store is left as it was.
#include "clirun.h"
#include "serverfixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray surveyCsv()
{
    QByteArray csv = "id;bailleur;qpv;poids;departement";
    for (int q = 1; q <= 29; ++q)
        csv += ";Q" + QByteArray::number(q).rightJustified(2, '0');
    csv += '\n';
    for (int i = 0; i < 60; ++i) {
        csv += "R" + QByteArray::number(i) + (i % 2 ? ";BAILLEUR-A;" : ";BAILLEUR-B;") + QByteArray::number(i % 4 == 0)
               + ';' + QByteArray::number(0.5 + (i % 7) * 0.25) + ';' + QByteArray::number(38 + i % 2);
        for (int q = 1; q <= 29; ++q)
            csv += ';' + QByteArray::number(1 + (i * 7 + q * 3) % 4);
        csv += '\n';
    }
    return csv;
}

} // namespace

class TestServerErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusedStatement_data();
    void refusedStatement();
    void connectionGone_data();
    void connectionGone();
    void connectionGoneAtCommit();
    void codebookUnreadable();

private:
    CliRun run(const QStringList &arguments)
    {
        return runSatisfecit(m_dir.path(), m_fixture.ownerOptions() + arguments);
    }
    int waveCount()
    {
        QSqlQuery query(m_fixture.superuser());
        return query.exec(QStringLiteral("SELECT count(*) FROM waves")) && query.next() ? query.value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    ServerFixture m_fixture;
    QString m_csv;
};

void TestServerErrors::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_fixture.create(&error, false), qPrintable(error));
    const CliRun init = run({QStringLiteral("server-init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    m_csv = m_dir.filePath(QStringLiteral("enquete.csv"));
    QFile file(m_csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(surveyCsv());
    file.close();
    // refuse(): an error; drop(): the server ends the command's session (as
    // a server stopped or a connection cut would), deterministically.
    QVERIFY2(m_fixture.exec({QStringLiteral("CREATE FUNCTION public.refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                            "$$ BEGIN RAISE EXCEPTION 'refused by the server'; END $$"),
                             QStringLiteral("CREATE FUNCTION public.drop() RETURNS trigger LANGUAGE plpgsql AS "
                                            "$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); "
                                            "PERFORM pg_sleep(5); RETURN NEW; END $$")},
                            &error),
             qPrintable(error));
}

void TestServerErrors::cleanupTestCase()
{
    m_fixture.drop();
}

void TestServerErrors::refusedStatement_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("imported"); // the wave imported before the refusal
    QTest::addColumn<QStringList>("arguments");
    const QStringList import = {QStringLiteral("import"), QStringLiteral("enquete.csv"), QStringLiteral("--year"),
                                QStringLiteral("2023")};
    // The wave's rows, written through prepared statements in one transaction.
    for (const char *table : {"waves", "respondents", "answer_columns", "segment_codes", "segment_columns",
                              "wave_landlords", "wave_summaries", "wave_peer_summaries", "wave_peer_positions"})
        QTest::newRow(table) << QString::fromLatin1(table) << false << import;
    QTest::newRow("delete-wave") << QStringLiteral("waves") << true
                                 << QStringList{QStringLiteral("delete-wave"), QStringLiteral("2023")};
    QTest::newRow("design") << QStringLiteral("waves") << true
                            << QStringList{QStringLiteral("design"), QStringLiteral("--year"), QStringLiteral("2023"),
                                           QStringLiteral("--strata"), QStringLiteral("bailleur")};
}

void TestServerErrors::refusedStatement()
{
    QFETCH(QString, table);
    QFETCH(bool, imported);
    QFETCH(QStringList, arguments);
    QString error;
    QVERIFY2(m_fixture.exec({QStringLiteral("DELETE FROM waves")}, &error), qPrintable(error));
    if (imported) {
        const CliRun import = run({QStringLiteral("import"), m_csv, QStringLiteral("--year"), QStringLiteral("2023")});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    }
    const int waves = waveCount();
    QVERIFY2(m_fixture.exec({QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT OR UPDATE OR DELETE ON satisfecit.%1 "
                                            "FOR EACH ROW EXECUTE FUNCTION public.refuse()").arg(table)},
                            &error),
             qPrintable(error));
    const CliRun refused = run(arguments);
    QVERIFY2(m_fixture.exec({QStringLiteral("DROP TRIGGER refuse ON satisfecit.%1").arg(table)}, &error),
             qPrintable(error));
    QCOMPARE(refused.exitCode, 3);
    // One line, the command's own message, naming the server's reason.
    const QStringList lines = refused.err.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() == 1, qPrintable(refused.err));
    QVERIFY2(lines[0].startsWith(QLatin1String("satisfecit: ")), qPrintable(refused.err));
    QVERIFY2(lines[0].contains(QLatin1String("refused by the server")), qPrintable(refused.err));
    QCOMPARE(waveCount(), waves);
}

void TestServerErrors::connectionGone_data()
{
    QTest::addColumn<QString>("table");
    // Prepared statements of the import are still alive when the session
    // ends; the peer summary's writer reports through its own path.
    for (const char *table : {"respondents", "segment_columns", "wave_summaries", "wave_peer_summaries"})
        QTest::newRow(table) << QString::fromLatin1(table);
}

void TestServerErrors::connectionGone()
{
    QFETCH(QString, table);
    QString error;
    QVERIFY2(m_fixture.exec({QStringLiteral("DELETE FROM waves"),
                             QStringLiteral("CREATE TRIGGER drop BEFORE INSERT ON satisfecit.%1 "
                                            "FOR EACH ROW EXECUTE FUNCTION public.drop()").arg(table)},
                            &error),
             qPrintable(error));
    const CliRun gone = run({QStringLiteral("import"), m_csv, QStringLiteral("--year"), QStringLiteral("2023")});
    QVERIFY2(m_fixture.exec({QStringLiteral("DROP TRIGGER drop ON satisfecit.%1").arg(table)}, &error),
             qPrintable(error));
    QCOMPARE(gone.exitCode, 3);
    // One line: no "Unable to free statement" of the driver, no raw libpq notice.
    const QStringList lines = gone.err.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() == 1, qPrintable(gone.err));
    QVERIFY2(lines[0].startsWith(QLatin1String("satisfecit: ")), qPrintable(gone.err));
    QVERIFY2(lines[0].contains(QLatin1String("cannot be reached")), qPrintable(gone.err));
    QCOMPARE(waveCount(), 0);
}

// The session ends during the COMMIT (a deferred trigger runs there): the
// client cannot know whether the server committed, and does not say that
// nothing changed.
void TestServerErrors::connectionGoneAtCommit()
{
    QString error;
    QVERIFY2(m_fixture.exec({QStringLiteral("DELETE FROM waves"),
                             QStringLiteral("CREATE CONSTRAINT TRIGGER drop_at_commit AFTER INSERT ON satisfecit.waves "
                                            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.drop()")},
                            &error),
             qPrintable(error));
    const CliRun gone = run({QStringLiteral("import"), m_csv, QStringLiteral("--year"), QStringLiteral("2023")});
    QVERIFY2(m_fixture.exec({QStringLiteral("DROP TRIGGER drop_at_commit ON satisfecit.waves")}, &error),
             qPrintable(error));
    QCOMPARE(gone.exitCode, 3);
    const QStringList lines = gone.err.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() == 1, qPrintable(gone.err));
    QVERIFY2(lines[0].contains(QLatin1String("stopped answering while the change was being saved")), qPrintable(gone.err));
    QVERIFY2(lines[0].contains(QLatin1String("may have been saved or not")), qPrintable(gone.err));
    QVERIFY2(!lines[0].contains(QLatin1String("nothing was changed")), qPrintable(gone.err));
    // Here the server had not committed: the session ended inside the COMMIT.
    QCOMPARE(waveCount(), 0);
}

// The codebook cannot be read (here its table is away; a server gone away
// mid-import did the same): the store's failure (exit 3), not a file whose
// columns match no question (exit 2).
void TestServerErrors::codebookUnreadable()
{
    QString error;
    QVERIFY2(m_fixture.exec({QStringLiteral("DELETE FROM waves"),
                             QStringLiteral("ALTER TABLE satisfecit.questions RENAME TO questions_away")},
                            &error),
             qPrintable(error));
    const CliRun refused = run({QStringLiteral("import"), m_csv, QStringLiteral("--year"), QStringLiteral("2023")});
    QVERIFY2(m_fixture.exec({QStringLiteral("ALTER TABLE satisfecit.questions_away RENAME TO questions")}, &error),
             qPrintable(error));
    QVERIFY2(refused.exitCode == 3, qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(QLatin1String("codebook")), qPrintable(refused.err));
    QCOMPARE(waveCount(), 0);
}

QTEST_GUILESS_MAIN(TestServerErrors)
#include "tst_servererrors.moc"
