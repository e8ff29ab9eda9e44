#pragma once

#include "storedialect.h"

/// The embedded store: one SQLite file (PRAGMAs, VACUUM INTO, sqlite_master,
/// SQLite's result codes and lastInsertId live here and nowhere else).
class SqliteDialect : public StoreDialect
{
public:
    Backend backend() const override { return Backend::Sqlite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    int open(QSqlDatabase &db, const StoreLocation &location, OpenMode mode, StoreError *error) override;
    bool isReadOnly() const override { return m_readOnly; }
    int schemaVersion(QSqlDatabase db) const override;
    int latestSchemaVersion() const override;
    bool mayUpgrade(int version, OpenMode mode, StoreError *error) const override;
    QString backupBeforeUpgrade(QSqlDatabase db, int from, StoreError *error) override;
    bool upgrade(QSqlDatabase db, int from, const UpgradeHooks &hooks, StoreError *error) override;
    StoreError mapError(const QSqlError &error) const override;
    QString insertReturningId(const QString &insert) const override { return insert; }
    qint64 insertedId(QSqlQuery &query) const override;
    QString blobType() const override { return QStringLiteral("BLOB"); }
    void wipeAfterDelete(QSqlDatabase db) const override;
    bool chunksHoldOneLandlord() const override { return false; }

private:
    bool checkFile(const QString &path, StoreError *error) const;
    bool exec(QSqlDatabase db, const QString &sql, StoreError *error) const;
    bool makeWaveIdsAutoincrement(QSqlDatabase db, StoreError *error) const;

    QString m_path;
    bool m_readOnly = false;
};
