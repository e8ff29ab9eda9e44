// The command line on a store on a PostgreSQL server (issue #17): server-init,
// a database without the tables, two imports of the same file at once, and a
// server that goes away. Runs on the ctest fixture's server only.
#include "clirun.h"
#include "teststore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestCliServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void serverInitOnAFileIsRefused();
    void databaseWithoutTablesNamesServerInit();
    void twoImportsOfTheSameFileAtOnce();
    void serverGoneIsReportedWithinFiveSeconds();

private:
    QString survey(const QString &name, int respondents) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliServer::cleanup()
{
    m_dir.reset();
}

// A respondent file of ten landlords.
QString TestCliServer::survey(const QString &name, int respondents) const
{
    QByteArray bytes = "id;annee;bailleur;qpv;Q01;Q02\n";
    for (int i = 0; i < respondents; ++i)
        bytes += QStringLiteral("R%1;2022;B%2;%3;%4;%5\n")
                     .arg(i).arg(i % 10).arg(i % 3 == 0 ? 1 : 0).arg(1 + i % 4).arg(1 + (i / 3) % 4)
                     .toUtf8();
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliServer::serverInitOnAFileIsRefused()
{
    const QString file = m_dir->filePath(QStringLiteral("store.sqlite"));
    const CliRun r = runSatisfecit(m_dir->path(), {QStringLiteral("--db"), file, QStringLiteral("server-init")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("postgresql://")), qPrintable(r.err));
    QVERIFY(!QFile::exists(file));
}

// No command but server-init creates the tables: the others say how.
void TestCliServer::databaseWithoutTablesNamesServerInit()
{
    const QString db = newTestServerDatabase();
    for (const QStringList &command : {QStringList{QStringLiteral("waves")},
                                       QStringList{QStringLiteral("import"), survey(QStringLiteral("a.csv"), 20)}}) {
        const CliRun r = runSatisfecit(m_dir->path(), QStringList{QStringLiteral("--db"), db} + command);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("server-init")), qPrintable(r.err));
    }
    // The server's own schema numbering (pgtables.h), the same both times.
    QString ready;
    for (int twice = 0; twice < 2; ++twice) {
        const CliRun init = runSatisfecit(m_dir->path(), {QStringLiteral("--db"), db, QStringLiteral("server-init")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("is ready \\(schema [1-9][0-9]*\\)")).match(init.out).hasMatch(),
                 qPrintable(init.out));
        if (twice == 1)
            QCOMPARE(init.out, ready);
        ready = init.out;
    }
    const CliRun waves = runSatisfecit(m_dir->path(), {QStringLiteral("--db"), db, QStringLiteral("waves"),
                                                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(waves.exitCode, 0);
    QCOMPARE(jsonArrayOf(waves).size(), 0);
}

// Both clients read the whole file; the second's wave row waits for the
// first's transaction, then meets its sha256: "already imported", and one
// wave in the store.
void TestCliServer::twoImportsOfTheSameFileAtOnce()
{
    const QString db = testStoreLocation(m_dir->filePath(QStringLiteral("store.sqlite")));
    const QString file = survey(QStringLiteral("race_2022.csv"), 30000);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANG"));
    env.remove(QStringLiteral("LANGUAGE"));
    QProcess first, second;
    for (QProcess *p : {&first, &second}) {
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(SATISFECIT_BINARY), {QStringLiteral("--db"), db, QStringLiteral("import"), file});
    }
    QVERIFY(first.waitForFinished(120000) && second.waitForFinished(120000));
    const QList<int> codes = {first.exitCode(), second.exitCode()};
    const QString errors = QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError());
    QCOMPARE(codes.count(0), 1);
    QCOMPARE(codes.count(2), 1);
    QVERIFY2(errors.contains(QLatin1String("already imported")), qPrintable(errors));
    const CliRun waves = runSatisfecit(m_dir->path(), {QStringLiteral("--db"), db, QStringLiteral("waves"),
                                                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(jsonArrayOf(waves).size(), 1);
    QCOMPARE(jsonArrayOf(waves).first().toObject().value(QStringLiteral("respondents")).toInt(), 30000);
}

// A server of its own (scripts/pg-test-server), stopped under the store:
// the next command says the server cannot be reached, within 5 s; so does
// a host that does not answer at all.
void TestCliServer::serverGoneIsReportedWithinFiveSeconds()
{
    const QString folder = QDir::tempPath() + QStringLiteral("/satisfecit-pg-gone-")
                           + QString::number(QCoreApplication::applicationPid());
    const QString script = QStringLiteral(SATISFECIT_SOURCE_DIR "/scripts/pg-test-server");
    QCOMPARE(QProcess::execute(script, {QStringLiteral("start"), folder}), 0);
    const auto stop = qScopeGuard([&] { QProcess::execute(script, {QStringLiteral("stop"), folder}); });
    const QString uri = QStringLiteral("postgresql://satisfecit_test@%1:5432/satisfecit_test?sslmode=disable")
                            .arg(QString(folder + QStringLiteral("/socket")).replace(QLatin1Char('/'), QLatin1String("%2F")));
    const QByteArray fixturePassFile = qgetenv("PGPASSFILE");
    const auto restore = qScopeGuard([&] { qputenv("PGPASSFILE", fixturePassFile); });
    qputenv("PGPASSFILE", QFile::encodeName(folder + QStringLiteral("/pgpass")));
    const CliRun init = runSatisfecit(m_dir->path(), {QStringLiteral("--db"), uri, QStringLiteral("server-init")});
    QCOMPARE(init.exitCode, 0);
    const CliRun imported = runSatisfecit(m_dir->path(), {QStringLiteral("--db"), uri, QStringLiteral("import"),
                                                          survey(QStringLiteral("gone_2022.csv"), 100)});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(QProcess::execute(script, {QStringLiteral("stop"), folder}), 0);

    for (const QString &gone : {uri, QStringLiteral("postgresql://nobody@10.255.255.1:5432/satisfecit")}) {
        QElapsedTimer timer;
        timer.start();
        const CliRun r = runSatisfecit(m_dir->path(), {QStringLiteral("--db"), gone, QStringLiteral("waves")});
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("cannot connect to the server store")), qPrintable(r.err));
    }
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
