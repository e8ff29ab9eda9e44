// Status-bar messages follow a language switch (StatusNote): the message
// still shown is said again in the new language, for what is left of its
// time; one replaced or run out is not brought back.
#include "mainwindow.h"
#include "statusnote.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestStatusNote : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowMessageFollowsTheLanguage();
    void replacedOrExpiredMessageStays();

private:
    QTemporaryDir m_dir;
};

void TestStatusNote::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("SatisfecitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_statusnote"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
}

void TestStatusNote::windowMessageFollowsTheLanguage()
{
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    const QString path = m_dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(window.openStore(path));
    const QString name = QDir::toNativeSeparators(path);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Store %1 opened").arg(name));

    window.setLanguage(QStringLiteral("fr"));
    QCoreApplication::processEvents(); // LanguageChange is posted to the widgets
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Base %1 ouverte").arg(name));
    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Store %1 opened").arg(name));
    // What is left of its 5 s, not 5 s again.
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().isEmpty(), 6000);
}

void TestStatusNote::replacedOrExpiredMessageStays()
{
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    QVERIFY(window.openStore(m_dir.filePath(QStringLiteral("store.sqlite"))));
    int calls = 0;
    const auto text = [&calls] {
        ++calls;
        return QCoreApplication::translate("MainWindow", "&File");
    };
    // Replaced by a message of its own: kept as it is.
    StatusNote::show(&window, text);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("&File"));
    window.statusBar()->showMessage(QStringLiteral("plain"));
    window.setLanguage(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("plain"));
    QCOMPARE(calls, 1);
    // Shown until replaced (no time limit): follows every switch.
    StatusNote::show(&window, text);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("&Fichier"));
    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("&File"));
    // Run out: not brought back.
    StatusNote::show(&window, text, 50);
    QTRY_VERIFY(window.statusBar()->currentMessage().isEmpty());
    const int before = calls;
    window.setLanguage(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    QCOMPARE(calls, before);
}

QTEST_MAIN(TestStatusNote)
#include "tst_statusnote.moc"
