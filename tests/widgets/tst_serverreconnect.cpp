// The window on a server store whose server goes away mid-session, with a
// PostgreSQL server of the test's own (scripts/pg-test-server in a private
// folder, halted and resumed, or frozen and thawed, on purpose): the banner
// says so within 5 s, what needs the store waits, a figure read meanwhile
// fails cleanly, and when the server is back the window takes a new
// connection by itself. A frozen server (its processes stopped: nothing
// answers, nothing closes) never freezes the window.
#include "filterbar.h"
#include "figureselection.h"
#include "mainwindow.h"
#include "owntestserver.h"
#include "respondentimporter.h"
#include "serverwatch.h"
#include "standardsurvey.h"
#include "store.h"
#include "storewatchdog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QScopeGuard>

#include <chrono>
#include <cstdlib>
#include <thread>

class TestServerReconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void windowRecoversWhenTheServerIsBack();
    void windowStaysResponsiveWhileTheServerIsFrozen();
    void withoutWatchdogTheWindowFreezes();
    void fileStoreIsNeverWatched();

private:
    bool server(const QString &action);

    QTemporaryDir m_dir;
    QString m_serverDir;
    QString m_uri;
    bool m_frozen = false;
};

bool TestServerReconnect::server(const QString &action)
{
    return ownTestServer(action, m_serverDir);
}

void TestServerReconnect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("SatisfecitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_serverreconnect"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));

    m_serverDir = QStringLiteral("/tmp/satisfecit-pg-reconnect-%1").arg(QCoreApplication::applicationPid());
    m_uri = startOwnTestServer(m_serverDir);
    QVERIFY(!m_uri.isEmpty());

    // The tables (as server-init makes them) and one wave.
    Store store;
    QVERIFY2(store.open(m_uri, Store::OpenMode::CreateOrUpgrade), qPrintable(store.error().message));
    const QString csv = m_dir.filePath(QStringLiteral("survey.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(standardSurveyCsv());
    file.close();
    const ImportResult result = RespondentImporter(store).run(csv, ImportOptions());
    QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.message));
    // The test server commits asynchronously (synchronous_commit = off): the
    // wave must be on disk before the server is halted like a crash.
    QSqlQuery checkpoint(store.database());
    QVERIFY2(checkpoint.exec(QStringLiteral("CHECKPOINT")), qPrintable(checkpoint.lastError().text()));
}

void TestServerReconnect::cleanupTestCase()
{
    if (m_frozen)
        server(QStringLiteral("thaw"));
    server(QStringLiteral("stop"));
}

void TestServerReconnect::windowRecoversWhenTheServerIsBack()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openStore(m_uri));
    QVERIFY(window.store()->isServer());
    const qint64 waveId = window.selection()->waveId();
    QVERIFY(waveId > 0);
    QVERIFY(window.engine()->summary(waveId));
    ServerWatch *watch = window.serverWatch();
    QVERIFY(watch);
    QVERIFY(!watch->isVisible());
    QVERIFY(window.filterBar()->isEnabled());
    window.setLanguage(QStringLiteral("fr")); // French first
    QTest::qWait(500); // the pages and the filter bar retranslated
    QCOMPARE(window.selection()->waveId(), waveId);
    const Store *before = window.store();

    QVERIFY(server(QStringLiteral("halt")));
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(watch->isLost(), 5000);
    qInfo("lost server shown after %lld ms", timer.elapsed());
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(watch->isVisible());
    QVERIFY(!window.filterBar()->isEnabled());
    QVERIFY2(watch->text().contains(QStringLiteral("Le serveur ne répond plus")), qPrintable(watch->text()));
    QVERIFY(watch->text().contains(QStringLiteral("satisfecit_test")));
    // The figures of before stay; nothing that would read them again is offered.
    QVERIFY(window.selection()->waveId() == waveId);
    const auto menuAction = [&](const QString &text) -> QAction * {
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text().remove(QLatin1Char('&')) == text)
                return action;
        return nullptr;
    };
    QVERIFY(menuAction(QStringLiteral("English")));
    QVERIFY(!menuAction(QStringLiteral("English"))->isEnabled());
    QVERIFY(!window.findChild<QListWidget *>()->isEnabled()); // the sidebar
    if (!qEnvironmentVariableIsEmpty("SATISFECIT_SCREENSHOT_PAUSE"))
        QTest::qWait(qEnvironmentVariableIntValue("SATISFECIT_SCREENSHOT_PAUSE"));

    // A figure read meanwhile fails, saying why, and gives nothing.
    window.engine()->invalidate();
    QVERIFY(!window.engine()->summary(waveId));
    QVERIFY(!window.engine()->waveData(waveId));
    QVERIFY(window.store()->waves().isEmpty());
    QCOMPARE(window.store()->error().kind, StoreError::Kind::Unavailable);
    // Still down after a few retries: still lost, nothing else changed.
    QTest::qWait(ServerWatch::RetryMs + 500);
    QVERIFY(watch->isLost());
    QCOMPARE(window.store(), before);

    QVERIFY(server(QStringLiteral("resume")));
    QTRY_VERIFY_WITH_TIMEOUT(!watch->isLost(), ServerWatch::RetryMs * 3);
    QVERIFY(window.store() != before);
    QVERIFY(window.store()->isOpen());
    QVERIFY2(watch->text().contains(QStringLiteral("répond de nouveau")), qPrintable(watch->text()));
    QVERIFY(window.filterBar()->isEnabled());
    QVERIFY(menuAction(QStringLiteral("English"))->isEnabled());
    window.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY2(watch->text().contains(QStringLiteral("answers again")), qPrintable(watch->text()));
    QCOMPARE(window.selection()->waveId(), waveId);
    const WaveSummary *summary = window.engine()->summary(waveId);
    QVERIFY(summary);
    QVERIFY(window.store()->checkConnection());
    // Then the banner goes.
    QTRY_VERIFY_WITH_TIMEOUT(!watch->isVisible(), ServerWatch::BackShownMs + 2000);
}

void TestServerReconnect::windowStaysResponsiveWhileTheServerIsFrozen()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openStore(m_uri));
    const qint64 waveId = window.selection()->waveId();
    QVERIFY(waveId > 0);
    QVERIFY(window.engine()->summary(waveId));
    ServerWatch *watch = window.serverWatch();
    QVERIFY(watch);
    QVERIFY(window.store()->watchdog());
    QTRY_COMPARE_WITH_TIMEOUT(window.store()->watchdog()->state(), StoreWatchdog::State::Answering, 10000);
    const Store *before = window.store();
    // Whatever the opening left to do is done before the server freezes (a
    // statement sent in the seconds before the watchdog notices waits for it).
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();

    // A timer of the window's event loop: it keeps firing at its interval
    // while the server is frozen (the largest gap between two ticks).
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 largestGap = 0;
    QTimer ticker;
    ticker.setInterval(100);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        largestGap = std::max(largestGap, now - lastTick);
        lastTick = now;
    });

    QVERIFY(server(QStringLiteral("freeze")));
    m_frozen = true;
    clock.start();
    ticker.start();
    QTRY_VERIFY_WITH_TIMEOUT(watch->isLost(), 10000);
    const qint64 lostAfter = clock.elapsed();
    qInfo("frozen server shown after %lld ms", lostAfter);
    QVERIFY2(lostAfter < 5000, qPrintable(QString::number(lostAfter)));
    QVERIFY(watch->isVisible());
    QVERIFY(!window.filterBar()->isEnabled());
    // (in the language the test before left)
    QVERIFY2(watch->text().contains(QStringLiteral("no longer answers"))
                 || watch->text().contains(QStringLiteral("ne répond plus")),
             qPrintable(watch->text()));
    // A figure read meanwhile fails at once (the watchdog cut the connection).
    QElapsedTimer read;
    read.start();
    window.engine()->invalidate();
    QVERIFY(!window.engine()->summary(waveId));
    QVERIFY(window.store()->waves().isEmpty());
    QCOMPARE(window.store()->error().kind, StoreError::Kind::Unavailable);
    QVERIFY2(window.store()->error().message.contains(QStringLiteral("no answer within")),
             qPrintable(window.store()->error().message));
    QVERIFY(read.elapsed() < 1000);
    // Still frozen over a retry or two: still lost, and never held.
    QTest::qWait(ServerWatch::RetryMs + 1000);
    QVERIFY(watch->isLost());
    QCOMPARE(window.store(), before);
    ticker.stop();
    qInfo("largest gap between two ticks while frozen: %lld ms", largestGap);
    QVERIFY2(largestGap < 1000, qPrintable(QString::number(largestGap)));

    // Thawed: the window opens the store again by itself.
    QVERIFY(server(QStringLiteral("thaw")));
    m_frozen = false;
    QTRY_VERIFY_WITH_TIMEOUT(!watch->isLost(), 20000);
    QVERIFY(window.store() != before);
    QVERIFY(window.store()->isOpen());
    QVERIFY(window.filterBar()->isEnabled());
    QVERIFY(window.engine()->summary(waveId));
    QVERIFY(window.store()->checkConnection());
}

void TestServerReconnect::withoutWatchdogTheWindowFreezes()
{
    // The control: the same window without the store's watchdog (turned off
    // for tests) waits in its health check for as long as the server is
    // frozen; a helper thread thaws it.
    qputenv("SATISFECIT_TEST_NO_WATCHDOG", "1");
    const auto restore = qScopeGuard([] { qunsetenv("SATISFECIT_TEST_NO_WATCHDOG"); });
    MainWindow window;
    window.show();
    QVERIFY(window.openStore(m_uri));
    QVERIFY(!window.store()->watchdog());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 largestGap = 0;
    QTimer ticker;
    ticker.setInterval(100);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        largestGap = std::max(largestGap, now - lastTick);
        lastTick = now;
    });
    constexpr int FrozenMs = ServerWatch::PingMs + 6000;
    QVERIFY(server(QStringLiteral("freeze")));
    m_frozen = true;
    const QByteArray thaw = QStringLiteral("'%1' thaw '%2'")
                                .arg(QStringLiteral(SATISFECIT_SOURCE_DIR "/scripts/pg-test-server"), m_serverDir)
                                .toLocal8Bit();
    std::thread thawer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(FrozenMs));
        std::system(thaw.constData());
    });
    clock.start();
    ticker.start();
    QTest::qWait(FrozenMs + 1000);
    thawer.join();
    m_frozen = false;
    ticker.stop();
    qInfo("without the watchdog, largest gap between two ticks: %lld ms", largestGap);
    QVERIFY2(largestGap > 4000, qPrintable(QString::number(largestGap)));
}

void TestServerReconnect::fileStoreIsNeverWatched()
{
    MainWindow window;
    QVERIFY(window.openStore(m_dir.filePath(QStringLiteral("file.sqlite"))));
    QVERIFY(!window.store()->isServer());
    QVERIFY(!window.serverWatch()); // no banner, no check
}

QTEST_MAIN(TestServerReconnect)
#include "tst_serverreconnect.moc"
