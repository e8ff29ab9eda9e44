#pragma once

#include "storelocation.h"
#include "storetypes.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;
class StoreWatchdog;

/// What a backend of the store does its own way (KMyMoney's MyMoneyDbDriver
/// idea): connecting and refusing what is not a store, the settings of a
/// new connection, the schema's version and its upgrades, errors in the
/// user's words, ids of inserted rows, and what a deletion leaves behind.
/// Everything else the Store writes in SQL both backends read alike.
/// A dialect serves one Store's connection, from open() to its close.
class StoreDialect
{
public:
    enum class Backend { Sqlite, Postgres };
    enum class OpenMode { CreateIfMissing, ExistingOnly, CreateOrUpgrade };

    /// What an upgrade asks of the Store at given steps; each sets the
    /// Store's error itself when it fails.
    struct UpgradeHooks
    {
        std::function<bool()> writeBuiltInCodebook;   ///< into the new store
        std::function<bool()> pseudonymiseStoredIds;  ///< creates the key, rewrites ids
    };

    virtual ~StoreDialect() = default;
    static std::unique_ptr<StoreDialect> create(const StoreLocation &location);

    virtual Backend backend() const = 0;
    virtual QString driverName() const = 0;
    /// Connects db (made with driverName()) and checks that it is a store
    /// this version can use. Returns its schema version (0: none yet), or
    /// -1 with *error set, db then left for the Store to close.
    virtual int open(QSqlDatabase &db, const StoreLocation &location, OpenMode mode, StoreError *error) = 0;
    /// Opened on read-only media: nothing may be written.
    virtual bool isReadOnly() const { return false; }
    virtual int schemaVersion(QSqlDatabase db) const = 0;
    virtual int latestSchemaVersion() const = 0;
    /// Whether a store of schema version may be upgraded by open() in this
    /// mode (the server's tables only by server-init, for instance).
    virtual bool mayUpgrade(int version, OpenMode mode, StoreError *error) const = 0;
    /// Keeps a copy of the store before an upgrade; its path, or empty when
    /// the backend keeps none (the server upgrades in one transaction).
    virtual QString backupBeforeUpgrade(QSqlDatabase db, int from, StoreError *error) = 0;
    /// Runs the steps from + 1 up to latestSchemaVersion().
    virtual bool upgrade(QSqlDatabase db, int from, const UpgradeHooks &hooks, StoreError *error) = 0;
    /// The error in the user's words.
    virtual StoreError mapError(const QSqlError &error) const = 0;
    /// The INSERT statement made to give the new row's id, then that id.
    virtual QString insertReturningId(const QString &insert) const = 0;
    virtual qint64 insertedId(QSqlQuery &query) const = 0;
    /// The column type of binary values.
    virtual QString blobType() const = 0;
    /// After a deletion: leaves none of the deleted values in the store's
    /// bytes where the backend can see to it.
    virtual void wipeAfterDelete(QSqlDatabase db) const = 0;
    /// Whether a failed statement aborts the open transaction (PostgreSQL):
    /// the store then rolls it back at once (TransactionGuard::rollbackOpen).
    virtual bool failedStatementAbortsTransaction() const { return false; }
    /// Whether each stored chunk holds one landlord's respondents only
    /// (the server: row-level security filters chunks by landlord_id).
    virtual bool chunksHoldOneLandlord() const = 0;
    /// How many rows one INSERT writes at once (RowBatch, SQLite's wave
    /// rows; a server writes them with binary parameters, PgWaveRows).
    virtual int insertBatchRows() const { return 1; }
    /// Run by a wave's writer before it commits, with the wave's id bound:
    /// gives each chunk row its landlord_id (chunksHoldOneLandlord()).
    virtual QStringList chunkLandlordStatements() const { return {}; }
    /// A wave's answer columns, one row per chunk and question ordered by
    /// the column's position then the chunk: question, type, chunk, bits,
    /// answers, position, checksum; the wave's id bound to its one `?`.
    virtual QString selectAnswerColumns() const
    {
        return QStringLiteral("SELECT question, type, chunk, bits, answers, position, checksum "
                              "FROM answer_columns WHERE wave_id = ? ORDER BY position, chunk");
    }
    /// One row when a wave answers the question whose code is bound to `?`.
    virtual QString selectQuestionAnswered() const
    {
        return QStringLiteral("SELECT 1 FROM answer_columns WHERE question = ? LIMIT 1");
    }
    /// What watches the server from open() on (postgres/storewatchdog.h);
    /// null for a file.
    virtual const StoreWatchdog *watchdog() const { return nullptr; }
};
