#include "teststore.h"

#include "clirun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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
            // One test program at a time: each DROP DATABASE checkpoints.
            query.exec(QStringLiteral("SELECT pg_advisory_lock(1717)"));
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

namespace {

// The folder of tmp that holds path (a test's QTemporaryDir), or path's own.
QString testFolderOf(const QString &path)
{
    const QString temp = QDir::cleanPath(QDir::tempPath()) + QLatin1Char('/');
    const QString clean = QDir::cleanPath(path);
    if (!clean.startsWith(temp))
        return QFileInfo(clean).absolutePath();
    return temp + clean.mid(temp.size()).section(QLatin1Char('/'), 0, 0);
}

// Empties a database a finished test used: its schema goes, server-init
// makes it again (cheaper than a new database: DROP DATABASE checkpoints).
void wipeDatabase(const QString &uri)
{
    const QString database = uri.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("teststore-wipe"));
        db.setDatabaseName(database);
        if (!db.open())
            qFatal("the test server cannot be reached: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("DROP SCHEMA IF EXISTS satisfecit CASCADE")))
            qFatal("DROP SCHEMA: %s", qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("teststore-wipe"));
}

} // namespace

QString testStoreLocation(const QString &filePath)
{
    if (!testingOnServer())
        return filePath;
    struct Used
    {
        QString folder;
        QString uri;
    };
    static QHash<QString, Used> locations; // by filePath
    if (const auto found = locations.constFind(filePath); found != locations.constEnd())
        return found->uri;
    const QString base = qEnvironmentVariable("SATISFECIT_TEST_PG");
    if (base.isEmpty())
        qFatal("SATISFECIT_TEST_BACKEND=postgresql without SATISFECIT_TEST_PG");
    // A database whose test is over (its folder is gone) is used again.
    QString uri;
    for (auto it = locations.begin(); it != locations.end(); ++it) {
        if (QFileInfo::exists(it->folder))
            continue;
        uri = it->uri;
        locations.erase(it);
        wipeDatabase(uri);
        break;
    }
    if (uri.isEmpty()) {
        uri = base;
        uri.replace(QRegularExpression(QStringLiteral("/[^/?]*(\\?|$)")),
                    QLatin1Char('/') + createDatabase() + QStringLiteral("\\1"));
    }
    QTemporaryDir work;
    const CliRun init = runSatisfecit(work.path(), {QStringLiteral("--db"), uri, QStringLiteral("server-init")});
    if (init.exitCode != 0)
        qFatal("server-init on %s: %s", qPrintable(uri), qPrintable(init.err));
    locations.insert(filePath, {testFolderOf(filePath), uri});
    return uri;
}

QString newTestServerDatabase()
{
    QString uri = qEnvironmentVariable("SATISFECIT_TEST_PG");
    if (uri.isEmpty())
        qFatal("no SATISFECIT_TEST_PG: run through ctest (fixture 'postgresql')");
    uri.replace(QRegularExpression(QStringLiteral("/[^/?]*(\\?|$)")),
                QLatin1Char('/') + createDatabase() + QStringLiteral("\\1"));
    return uri;
}

QByteArray storedBytes(const QString &location)
{
    QByteArray bytes;
    if (!location.startsWith(QLatin1String("postgresql:"))) {
        for (const QString &path : {location, location + QStringLiteral("-wal")}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }
    const QString database = location.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("teststore-bytes"));
        db.setDatabaseName(database);
        if (!db.open())
            qFatal("the test server cannot be reached: %s", qPrintable(db.lastError().text()));
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT quote_ident(table_name) FROM information_schema.tables "
                                        "WHERE table_schema = 'satisfecit' AND table_type = 'BASE TABLE'")))
            qFatal("listing the store's tables: %s", qPrintable(tables.lastError().text()));
        while (tables.next()) {
            QSqlQuery rows(db);
            if (!rows.exec(QStringLiteral("SELECT * FROM satisfecit.%1").arg(tables.value(0).toString())))
                qFatal("reading %s: %s", qPrintable(tables.value(0).toString()), qPrintable(rows.lastError().text()));
            while (rows.next()) {
                for (int c = 0; c < rows.record().count(); ++c) {
                    const QVariant value = rows.value(c);
                    bytes += value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
                    bytes += '\n';
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("teststore-bytes"));
    return bytes;
}

QStringList storeTableNames(const QString &location)
{
    const bool server = location.startsWith(QLatin1String("postgresql:"));
    const QString name = QLatin1String("teststore-tables-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(server ? location.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0) : location);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(server ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                               "'satisfecit' AND table_type = 'BASE TABLE' ORDER BY table_name")
                              : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            while (query.next())
                tables << query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}
