// Fixtures shared by the Store tests: a raw SQLite connection to look behind
// the gateway, sample waves, and the base class giving each test function a
// fresh folder for its store.
#pragma once

#include "filehash.h"
#include "store.h"
#include "teststore.h"

#include <QByteArray>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

constexpr int SatisfecitApplicationId = 0x53415446; // 'SATF'

/// A raw SQLite connection for building fixtures and looking behind the
/// gateway; uniquely named and removed when it goes out of scope.
class SqlConnection
{
public:
    explicit SqlConnection(const QString &path, const QString &options = QString())
        : m_name(QLatin1String("tst_store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(options);
        if (!m_db.open())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(m_db.lastError().text()));
    }
    ~SqlConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return QVariant();
        return query.value(0);
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

/// The files SQLite may leave beside a database.
QStringList sidecarsOf(const QString &path);

QString hexSha(char c);

WaveInfo waveInfo(int year, const QString &scope, const QString &sha256);

/// Five respondents; landlord codes in order of first appearance but not in
/// alphabetical order, so that the order the store gives back is tested.
WaveData sampleWave(const QStringList &landlords = {QStringLiteral("PDC_HABITAT"), QStringLiteral("LOGIS62"),
                                                   QStringLiteral("ABC_HLM")});

/// A wave large enough to span many database pages.
WaveData largeWave(int respondents);

QStringList landlordOfEach(const WaveData &data);

/// data as the store gives it back when written in chunks of chunkSizes
/// respondents (empty: one chunk): on SQLite as written; on the server each
/// chunk's respondents grouped by landlord, in order of each landlord's first
/// respondent in the chunk (postgres/pgtables.h).
WaveData inStoredOrder(const WaveData &data, const std::vector<int> &chunkSizes = {});
/// How many rows of respondents those chunks make in the store.
int storedChunkCount(const WaveData &data, const std::vector<int> &chunkSizes = {});
/// The store's landlord codes, sorted, joined by ','.
QString storedLandlordCodes(const QSqlDatabase &db);

/// Statements of an SQL file: each ends with ";" at the end of a line.
QStringList sqlStatements(const QString &path);

/// The store of tests/data/store/schema1.sql, as the first release left it.
bool buildSchema1Store(const QString &path);

/// Base of the Store test classes, whose init() creates m_dir and whose
/// cleanup() removes it.
class StoreFixture : public QObject
{
protected:
    /// The test's store: a file, or on the server backend a database of its own.
    QString storePath() const { return testStoreLocation(m_dir->filePath(QStringLiteral("store/satisfecit.sqlite"))); }
    /// A closed store at storePath(), holding data as wave 2021 when not empty.
    QString createStore(const WaveData &data = WaveData());

    std::unique_ptr<QTemporaryDir> m_dir;
};
