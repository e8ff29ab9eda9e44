// Faults on a server store, with a PostgreSQL server of the test's own
// (scripts/pg-test-server in a private folder, so that stopping or freezing
// it touches no other test): a client killed in the middle of an import
// leaves no trace, two clients importing at once each get a clear answer,
// and a server that stops or stops answering is reported within 5 s.
#include "owntestserver.h"
#include "respondentsfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

constexpr int BigRows = 150000;

} // namespace

class TestServerFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void killedImportLeavesNoTrace();
    void concurrentImports();
    void serverCrashMidImport();
    void frozenServer();

private:
    bool server(const QString &action);
    QProcess *startSatisfecit(const QStringList &arguments);
    int finish(QProcess *process, int timeoutMs, QString *err = nullptr);
    int rows(const QString &table);
    bool importInProgress();
    QString storeRows();
    bool wholeWave(int respondents);
    qint64 postmasterPid();

    QTemporaryDir m_dir;
    QString m_serverDir;
    QString m_uri;
    QString m_bigFile;
    QString m_smallFile;
    QString m_otherFile;
};

bool TestServerFaults::server(const QString &action)
{
    return ownTestServer(action, m_serverDir);
}

void TestServerFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_serverDir = QStringLiteral("/tmp/satisfecit-pg-faults-%1").arg(QCoreApplication::applicationPid());
    m_uri = startOwnTestServer(m_serverDir);
    QVERIFY(!m_uri.isEmpty());
    const QString socket = m_serverDir + QStringLiteral("/socket");

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("check"));
    db.setHostName(socket);
    db.setPort(5432);
    db.setDatabaseName(QStringLiteral("satisfecit_test"));
    db.setUserName(QStringLiteral("satisfecit_test"));
    db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));

    // The cluster's group roles made at the same moment by server-init of
    // another store: here a transaction that created satisfecit_admin and
    // commits only once server-init waits on it. server-init must take the
    // role as made, not fail on the catalog's unique index.
    QSqlQuery other(db);
    QVERIFY(other.exec(QStringLiteral("BEGIN")));
    QVERIFY2(other.exec(QStringLiteral("CREATE ROLE satisfecit_admin NOLOGIN")), qPrintable(other.lastError().text()));
    QProcess *init = startSatisfecit({QStringLiteral("server-init")});
    QSqlDatabase watch = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("watch"));
    watch.setHostName(socket);
    watch.setPort(5432);
    watch.setDatabaseName(QStringLiteral("satisfecit_test"));
    watch.setUserName(QStringLiteral("satisfecit_test"));
    QVERIFY2(watch.open(), qPrintable(watch.lastError().text()));
    bool waiting = false;
    for (int i = 0; i < 300 && !waiting && init->state() == QProcess::Running; ++i) {
        QSqlQuery locks(watch);
        waiting = locks.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted")) && locks.next()
                  && locks.value(0).toInt() > 0;
        if (!waiting)
            QTest::qWait(100);
    }
    QVERIFY2(waiting, "server-init never waited on the role being created");
    QVERIFY(other.exec(QStringLiteral("COMMIT")));
    QString err;
    QCOMPARE(finish(init, 60000, &err), 0);
    watch.close();
    watch = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("watch"));
    QCOMPARE(finish(startSatisfecit({QStringLiteral("server-init")}), 60000, &err), 0);
    m_bigFile = m_dir.filePath(QStringLiteral("big.csv"));
    m_smallFile = m_dir.filePath(QStringLiteral("small.csv"));
    QVERIFY(writeRespondents(m_bigFile, BigRows, 1));
    QVERIFY(writeRespondents(m_smallFile, 3000, 2));
    m_otherFile = m_dir.filePath(QStringLiteral("other.csv"));
    QVERIFY(writeRespondents(m_otherFile, BigRows, 3));
}

void TestServerFaults::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    server(QStringLiteral("stop"));
}

void TestServerFaults::init()
{
    // Every test starts from a store without waves (a test that failed may
    // have left one).
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("check"));
    if (!db.isOpen())
        db.open();
    // Written through before the commit returns: the test server commits
    // asynchronously, and a backend killed soon after (serverCrashMidImport,
    // when the import is quick to catch) would lose the deletion.
    QSqlQuery(db).exec(QStringLiteral("SET synchronous_commit TO on"));
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM satisfecit.waves"));
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM satisfecit.landlords"));
}

QProcess *TestServerFaults::startSatisfecit(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("SATISFECIT_DB"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(SATISFECIT_BINARY),
                   QStringList{QStringLiteral("--db"), m_uri, QStringLiteral("--lang"), QStringLiteral("en")}
                       + arguments);
    process->waitForStarted();
    return process;
}

int TestServerFaults::finish(QProcess *process, int timeoutMs, QString *err)
{
    // waitForFinished() is false for a process that has already ended.
    const bool finished = process->state() == QProcess::NotRunning || process->waitForFinished(timeoutMs);
    if (!finished) {
        process->kill();
        process->waitForFinished();
    }
    const QString stderrText = QString::fromUtf8(process->readAllStandardError());
    if (err)
        *err = stderrText;
    const int code = !finished ? -1 : process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -2;
    if (code != 0)
        qInfo() << "exit" << code << stderrText.trimmed();
    process->deleteLater();
    return code;
}

int TestServerFaults::rows(const QString &table)
{
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("check")));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM satisfecit.%1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Every table that holds something of a wave, and how many rows it has:
// "" when all are empty.
// One wave, committed whole: its row, and its chunks holding every respondent.
bool TestServerFaults::wholeWave(int respondents)
{
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("check")));
    return query.exec(QStringLiteral("SELECT (SELECT count(*) FROM satisfecit.waves), "
                                     "(SELECT max(respondent_count) FROM satisfecit.waves), "
                                     "(SELECT sum(length(weights)) / 8 FROM satisfecit.respondents)"))
           && query.next() && query.value(0).toInt() == 1 && query.value(1).toInt() == respondents
           && query.value(2).toInt() == respondents;
}

QString TestServerFaults::storeRows()
{
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("check")));
    query.exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
                              "WHERE c.relnamespace = 'satisfecit'::regnamespace AND c.relkind = 'r' "
                              "AND a.attname = 'wave_id' UNION SELECT 'waves' UNION SELECT 'landlords' ORDER BY 1"));
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    QStringList filled;
    for (const QString &table : tables) {
        const int n = rows(table);
        if (n != 0)
            filled << QStringLiteral("%1: %2").arg(table).arg(n);
    }
    return filled.join(QStringLiteral(", "));
}

// A client's transaction is open on the store (the import is writing).
bool TestServerFaults::importInProgress()
{
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("check")));
    return query.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                     "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL "
                                     "AND backend_type = 'client backend' AND application_name <> 'satisfecit-watchdog'"))
        && query.next() && query.value(0).toInt() > 0;
}

qint64 TestServerFaults::postmasterPid()
{
    QFile pidFile(m_serverDir + QStringLiteral("/data/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    return pidFile.readLine().trimmed().toLongLong();
}

void TestServerFaults::killedImportLeavesNoTrace()
{
    QVERIFY2(storeRows().isEmpty(), qPrintable(storeRows()));
    int killedWriting = 0;
    for (int attempt = 0; attempt < 12 && killedWriting < 4; ++attempt) {
        QProcess *import = startSatisfecit({QStringLiteral("import"), m_bigFile, QStringLiteral("--year"),
                                            QStringLiteral("2023")});
        QElapsedTimer timer;
        timer.start();
        while (!importInProgress() && import->state() == QProcess::Running && timer.elapsed() < 60000)
            QTest::qWait(20);
        if (import->state() != QProcess::Running) {
            QFAIL("the import ended before it wrote");
        }
        // Somewhere inside the transaction.
        QTest::qWait(QRandomGenerator::global()->bounded(150));
        const bool writing = importInProgress();
        const qint64 pid = import->processId(); // 0 once it has ended: never kill(0)
        if (pid > 0)
            ::kill(pid_t(pid), SIGKILL);
        const int code = finish(import, 10000);
        QVERIFY2(code == -2 || code == 0, qPrintable(QString::number(code)));
        if (code == 0) { // it finished first: start again from an empty store
            init();
            continue;
        }
        killedWriting += writing;
        // The server notices the client is gone and rolls its transaction back.
        timer.restart();
        while (importInProgress() && timer.elapsed() < 10000)
            QTest::qWait(20);
        QVERIFY(!importInProgress());
        // Killed after its commit, on its way out: the whole wave, which
        // is as all-or-nothing as none of it. Again from an empty store.
        if (!storeRows().isEmpty() && wholeWave(BigRows)) {
            killedWriting -= writing;
            init();
            continue;
        }
        QVERIFY2(storeRows().isEmpty(), qPrintable(storeRows()));
    }
    QVERIFY2(killedWriting >= 2, qPrintable(QString::number(killedWriting)));
    // The store is still usable: the same file imports whole.
    QCOMPARE(finish(startSatisfecit({QStringLiteral("import"), m_smallFile, QStringLiteral("--year"),
                                     QStringLiteral("2023")}),
                    120000),
             0);
    QCOMPARE(rows(QStringLiteral("waves")), 1);
}

void TestServerFaults::concurrentImports()
{
    // The same wave from two clients at once: one imports it, the other is
    // told why not; never two waves, never a half.
    QProcess *a = startSatisfecit({QStringLiteral("import"), m_bigFile, QStringLiteral("--year"), QStringLiteral("2022")});
    QProcess *b = startSatisfecit({QStringLiteral("import"), m_bigFile, QStringLiteral("--year"), QStringLiteral("2022")});
    QString errA, errB;
    const int codeA = finish(a, 240000, &errA);
    const int codeB = finish(b, 240000, &errB);
    QVERIFY2((codeA == 0) != (codeB == 0), qPrintable(QStringLiteral("%1 %2").arg(codeA).arg(codeB)));
    const QString refusal = codeA == 0 ? errB : errA;
    const int refusedCode = codeA == 0 ? codeB : codeA;
    QVERIFY2(refusedCode == 2 || refusedCode == 3, qPrintable(refusal));
    QVERIFY2(refusal.contains(QLatin1String("already"), Qt::CaseInsensitive), qPrintable(refusal));
    QCOMPARE(rows(QStringLiteral("waves")), 1);
    // Two different waves at once: both.
    QProcess *c = startSatisfecit({QStringLiteral("import"), m_smallFile, QStringLiteral("--year"), QStringLiteral("2020")});
    QProcess *d = startSatisfecit({QStringLiteral("import"), m_otherFile, QStringLiteral("--year"), QStringLiteral("2021")});
    QCOMPARE(finish(c, 240000), 0);
    QCOMPARE(finish(d, 240000), 0);
    QCOMPARE(rows(QStringLiteral("waves")), 3);
}

void TestServerFaults::serverCrashMidImport()
{
    // The server goes away under the client, inside its import's
    // transaction: its backend dies, and the server restarts every session
    // and recovers (as after a crash). An import may be quicker than the
    // test: then it starts again.
    QProcess *import = nullptr;
    qint64 backend = 0;
    for (int attempt = 0; attempt < 10 && backend == 0; ++attempt) {
        init();
        import = startSatisfecit({QStringLiteral("import"), m_bigFile, QStringLiteral("--year"),
                                  QStringLiteral("2019")});
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("check")));
        while (backend == 0 && import->state() == QProcess::Running && timer.elapsed() < 60000) {
            if (query.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                          "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL "
                                          "AND backend_type = 'client backend' AND application_name <> 'satisfecit-watchdog'"))
                && query.next())
                backend = query.value(0).toLongLong();
            else
                QTest::qWait(5);
        }
        if (backend == 0)
            finish(import, 60000);
    }
    QVERIFY2(backend > 0, "no import was caught inside its transaction");
    QVERIFY(::kill(pid_t(backend), SIGKILL) == 0);
    QElapsedTimer timer;
    timer.start();
    QString err;
    const int code = finish(import, 30000, &err);
    const qint64 elapsed = timer.elapsed();
    qInfo("server gone reported after %lld ms", elapsed);
    QCOMPARE(code, 3);
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QVERIFY2(err.contains(QLatin1String("server"), Qt::CaseInsensitive), qPrintable(err));
    // Back: nothing of the wave.
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("check"), false);
    db.close();
    timer.restart();
    while (!db.open() && timer.elapsed() < 30000)
        QTest::qWait(200);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QCOMPARE(rows(QStringLiteral("waves")), 0);
    QCOMPARE(rows(QStringLiteral("respondents")), 0);
    QCOMPARE(rows(QStringLiteral("answer_columns")), 0);
}

void TestServerFaults::frozenServer()
{
    // A server that accepts the connection and never answers (a frozen
    // machine): the client gives up within 5 s and says so.
    const qint64 pid = postmasterPid();
    QVERIFY(pid > 0);
    QVERIFY(::kill(pid_t(pid), SIGSTOP) == 0);
    QElapsedTimer timer;
    timer.start();
    QString err;
    const int code = finish(startSatisfecit({QStringLiteral("waves")}), 30000, &err);
    const qint64 elapsed = timer.elapsed();
    ::kill(pid_t(pid), SIGCONT);
    qInfo("frozen server reported after %lld ms", elapsed);
    QCOMPARE(code, 3);
    QVERIFY2(elapsed < 6000, qPrintable(QStringLiteral("%1 ms").arg(elapsed))); // connect_timeout=5, and the start
    QVERIFY2(!err.trimmed().isEmpty(), "a message");
}

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_serverfaults.moc"
