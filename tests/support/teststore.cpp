#include "teststore.h"

#include "clirun.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

bool testingOnServer()
{
    return qEnvironmentVariable("SATISFECIT_TEST_BACKEND") == QLatin1String("postgresql");
}

namespace {

QStringList &createdDatabases()
{
    static QStringList names;
    return names;
}

// Each test program removes the databases it made, as its application
// ends (the server's folder would otherwise grow by megabytes a test).
void dropDatabases()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("teststore-drop"));
        if (db.open()) {
            QSqlQuery query(db);
            for (const QString &name : createdDatabases())
                if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)))
                    qWarning("DROP DATABASE %s: %s", qPrintable(name), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("teststore-drop"));
    createdDatabases().clear();
}

// A new database on the test server, through its superuser (PGHOST,
// PGUSER, PGPASSFILE… from the environment).
QString createDatabase()
{
    const QString name = QLatin1String("t_") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("teststore-admin"));
        if (!db.open())
            qFatal("the test server cannot be reached (is the ctest fixture 'postgresql' running?): %s",
                   qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("CREATE DATABASE: %s", qPrintable(query.lastError().text()));
        db.close();
        if (createdDatabases().isEmpty())
            qAddPostRoutine(dropDatabases);
        createdDatabases() << name;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("teststore-admin"));
    return name;
}

} // namespace

QString testStoreLocation(const QString &filePath)
{
    if (!testingOnServer())
        return filePath;
    static QHash<QString, QString> locations;
    if (const auto found = locations.constFind(filePath); found != locations.constEnd())
        return *found;
    const QString base = qEnvironmentVariable("SATISFECIT_TEST_PG");
    if (base.isEmpty())
        qFatal("SATISFECIT_TEST_BACKEND=postgresql without SATISFECIT_TEST_PG");
    const QString database = createDatabase();
    QString uri = base;
    uri.replace(QRegularExpression(QStringLiteral("/[^/?]*(\\?|$)")), QLatin1Char('/') + database + QStringLiteral("\\1"));
    QTemporaryDir work;
    const CliRun init = runSatisfecit(work.path(), {QStringLiteral("--db"), uri, QStringLiteral("server-init")});
    if (init.exitCode != 0)
        qFatal("server-init on %s: %s", qPrintable(uri), qPrintable(init.err));
    locations.insert(filePath, uri);
    return uri;
}
