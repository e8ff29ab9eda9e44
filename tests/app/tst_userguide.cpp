// Help → User guide finds the guide where the install puts it
// (tests/packaging/check_install.sh checks that side), and in the source
// tree when the program runs from its build folder.
#include "userguide.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

class TestUserGuide : public QObject
{
    Q_OBJECT

private slots:
    void installedLayouts();
    void foundFromTheBuildFolder();
};

void TestUserGuide::installedLayouts()
{
    const QStringList installed = userGuideCandidates(QStringLiteral("/opt/satisfecit/bin"));
    QCOMPARE(installed.value(0), QStringLiteral("/opt/satisfecit/share/satisfecit/guide/guide-utilisateur.md"));
    QCOMPARE(installed.value(1), QStringLiteral("/opt/satisfecit/bin/guide/guide-utilisateur.md"));
    QCOMPARE(installed.last(), QDir::cleanPath(QStringLiteral(SATISFECIT_SOURCE_DIR "/docs/guide-utilisateur.md")));
}

void TestUserGuide::foundFromTheBuildFolder()
{
    const QString path = userGuidePath();
    QCOMPARE(path, QDir::cleanPath(QStringLiteral(SATISFECIT_SOURCE_DIR "/docs/guide-utilisateur.md")));
    QVERIFY(QFileInfo(path).isFile());
    QFile guide(path);
    QVERIFY(guide.open(QIODevice::ReadOnly));
    QVERIFY(guide.readLine().startsWith("# Guide de l'utilisateur"));
}

QTEST_GUILESS_MAIN(TestUserGuide)
#include "tst_userguide.moc"
