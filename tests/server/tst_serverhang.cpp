// A server that hangs in the middle of a session, with a PostgreSQL server
// of the test's own (scripts/pg-test-server in a private folder, frozen with
// SIGSTOP on purpose: connections stay open, nothing answers): a statement
// already sent fails within a few seconds, saying the server cannot be
// reached, through the store's watchdog (storewatchdog.h); without the
// watchdog (SATISFECIT_TEST_NO_WATCHDOG) the same statement waits for as
// long as the server is frozen. A long statement on a server that answers
// is never cut, nor is a store whose watchdog the server refuses to let in
// (it answered).
#include "owntestserver.h"
#include "respondentsfile.h"
#include "store.h"
#include "storewatchdog.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <chrono>
#include <thread>

namespace {

using Clock = std::chrono::steady_clock;

qint64 msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(to - from).count();
}

// Generous for a loaded two-core machine: the watchdog's bound is
// ProbeIntervalMs + AnswerLimitMs (3.5 s), a command's start and exit come on top.
constexpr qint64 ReportedWithinMs = 8000;
// How long the control keeps the server frozen: a statement still waiting
// then would have waited for ever.
constexpr qint64 FrozenForMs = 12000;

} // namespace

class TestServerHang : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void longStatementOnAnsweringServerIsNotCut();
    void probeRefusedByTheServerIsAnAnswer();
    void statementInFlightFailsWhenTheServerFreezes();
    void withoutWatchdogTheStatementWaits();
    void commandExits3WhenTheServerFreezesMidImport();
    void withoutWatchdogTheCommandWaits();

private:
    bool server(const QString &action);
    QList<pid_t> serverPids() const;
    bool freeze(pid_t firstBackend = 0);
    bool thaw();
    QProcess *startSatisfecit(const QStringList &arguments, bool watchdog = true);
    QProcess *startImport(bool watchdog, int year);
    pid_t catchImportWriting(QProcess *import);
    int waves();

    QTemporaryDir m_dir;
    QString m_serverDir;
    QString m_uri;
    QString m_bigFile;
    std::atomic<bool> m_frozen{false};
};

// Every process of the test's server: the postmaster and its children.
QList<pid_t> TestServerHang::serverPids() const
{
    QFile pidFile(m_serverDir + QStringLiteral("/data/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return {};
    const QByteArray postmaster = pidFile.readLine().trimmed();
    QList<pid_t> pids{pid_t(postmaster.toLongLong())};
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid …; comm may hold spaces and parentheses.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1) == postmaster)
            pids.append(pid_t(entry.toLongLong()));
    }
    return pids;
}

// SIGSTOP on every process of the server (first on firstBackend: what it
// runs can no longer end), as scripts/pg-test-server freeze does, quicker.
bool TestServerHang::freeze(pid_t firstBackend)
{
    if (firstBackend > 0 && ::kill(firstBackend, SIGSTOP) != 0)
        return false;
    const QList<pid_t> pids = serverPids();
    for (pid_t pid : pids)
        ::kill(pid, SIGSTOP);
    m_frozen = !pids.isEmpty();
    return m_frozen;
}

bool TestServerHang::thaw()
{
    const QList<pid_t> pids = serverPids();
    for (pid_t pid : pids)
        ::kill(pid, SIGCONT);
    m_frozen = false;
    return !pids.isEmpty();
}

bool TestServerHang::server(const QString &action)
{
    return ownTestServer(action, m_serverDir);
}

void TestServerHang::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_serverDir = QStringLiteral("/tmp/satisfecit-pg-hang-%1").arg(QCoreApplication::applicationPid());
    m_uri = startOwnTestServer(m_serverDir);
    QVERIFY(!m_uri.isEmpty());
    qunsetenv("SATISFECIT_TEST_NO_WATCHDOG");
    QProcess *init = startSatisfecit({QStringLiteral("server-init")});
    QVERIFY(init->waitForFinished(120000));
    QVERIFY2(init->exitCode() == 0, init->readAllStandardError().constData());
    init->deleteLater();
    m_bigFile = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeRespondents(m_bigFile, 150000, 1));
}

void TestServerHang::cleanupTestCase()
{
    if (m_frozen)
        thaw();
    server(QStringLiteral("stop"));
}

void TestServerHang::init()
{
    // A test that failed may have left the server frozen.
    if (m_frozen)
        QVERIFY(thaw());
    qunsetenv("SATISFECIT_TEST_NO_WATCHDOG");
}

int TestServerHang::waves()
{
    Store store;
    if (!store.open(m_uri, Store::OpenMode::ExistingOnly))
        return -1;
    return int(store.waves().size());
}

void TestServerHang::longStatementOnAnsweringServerIsNotCut()
{
    Store store;
    QVERIFY2(store.open(m_uri, Store::OpenMode::ExistingOnly), qPrintable(store.error().message));
    const StoreWatchdog *watchdog = store.watchdog();
    QVERIFY(watchdog);
    // Longer than the watchdog's whole bound, twice over.
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(store.database());
    QVERIFY2(query.exec(QStringLiteral("SELECT pg_sleep(%1)").arg(2 * (StoreWatchdog::ProbeIntervalMs
                                                                           + StoreWatchdog::AnswerLimitMs) / 1000.0)),
             qPrintable(query.lastError().text()));
    QVERIFY(timer.elapsed() >= 2 * (StoreWatchdog::ProbeIntervalMs + StoreWatchdog::AnswerLimitMs) - 100);
    // The watchdog probed meanwhile (it left Starting) and cut nothing.
    QCOMPARE(watchdog->state(), StoreWatchdog::State::Answering);
    QVERIFY(!watchdog->hasCut());
    QVERIFY(store.checkConnection());
    QVERIFY(query.exec(QStringLiteral("SELECT 1")) && query.next());
}

void TestServerHang::probeRefusedByTheServerIsAnAnswer()
{
    // A user allowed one connection: the store takes it, the server refuses
    // the watchdog's own (too many connections for the role). The server
    // answered: nothing is cut, the store works.
    const QString password = QStringLiteral("Pr0be-refused-pw");
    QProcess *add = startSatisfecit({QStringLiteral("server-user"), QStringLiteral("add"), QStringLiteral("probe_limited"),
                                     QStringLiteral("--admin"), QStringLiteral("--password-stdin")});
    add->write(password.toUtf8() + "\n");
    add->closeWriteChannel();
    QVERIFY(add->waitForFinished(60000));
    QVERIFY2(add->exitCode() == 0, add->readAllStandardError().constData());
    add->deleteLater();
    {
        Store admin;
        QVERIFY2(admin.open(m_uri, Store::OpenMode::ExistingOnly), qPrintable(admin.error().message));
        QSqlQuery query(admin.database());
        QVERIFY2(query.exec(QStringLiteral("ALTER ROLE probe_limited CONNECTION LIMIT 1")),
                 qPrintable(query.lastError().text()));
    }
    QString uri = m_uri;
    uri.replace(QStringLiteral("satisfecit_test@"), QStringLiteral("probe_limited:%1@").arg(password));
    Store store;
    QVERIFY2(store.open(uri, Store::OpenMode::ExistingOnly), qPrintable(store.error().message));
    QVERIFY(store.watchdog());
    QTRY_COMPARE_WITH_TIMEOUT(store.watchdog()->state(), StoreWatchdog::State::Answering, 10000);
    QTest::qWait(StoreWatchdog::ProbeIntervalMs + StoreWatchdog::AnswerLimitMs);
    QCOMPARE(store.watchdog()->state(), StoreWatchdog::State::Answering);
    QVERIFY(!store.watchdog()->hasCut());
    QVERIFY2(store.checkConnection(), qPrintable(store.error().message));
    // The probe was indeed refused: the role's one connection is the store's.
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = 'probe_limited'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(store.waves().size() >= 0 && store.error().isNull());
}

void TestServerHang::statementInFlightFailsWhenTheServerFreezes()
{
    Store store;
    QVERIFY2(store.open(m_uri, Store::OpenMode::ExistingOnly), qPrintable(store.error().message));
    QVERIFY(store.watchdog());
    QTRY_COMPARE_WITH_TIMEOUT(store.watchdog()->state(), StoreWatchdog::State::Answering, 10000);

    // The statement is sent, then the server freezes under it.
    std::atomic<Clock::time_point> frozenAt{Clock::time_point()};
    std::atomic<bool> frozen{false};
    std::thread freezer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        frozenAt = Clock::now();
        frozen = freeze();
    });
    QSqlQuery query(store.database());
    const bool ok = query.exec(QStringLiteral("SELECT pg_sleep(30)"));
    const Clock::time_point failedAt = Clock::now();
    freezer.join();
    QVERIFY(frozen);
    const qint64 afterFreeze = msBetween(frozenAt.load(), failedAt);
    qInfo("statement failed %lld ms after the server froze", afterFreeze);
    QVERIFY(!ok);
    QVERIFY2(afterFreeze < ReportedWithinMs, qPrintable(QString::number(afterFreeze)));
    QVERIFY(store.watchdog()->hasCut());
    QCOMPARE(store.watchdog()->state(), StoreWatchdog::State::Silent);
    // The store says why, as for any server gone away.
    QVERIFY(!store.checkConnection());
    QCOMPARE(store.error().kind, StoreError::Kind::Unavailable);
    QVERIFY2(store.error().message.contains(QLatin1String("cannot be reached (no answer within 3 s)")),
             qPrintable(store.error().message));
    // Any later statement fails at once, too.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(store.waves().isEmpty());
    QCOMPARE(store.error().kind, StoreError::Kind::Unavailable);
    QVERIFY(timer.elapsed() < 1000);

    // Back: the watchdog hears the server again; the cut connection stays
    // cut (a new store is opened, as the window does).
    QVERIFY(thaw());
    QTRY_COMPARE_WITH_TIMEOUT(store.watchdog()->state(), StoreWatchdog::State::Answering, 15000);
    QVERIFY(!store.checkConnection());
    QCOMPARE(waves(), 0);
}

void TestServerHang::withoutWatchdogTheStatementWaits()
{
    // The control: the same statement without the watchdog waits for the
    // whole freeze, and ends only once the server goes on.
    qputenv("SATISFECIT_TEST_NO_WATCHDOG", "1");
    Store store;
    QVERIFY2(store.open(m_uri, Store::OpenMode::ExistingOnly), qPrintable(store.error().message));
    QVERIFY(!store.watchdog());
    std::atomic<Clock::time_point> thawedAt{Clock::time_point()};
    std::atomic<bool> frozen{false};
    std::thread freezer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        frozen = freeze();
        std::this_thread::sleep_for(std::chrono::milliseconds(FrozenForMs));
        thawedAt = Clock::now();
        thaw();
    });
    const Clock::time_point sentAt = Clock::now();
    QSqlQuery query(store.database());
    const bool ok = query.exec(QStringLiteral("SELECT pg_sleep(3)"));
    const Clock::time_point endedAt = Clock::now();
    freezer.join();
    QVERIFY(frozen);
    qInfo("without the watchdog the statement took %lld ms", msBetween(sentAt, endedAt));
    QVERIFY2(ok, qPrintable(query.lastError().text()));
    QVERIFY(endedAt >= thawedAt.load());
}

QProcess *TestServerHang::startSatisfecit(const QStringList &arguments, bool watchdog)
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
    if (!watchdog)
        env.insert(QStringLiteral("SATISFECIT_TEST_NO_WATCHDOG"), QStringLiteral("1"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(SATISFECIT_BINARY),
                   QStringList{QStringLiteral("--db"), m_uri, QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    process->waitForStarted();
    return process;
}

QProcess *TestServerHang::startImport(bool watchdog, int year)
{
    return startSatisfecit({QStringLiteral("import"), m_bigFile, QStringLiteral("--year"), QString::number(year)},
                           watchdog);
}

// Waits until the import's own connection (not its watchdog's) has
// written inside its transaction (the transaction has an id): the pid of
// its server process, or 0. Stopped first, that process cannot answer the
// statement it runs or the next one.
pid_t TestServerHang::catchImportWriting(QProcess *import)
{
    Store watcher;
    if (!watcher.open(m_uri, Store::OpenMode::ExistingOnly))
        return 0;
    QSqlQuery query(watcher.database());
    QElapsedTimer timer;
    timer.start();
    while (import->state() == QProcess::Running && timer.elapsed() < 120000) {
        if (query.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                      "AND pid <> pg_backend_pid() AND application_name = 'satisfecit' "
                                      "AND backend_xid IS NOT NULL"))
            && query.next())
            return pid_t(query.value(0).toLongLong());
        QTest::qWait(1);
    }
    return 0;
}

void TestServerHang::commandExits3WhenTheServerFreezesMidImport()
{
    QProcess *import = nullptr;
    pid_t caught = 0;
    for (int attempt = 0; attempt < 5 && !caught; ++attempt) {
        import = startImport(true, 2020 + attempt);
        caught = catchImportWriting(import);
        if (!caught) {
            import->waitForFinished(120000);
            import->deleteLater();
        }
    }
    QVERIFY2(caught, "no import was caught writing");
    const int wavesBefore = waves(); // an import that was not caught may have ended
    QVERIFY(wavesBefore >= 0);
    QVERIFY(freeze(caught));
    QElapsedTimer timer;
    timer.start();
    const bool finished = import->waitForFinished(30000);
    const qint64 elapsed = timer.elapsed();
    const QString err = QString::fromUtf8(import->readAllStandardError());
    if (!finished)
        import->kill();
    import->waitForFinished();
    QVERIFY(thaw());
    qInfo("import stopped %lld ms after the server froze: %s", elapsed, qPrintable(err.trimmed()));
    QVERIFY(finished);
    QCOMPARE(import->exitStatus(), QProcess::NormalExit);
    QCOMPARE(import->exitCode(), 3);
    QVERIFY2(elapsed < ReportedWithinMs, qPrintable(QString::number(elapsed)));
    QVERIFY2(err.contains(QLatin1String("cannot be reached (no answer within 3 s)")), qPrintable(err));
    // All or nothing: the server, back, rolled the import back.
    QCOMPARE(waves(), wavesBefore);
    import->deleteLater();
}

void TestServerHang::withoutWatchdogTheCommandWaits()
{
    QProcess *import = nullptr;
    pid_t caught = 0;
    for (int attempt = 0; attempt < 5 && !caught; ++attempt) {
        import = startImport(false, 2030 + attempt);
        caught = catchImportWriting(import);
        if (!caught) {
            import->waitForFinished(120000);
            import->deleteLater();
        }
    }
    QVERIFY2(caught, "no import was caught writing");
    QVERIFY(freeze(caught));
    const bool finishedWhileFrozen = import->waitForFinished(int(FrozenForMs));
    QVERIFY(thaw());
    // Then it goes on as if nothing happened.
    const bool finished = finishedWhileFrozen || import->waitForFinished(120000);
    QVERIFY2(!finishedWhileFrozen, qPrintable(QString::fromUtf8(import->readAllStandardError())));
    QVERIFY(finished);
    QCOMPARE(import->exitCode(), 0);
    import->deleteLater();
}

QTEST_GUILESS_MAIN(TestServerHang)
#include "tst_serverhang.moc"
