// The window on a server store whose server goes away mid-session, with a
// PostgreSQL server of the test's own (scripts/pg-test-server in a private
// folder, halted and resumed on purpose): the banner says so within 5 s,
// what needs the store waits, a figure read meanwhile fails cleanly, and
// when the server is back the window takes a new connection by itself.
#include "filterbar.h"
#include "figureselection.h"
#include "mainwindow.h"
#include "respondentimporter.h"
#include "serverwatch.h"
#include "standardsurvey.h"
#include "store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestServerReconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void windowRecoversWhenTheServerIsBack();
    void fileStoreIsNeverWatched();

private:
    bool server(const QString &action);

    QTemporaryDir m_dir;
    QString m_serverDir;
    QString m_uri;
};

bool TestServerReconnect::server(const QString &action)
{
    QProcess script;
    script.start(QStringLiteral(SATISFECIT_SOURCE_DIR "/scripts/pg-test-server"), {action, m_serverDir});
    if (!script.waitForFinished(120000) || script.exitCode() != 0) {
        qWarning() << script.readAllStandardError();
        return false;
    }
    return true;
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
    QVERIFY(server(QStringLiteral("start")));
    const QString socket = m_serverDir + QStringLiteral("/socket");
    qputenv("PGPASSFILE", (m_serverDir + QStringLiteral("/pgpass")).toUtf8());
    qputenv("PGSSLMODE", "disable");
    m_uri = QStringLiteral("postgresql://satisfecit_test@%1:5432/satisfecit_test")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(socket)));

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

void TestServerReconnect::fileStoreIsNeverWatched()
{
    MainWindow window;
    QVERIFY(window.openStore(m_dir.filePath(QStringLiteral("file.sqlite"))));
    QVERIFY(!window.store()->isServer());
    QVERIFY(!window.serverWatch()); // no banner, no check
}

QTEST_MAIN(TestServerReconnect)
#include "tst_serverreconnect.moc"
