#pragma once

#include "storedialect.h"

#include <memory>

class StoreWatchdog;

/// A store on a PostgreSQL server (Qt's QPSQL driver over libpq): the
/// tables of postgres/pgtables.h in the schema `satisfecit`, created and
/// upgraded by server-init only (OpenMode::CreateOrUpgrade), in one
/// transaction. libpq reads what the location leaves out from its own
/// defaults (PGHOST…, ~/.pgpass or PGPASSFILE, sslmode).
class PostgresDialect : public StoreDialect
{
public:
    /// Seconds before a server that does not answer is reported gone.
    static constexpr int ConnectTimeoutSeconds = 5;

    PostgresDialect();
    ~PostgresDialect() override;

    Backend backend() const override { return Backend::Postgres; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    int open(QSqlDatabase &db, const StoreLocation &location, OpenMode mode, StoreError *error) override;
    int schemaVersion(QSqlDatabase db) const override;
    int latestSchemaVersion() const override;
    bool mayUpgrade(int version, OpenMode mode, StoreError *error) const override;
    QString backupBeforeUpgrade(QSqlDatabase db, int from, StoreError *error) override;
    bool upgrade(QSqlDatabase db, int from, const UpgradeHooks &hooks, StoreError *error) override;
    StoreError mapError(const QSqlError &error) const override;
    QString insertReturningId(const QString &insert) const override;
    qint64 insertedId(QSqlQuery &query) const override;
    QString blobType() const override { return QStringLiteral("BYTEA"); }
    void wipeAfterDelete(QSqlDatabase db) const override;
    bool failedStatementAbortsTransaction() const override { return true; }
    bool chunksHoldOneLandlord() const override { return true; }
    QStringList chunkLandlordStatements() const override;
    QString selectAnswerColumns() const override;
    QString selectQuestionAnswered() const override;

    /// Started once connected: a statement waiting on a server that
    /// stopped answering fails within a few seconds, reported by
    /// mapError() as the server unreachable.
    const StoreWatchdog *watchdog() const override { return m_watchdog.get(); }

    /// libpq's settings for QSqlDatabase::setConnectOptions(): the
    /// location's own, plus timeouts and keepalives unless it sets them.
    static QString connectOptions(const StoreLocation &location);

private:
    int readSchemaVersion(QSqlDatabase db, QSqlError *sqlError) const;
    StoreLocation m_location;
    std::unique_ptr<StoreWatchdog> m_watchdog;
};
