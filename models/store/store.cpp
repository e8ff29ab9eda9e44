#include "store.h"

#include "migrations.h"
#include "pseudonymiser.h"
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
#include <QStandardPaths>
#include <QUuid>

#include <optional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

// 'SATF': tells our stores apart from other SQLite files.
constexpr int ApplicationId = 0x53415446;

} // namespace

Store::Store()
    : m_connectionName(QLatin1String("satisfecit-store-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Store::~Store()
{
    close();
}

QString Store::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("SATISFECIT_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("satisfecit.sqlite"));
}

bool Store::fail(StoreError::Kind kind, const QString &message) const
{
    m_error.kind = kind;
    m_error.message = message;
    return false;
}

bool Store::failQuery(const QSqlQuery &query) const
{
    return failSql(query.lastError());
}

bool Store::failSql(const QSqlError &error) const
{
    // SQLite's result code as the Qt driver reports it; an extended code
    // (SQLITE_IOERR_WRITE is 778, SQLITE_BUSY_SNAPSHOT 517) holds the primary
    // code in its low byte.
    const int native = error.nativeErrorCode().toInt() & 0xFF;
    if (native == 5 || native == 6) // BUSY, LOCKED
        return fail(StoreError::Kind::Locked,
                    tr("the store %1 is locked by another program; close it and try again")
                        .arg(QDir::toNativeSeparators(m_path)));
    if (native == 8) // READONLY
        return fail(StoreError::Kind::ReadOnly,
                    tr("the store %1 is read-only: nothing can be written to it")
                        .arg(QDir::toNativeSeparators(m_path)));
    if (native == 13) // FULL
        return fail(StoreError::Kind::Full,
                    tr("the disk holding the store %1 is full: nothing was written")
                        .arg(QDir::toNativeSeparators(m_path)));
    // IOERR: the disk refused a read or a write (a file-size limit, a failing
    // or vanished disk); the transaction is rolled back.
    if (native == 10)
        return fail(StoreError::Kind::Failed,
                    tr("the disk holding the store %1 could not be read or written (%2): nothing was written")
                        .arg(QDir::toNativeSeparators(m_path), error.databaseText()));
    if (native == 11 || native == 26) // CORRUPT, NOTADB
        return fail(StoreError::Kind::Corrupt,
                    tr("the store %1 is damaged (%2)")
                        .arg(QDir::toNativeSeparators(m_path), error.databaseText()));
    return fail(StoreError::Kind::Failed,
                tr("the store could not carry out this operation and nothing was changed (technical detail "
                   "from SQLite: %1)")
                    .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText()));
}

bool Store::exec(const QString &sql) const
{
    QSqlQuery query(m_db);
    return query.exec(sql) || failQuery(query);
}

int Store::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Looks at the file before SQLite writes anything to it.
bool Store::checkFile(const QString &path)
{
    if (path.trimmed().isEmpty())
        return fail(StoreError::Kind::CannotOpen, tr("no store given: the store's path is empty"));
    // A device, a FIFO or a folder: SQLite would fail with no reason given, or wait.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(StoreError::Kind::NotAStore,
                    tr("%1 is not a regular file: a store is a file").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return fail(StoreError::Kind::CannotOpen,
                    tr("cannot read the store %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.read(16) != QByteArray("SQLite format 3", 16))
        return fail(StoreError::Kind::NotAStore,
                    tr("%1 is not a Satisfecit store (not an SQLite database)")
                        .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool Store::open(const QString &path, OpenMode mode)
{
    close();
    m_error = {};
    m_damage = {};
    m_backupPath.clear();
    m_path = path;
    if (!checkFile(path))
        return false;
    const QFileInfo info(path);
    if (mode == OpenMode::ExistingOnly && !info.exists())
        return fail(StoreError::Kind::CannotOpen,
                    info.dir().exists() ? tr("the store %1 does not exist").arg(QDir::toNativeSeparators(path))
                                        : tr("the store %1 does not exist (no folder %2)")
                                              .arg(QDir::toNativeSeparators(path),
                                                   QDir::toNativeSeparators(info.absolutePath())));
    if (mode == OpenMode::ExistingOnly && info.size() == 0)
        return fail(StoreError::Kind::NotAStore,
                    tr("%1 is an empty file, not a Satisfecit store").arg(QDir::toNativeSeparators(path)));
    const bool existed = info.exists() && info.size() > 0;
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return fail(StoreError::Kind::CannotOpen,
                    tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    const bool readOnly = existed && !info.isWritable();

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!m_db.open()) {
        fail(StoreError::Kind::CannotOpen, tr("cannot open the store %1 (technical detail: %2)")
                                               .arg(QDir::toNativeSeparators(path),
                                                    m_db.lastError().text()));
        close();
        return false;
    }

    const auto refuse = [this](StoreError::Kind kind, const QString &message) {
        fail(kind, message);
        close();
        return false;
    };
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        failQuery(query);
        // A WAL store needs its -shm file beside it: on read-only media
        // (a read-only mount, a CD) SQLite cannot open it at all (CANTOPEN).
        if (readOnly && (query.lastError().nativeErrorCode().toInt() & 0xFF) == 14)
            return refuse(StoreError::Kind::ReadOnly,
                          tr("the store %1 is on a read-only disk or folder where it cannot be opened; "
                             "copy it to a writable folder")
                              .arg(QDir::toNativeSeparators(path)));
        const StoreError::Kind kind = m_error.kind == StoreError::Kind::Locked
                                          ? StoreError::Kind::Locked
                                          : StoreError::Kind::Corrupt;
        return refuse(kind, kind == StoreError::Kind::Locked
                                ? m_error.message
                                : tr("the store %1 is damaged and cannot be opened (%2)")
                                      .arg(QDir::toNativeSeparators(path), query.lastError().databaseText()));
    }
    if (query.value(0).toString() != QLatin1String("ok"))
        return refuse(StoreError::Kind::Corrupt,
                      tr("the store %1 is damaged: %2")
                          .arg(QDir::toNativeSeparators(path), query.value(0).toString()));
    query.finish();

    const int version = schemaVersion();
    // Other programs number their schemas in user_version too: check whose
    // database it is before calling it newer.
    if (version > 0) {
        query.exec(QStringLiteral("PRAGMA application_id"));
        if (query.next() && query.value(0).toInt() != ApplicationId)
            return refuse(StoreError::Kind::NotAStore,
                          tr("%1 is an SQLite database but not a Satisfecit store")
                              .arg(QDir::toNativeSeparators(path)));
        query.finish();
    }
    if (version > SchemaVersion)
        return refuse(StoreError::Kind::NewerSchema,
                      tr("the store %1 was written by a newer version of Satisfecit (schema %2; "
                         "this version knows up to %3); update Satisfecit to open it")
                          .arg(QDir::toNativeSeparators(path)).arg(version).arg(SchemaVersion));
    if (version == 0 && existed) {
        query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (query.next() && query.value(0).toInt() > 0)
            return refuse(StoreError::Kind::NotAStore,
                          tr("%1 is an SQLite database but not a Satisfecit store")
                              .arg(QDir::toNativeSeparators(path)));
        query.finish();
    }
    if (readOnly) {
        if (version < SchemaVersion)
            return refuse(StoreError::Kind::ReadOnly,
                          tr("the store %1 is read-only and must be upgraded before use")
                              .arg(QDir::toNativeSeparators(path)));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!loadPseudonymKey()) {
            const StoreError error = m_error;
            close();
            m_error = error;
            return false;
        }
        return true;
    }
    // Large pages suit a store made mostly of column blobs: an import writes
    // a few hundred pages instead of thousands. Only possible before WAL.
    if (version == 0 && !exec(QStringLiteral("PRAGMA page_size = 32768"))) {
        const StoreError error = m_error;
        close();
        m_error = error;
        return false;
    }
    // Deleted content is overwritten with zeros, not left in free pages: a
    // deleted wave leaves none of its values in the file.
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON"))
        || !exec(QStringLiteral("PRAGMA secure_delete = ON"))
        || !exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !exec(QStringLiteral("PRAGMA synchronous = NORMAL"))
        // SQLite's default value, but set: without it (measured, reason not
        // pinned down) a 400,000-respondent import held 13 MiB of pages in
        // the cache instead of spilling them to the WAL as it filled.
        || !exec(QStringLiteral("PRAGMA cache_size = -2000"))) {
        const StoreError error = m_error;
        close();
        m_error = error;
        return false;
    }
    if ((version < SchemaVersion && !migrate(version)) || !loadPseudonymKey()) {
        const StoreError error = m_error;
        close();
        m_error = error;
        return false;
    }
    return true;
}

void Store::close()
{
    m_pseudonymiser.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Store::migrate(int from)
{
    if (from > 0) {
        // Keep a consistent copy of the old store, WAL included.
        m_backupPath = m_path + QStringLiteral(".schema%1.bak").arg(from);
        QFile::remove(m_backupPath);
        QSqlQuery backup(m_db);
        backup.prepare(QStringLiteral("VACUUM INTO ?"));
        backup.addBindValue(m_backupPath);
        if (!backup.exec())
            return failQuery(backup);
    }
    // A step may rebuild a table others refer to: foreign keys are off during
    // the upgrade (SQLite's own procedure; only possible outside a
    // transaction), and checked before each commit.
    if (!exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return false;
    const auto foreignKeysBackOn = qScopeGuard([this] { exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    // An upgrade commits each step on its own; a new store takes every step
    // in one transaction: one commit, and never a half-created store.
    std::optional<TransactionGuard> transaction;
    for (int version = from + 1; version <= SchemaVersion; ++version) {
        if (!transaction) {
            transaction.emplace(m_db);
            if (!transaction->isActive())
                return fail(StoreError::Kind::Failed, m_db.lastError().text());
        }
        for (const QString &statement : migrationStep(version))
            if (!exec(statement))
                return false;
        QString checksumError;
        if (version == ChecksumStep && !StoreChecksum::computeAll(m_db, &checksumError))
            return fail(StoreError::Kind::Failed, tr("store error: %1").arg(checksumError));
        if (version == 1
            && (!exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
                || !writeQuestions(Codebook::builtIn())))
            return false;
        if (version == PseudonymisedIdsVersion && !pseudonymiseStoredIds())
            return false;
        if (version == WaveIdsNeverReusedStep && !makeWaveIdsAutoincrement())
            return false;
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return false;
        if (from > 0 || version == SchemaVersion) {
            QSqlQuery check(m_db);
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
                return failQuery(check);
            if (check.next())
                return fail(StoreError::Kind::Corrupt,
                            tr("the store %1 has rows pointing at missing rows of %2")
                                .arg(QDir::toNativeSeparators(m_path), check.value(2).toString()));
            check.finish();
            if (!transaction->commit())
                return fail(StoreError::Kind::Failed, m_db.lastError().text());
            transaction.reset();
        }
    }
    // The copy of a store older than pseudonymised ids holds them in clear:
    // once the upgrade succeeded, it is overwritten and removed, and the old
    // ids leave the WAL (secure_delete zeroed them in the pages rewritten).
    if (from > 0 && from < PseudonymisedIdsVersion) {
        wipeFreedPages();
        removeCopy(m_backupPath);
        m_backupPath.clear();
    }
    return true;
}

// The waves table again, with AUTOINCREMENT on its id: SQLite then never
// hands out an id it gave before, even after the last wave is deleted.
bool Store::makeWaveIdsAutoincrement()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'waves'"))
        || !query.next())
        return failQuery(query);
    QString create = query.value(0).toString();
    query.finish();
    if (create.contains(QLatin1String("AUTOINCREMENT"), Qt::CaseInsensitive))
        return true;
    static const QRegularExpression table(QStringLiteral("^CREATE TABLE\\s+\"?waves\"?"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression id(QStringLiteral("\\bid\\s+INTEGER\\s+PRIMARY\\s+KEY\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    if (!table.match(create).hasMatch() || !id.match(create).hasMatch())
        return fail(StoreError::Kind::Corrupt, tr("the store %1 has an unexpected waves table")
                                                   .arg(QDir::toNativeSeparators(m_path)));
    create.replace(table, QStringLiteral("CREATE TABLE waves_autoincrement"));
    create.replace(id, QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT"));
    // Indexes and triggers on waves go with the old table: made again after.
    QStringList dependents;
    if (!query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'waves' "
                                   "AND type IN ('index', 'trigger') AND sql IS NOT NULL")))
        return failQuery(query);
    while (query.next())
        dependents << query.value(0).toString();
    query.finish();
    if (!exec(create) || !exec(QStringLiteral("INSERT INTO waves_autoincrement SELECT * FROM waves"))
        || !exec(QStringLiteral("DROP TABLE waves"))
        || !exec(QStringLiteral("ALTER TABLE waves_autoincrement RENAME TO waves")))
        return false;
    for (const QString &statement : dependents)
        if (!exec(statement))
            return false;
    return true;
}
