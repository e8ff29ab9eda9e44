#include "sqlitedialect.h"

#include "migrations.h"
#include "store.h"
#include "storechecksum.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SqliteDialect", text);
}

// 'SATF': tells our stores apart from other SQLite files.
constexpr int ApplicationId = 0x53415446;

bool fail(StoreError *error, StoreError::Kind kind, const QString &message)
{
    error->kind = kind;
    error->message = message;
    return false;
}

} // namespace

StoreError SqliteDialect::mapError(const QSqlError &error) const
{
    // SQLite's result code as the Qt driver reports it; an extended code
    // (SQLITE_IOERR_WRITE is 778, SQLITE_BUSY_SNAPSHOT 517) holds the primary
    // code in its low byte.
    const int native = error.nativeErrorCode().toInt() & 0xFF;
    const QString path = QDir::toNativeSeparators(m_path);
    if (native == 5 || native == 6) // BUSY, LOCKED
        return {StoreError::Kind::Locked,
                tr("the store %1 is locked by another program; close it and try again").arg(path)};
    if (native == 8) // READONLY
        return {StoreError::Kind::ReadOnly, tr("the store %1 is read-only: nothing can be written to it").arg(path)};
    if (native == 13) // FULL
        return {StoreError::Kind::Full, tr("the disk holding the store %1 is full: nothing was written").arg(path)};
    // IOERR: the disk refused a read or a write (a file-size limit, a failing
    // or vanished disk); the transaction is rolled back.
    if (native == 10)
        return {StoreError::Kind::Failed,
                tr("the disk holding the store %1 could not be read or written (%2): nothing was written")
                    .arg(path, error.databaseText())};
    if (native == 11 || native == 26) // CORRUPT, NOTADB
        return {StoreError::Kind::Corrupt, tr("the store %1 is damaged (%2)").arg(path, error.databaseText())};
    return {StoreError::Kind::Failed,
            tr("the store could not carry out this operation and nothing was changed (technical detail "
               "from SQLite: %1)")
                .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText())};
}

bool SqliteDialect::exec(QSqlDatabase db, const QString &sql, StoreError *error) const
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = mapError(query.lastError());
    return false;
}

int SqliteDialect::schemaVersion(QSqlDatabase db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int SqliteDialect::latestSchemaVersion() const
{
    return Store::SchemaVersion;
}

bool SqliteDialect::mayUpgrade(int, OpenMode, StoreError *) const
{
    return true;
}

qint64 SqliteDialect::insertedId(QSqlQuery &query) const
{
    return query.lastInsertId().toLongLong();
}

// secure_delete (set when the store is opened) zeroes what a deletion frees in
// the pages it writes; those pages reach the main file at the checkpoint, and
// TRUNCATE then empties the WAL, which still held the old pages. Another
// connection reading at that moment makes the checkpoint partial: it is
// completed at the next one.
void SqliteDialect::wipeAfterDelete(QSqlDatabase db) const
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

// Looks at the file before SQLite writes anything to it.
bool SqliteDialect::checkFile(const QString &path, StoreError *error) const
{
    if (path.trimmed().isEmpty())
        return fail(error, StoreError::Kind::CannotOpen, tr("no store given: the store's path is empty"));
    // A device, a FIFO or a folder: SQLite would fail with no reason given, or wait.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(error, StoreError::Kind::NotAStore,
                    tr("%1 is not a regular file: a store is a file").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, StoreError::Kind::CannotOpen,
                    tr("cannot read the store %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.read(16) != QByteArray("SQLite format 3", 16))
        return fail(error, StoreError::Kind::NotAStore,
                    tr("%1 is not a Satisfecit store (not an SQLite database)").arg(QDir::toNativeSeparators(path)));
    return true;
}

int SqliteDialect::open(QSqlDatabase &db, const StoreLocation &location, OpenMode mode, StoreError *error)
{
    const QString path = location.path();
    m_path = path;
    m_readOnly = false;
    if (!checkFile(path, error))
        return -1;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const auto refuse = [error](StoreError::Kind kind, const QString &message) {
        fail(error, kind, message);
        return -1;
    };
    if (mode == OpenMode::ExistingOnly && !info.exists())
        return refuse(StoreError::Kind::CannotOpen,
                      info.dir().exists() ? tr("the store %1 does not exist").arg(shown)
                                          : tr("the store %1 does not exist (no folder %2)")
                                                .arg(shown, QDir::toNativeSeparators(info.absolutePath())));
    if (mode == OpenMode::ExistingOnly && info.size() == 0)
        return refuse(StoreError::Kind::NotAStore, tr("%1 is an empty file, not a Satisfecit store").arg(shown));
    const bool existed = info.exists() && info.size() > 0;
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return refuse(StoreError::Kind::CannotOpen,
                      tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    m_readOnly = existed && !info.isWritable();

    db.setDatabaseName(path);
    db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open())
        return refuse(StoreError::Kind::CannotOpen,
                      tr("cannot open the store %1 (technical detail: %2)").arg(shown, db.lastError().text()));

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        *error = mapError(query.lastError());
        // A WAL store needs its -shm file beside it: on read-only media
        // (a read-only mount, a CD) SQLite cannot open it at all (CANTOPEN).
        if (m_readOnly && (query.lastError().nativeErrorCode().toInt() & 0xFF) == 14)
            return refuse(StoreError::Kind::ReadOnly,
                          tr("the store %1 is on a read-only disk or folder where it cannot be opened; "
                             "copy it to a writable folder")
                              .arg(shown));
        if (error->kind == StoreError::Kind::Locked)
            return -1;
        return refuse(StoreError::Kind::Corrupt, tr("the store %1 is damaged and cannot be opened (%2)")
                                                     .arg(shown, query.lastError().databaseText()));
    }
    if (query.value(0).toString() != QLatin1String("ok"))
        return refuse(StoreError::Kind::Corrupt, tr("the store %1 is damaged: %2").arg(shown, query.value(0).toString()));
    query.finish();

    const int version = schemaVersion(db);
    // Other programs number their schemas in user_version too: check whose
    // database it is before calling it newer.
    if (version > 0) {
        query.exec(QStringLiteral("PRAGMA application_id"));
        if (query.next() && query.value(0).toInt() != ApplicationId)
            return refuse(StoreError::Kind::NotAStore, tr("%1 is an SQLite database but not a Satisfecit store").arg(shown));
        query.finish();
    }
    if (version > Store::SchemaVersion)
        return refuse(StoreError::Kind::NewerSchema,
                      tr("the store %1 was written by a newer version of Satisfecit (schema %2; "
                         "this version knows up to %3); update Satisfecit to open it")
                          .arg(shown).arg(version).arg(Store::SchemaVersion));
    if (version == 0 && existed) {
        query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (query.next() && query.value(0).toInt() > 0)
            return refuse(StoreError::Kind::NotAStore, tr("%1 is an SQLite database but not a Satisfecit store").arg(shown));
        query.finish();
    }
    if (m_readOnly) {
        if (version < Store::SchemaVersion)
            return refuse(StoreError::Kind::ReadOnly,
                          tr("the store %1 is read-only and must be upgraded before use").arg(shown));
        exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error);
        *error = {};
        return version;
    }
    // Large pages suit a store made mostly of column blobs: an import writes
    // a few hundred pages instead of thousands. Only possible before WAL.
    if (version == 0 && !exec(db, QStringLiteral("PRAGMA page_size = 32768"), error))
        return -1;
    // Deleted content is overwritten with zeros, not left in free pages: a
    // deleted wave leaves none of its values in the file.
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
        || !exec(db, QStringLiteral("PRAGMA secure_delete = ON"), error)
        || !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error)
        || !exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error)
        // SQLite's default value, but set: without it (measured, reason not
        // pinned down) a 400,000-respondent import held 13 MiB of pages in
        // the cache instead of spilling them to the WAL as it filled.
        || !exec(db, QStringLiteral("PRAGMA cache_size = -2000"), error))
        return -1;
    return version;
}

QString SqliteDialect::backupBeforeUpgrade(QSqlDatabase db, int from, StoreError *error)
{
    // Keep a consistent copy of the old store, WAL included.
    const QString backupPath = m_path + QStringLiteral(".schema%1.bak").arg(from);
    QFile::remove(backupPath);
    QSqlQuery backup(db);
    backup.prepare(QStringLiteral("VACUUM INTO ?"));
    backup.addBindValue(backupPath);
    if (!backup.exec()) {
        *error = mapError(backup.lastError());
        return {};
    }
    return backupPath;
}

bool SqliteDialect::upgrade(QSqlDatabase db, int from, const UpgradeHooks &hooks, StoreError *error)
{
    // A step may rebuild a table others refer to: foreign keys are off during
    // the upgrade (SQLite's own procedure; only possible outside a
    // transaction), and checked before each commit.
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"), error))
        return false;
    const auto foreignKeysBackOn = qScopeGuard([&] {
        QSqlQuery on(db);
        on.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    // An upgrade commits each step on its own; a new store takes every step
    // in one transaction: one commit, and never a half-created store.
    std::optional<TransactionGuard> transaction;
    for (int version = from + 1; version <= Store::SchemaVersion; ++version) {
        if (!transaction) {
            transaction.emplace(db);
            if (!transaction->isActive())
                return fail(error, StoreError::Kind::Failed, db.lastError().text());
        }
        for (const QString &statement : migrationStep(version))
            if (!exec(db, statement, error))
                return false;
        QString checksumError;
        if (version == ChecksumStep && !StoreChecksum::computeAll(db, &checksumError))
            return fail(error, StoreError::Kind::Failed, tr("store error: %1").arg(checksumError));
        if (version == 1
            && (!exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error)
                || !hooks.writeBuiltInCodebook()))
            return false;
        if (version == PseudonymisedIdsVersion && !hooks.pseudonymiseStoredIds())
            return false;
        if (version == WaveIdsNeverReusedStep && !makeWaveIdsAutoincrement(db, error))
            return false;
        if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error))
            return false;
        if (from > 0 || version == Store::SchemaVersion) {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
                *error = mapError(check.lastError());
                return false;
            }
            if (check.next())
                return fail(error, StoreError::Kind::Corrupt,
                            tr("the store %1 has rows pointing at missing rows of %2")
                                .arg(QDir::toNativeSeparators(m_path), check.value(2).toString()));
            check.finish();
            if (!transaction->commit())
                return fail(error, StoreError::Kind::Failed, db.lastError().text());
            transaction.reset();
        }
    }
    return true;
}

// The waves table again, with AUTOINCREMENT on its id: SQLite then never
// hands out an id it gave before, even after the last wave is deleted.
bool SqliteDialect::makeWaveIdsAutoincrement(QSqlDatabase db, StoreError *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'waves'"))
        || !query.next()) {
        *error = mapError(query.lastError());
        return false;
    }
    QString create = query.value(0).toString();
    query.finish();
    if (create.contains(QLatin1String("AUTOINCREMENT"), Qt::CaseInsensitive))
        return true;
    static const QRegularExpression table(QStringLiteral("^CREATE TABLE\\s+\"?waves\"?"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression id(QStringLiteral("\\bid\\s+INTEGER\\s+PRIMARY\\s+KEY\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    if (!table.match(create).hasMatch() || !id.match(create).hasMatch())
        return fail(error, StoreError::Kind::Corrupt,
                    tr("the store %1 has an unexpected waves table").arg(QDir::toNativeSeparators(m_path)));
    create.replace(table, QStringLiteral("CREATE TABLE waves_autoincrement"));
    create.replace(id, QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT"));
    // Indexes and triggers on waves go with the old table: made again after.
    QStringList dependents;
    if (!query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'waves' "
                                   "AND type IN ('index', 'trigger') AND sql IS NOT NULL"))) {
        *error = mapError(query.lastError());
        return false;
    }
    while (query.next())
        dependents << query.value(0).toString();
    query.finish();
    if (!exec(db, create, error) || !exec(db, QStringLiteral("INSERT INTO waves_autoincrement SELECT * FROM waves"), error)
        || !exec(db, QStringLiteral("DROP TABLE waves"), error)
        || !exec(db, QStringLiteral("ALTER TABLE waves_autoincrement RENAME TO waves"), error))
        return false;
    for (const QString &statement : dependents)
        if (!exec(db, statement, error))
            return false;
    return true;
}
