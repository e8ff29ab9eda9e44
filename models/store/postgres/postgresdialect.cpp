#include "postgresdialect.h"

#include "drivernoise.h"
#include "pgtables.h"
#include "storewatchdog.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PostgresDialect", text);
}

bool fail(StoreError *error, StoreError::Kind kind, const QString &message)
{
    error->kind = kind;
    error->message = message;
    return false;
}

QString quoted(const QString &value)
{
    QString text = value;
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// libpq's messages end with a new line and sometimes hold two lines.
QString serverText(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return text.simplified();
}

bool connectionLost(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return true;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString text = serverText(error);
    return state.isEmpty()
        && (text.contains(QLatin1String("server closed the connection"))
            || text.contains(QLatin1String("no connection to the server"))
            || text.contains(QLatin1String("connection to server")) || text.contains(QLatin1String("timeout"))
            || text.contains(QLatin1String("could not receive data")) || text.contains(QLatin1String("could not send data")));
}

// Waits up to timeoutMs while another session holds a snapshot older than
// now (what it could see, a rewrite must keep). Sessions of other users
// show no snapshot unless the session may read all statistics.
void waitForOlderSnapshots(QSqlDatabase db, int timeoutMs)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT (txid_current() % 4294967296)::text")) || !query.next())
        return;
    const QString now = query.value(0).toString();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                                       "AND backend_xmin IS NOT NULL AND age(backend_xmin) > age('%1'::xid))")
                            .arg(now))
            || !query.next() || !query.value(0).toBool())
            return;
        QThread::msleep(50);
    }
}

} // namespace

PostgresDialect::PostgresDialect() = default;

PostgresDialect::~PostgresDialect() = default;

QString PostgresDialect::connectOptions(const StoreLocation &location)
{
    QStringList options;
    const auto add = [&](const QString &name, const QString &value) {
        options << name + QLatin1Char('=') + quoted(value);
    };
    for (const auto &[name, value] : location.options())
        add(name, value);
    const auto addDefault = [&](const char *name, const QString &value) {
        if (location.option(QLatin1String(name)).isEmpty())
            add(QLatin1String(name), value);
    };
    // A server that does not answer is reported within a few seconds, at
    // connection and once connected (TCP keepalives and a user timeout;
    // a Unix socket tells at once).
    addDefault("connect_timeout", QString::number(ConnectTimeoutSeconds));
    addDefault("keepalives", QStringLiteral("1"));
    addDefault("keepalives_idle", QStringLiteral("2"));
    addDefault("keepalives_interval", QStringLiteral("1"));
    addDefault("keepalives_count", QStringLiteral("2"));
    addDefault("tcp_user_timeout", QString::number(ConnectTimeoutSeconds * 1000));
    addDefault("application_name", QStringLiteral("satisfecit"));
    return options.join(QLatin1Char(';'));
}

int PostgresDialect::open(QSqlDatabase &db, const StoreLocation &location, OpenMode, StoreError *error)
{
    m_location = location;
    if (!location.host().isEmpty())
        db.setHostName(location.host());
    if (location.port() > 0)
        db.setPort(location.port());
    if (!location.database().isEmpty())
        db.setDatabaseName(location.database());
    if (!location.user().isEmpty())
        db.setUserName(location.user());
    if (!location.password().isEmpty())
        db.setPassword(location.password());
    db.setConnectOptions(connectOptions(location));
    DriverNoise::install();
    if (!db.open()) {
        fail(error, StoreError::Kind::CannotOpen,
             tr("cannot connect to the server store, %1: %2").arg(location.displayName(), serverText(db.lastError())));
        return -1;
    }
    m_watchdog = StoreWatchdog::start(db);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET search_path TO %1").arg(QLatin1String(PostgresSchemaName)))
        // Not even warnings: libpq would print them raw on stderr (the
        // server's "terminating connection" as it stops, among others).
        || !query.exec(QStringLiteral("SET client_min_messages TO error"))) {
        *error = mapError(query.lastError());
        return -1;
    }
    // A table of that name without the version row is someone else's.
    if (!query.exec(QStringLiteral("SELECT to_regclass('%1.store_meta') IS NOT NULL, "
                                   "(SELECT count(*) FROM pg_tables WHERE schemaname = '%1')")
                        .arg(QLatin1String(PostgresSchemaName)))
        || !query.next()) {
        *error = mapError(query.lastError());
        return -1;
    }
    const bool hasMeta = query.value(0).toBool();
    const int tables = query.value(1).toInt();
    query.finish();
    if (!hasMeta && tables > 0) {
        fail(error, StoreError::Kind::NotAStore,
             tr("%1 has a schema %2 that is not a Satisfecit store")
                 .arg(location.displayName(), QLatin1String(PostgresSchemaName)));
        return -1;
    }
    QSqlError versionError;
    const int version = hasMeta ? readSchemaVersion(db, &versionError) : 0;
    if (version < 0 && versionError.isValid()) {
        *error = mapError(versionError);
        return -1;
    }
    if (version < 0) {
        fail(error, StoreError::Kind::NotAStore,
             tr("%1 is not a Satisfecit store: it has no schema version").arg(location.displayName()));
        return -1;
    }
    if (version > PostgresSchemaVersion) {
        fail(error, StoreError::Kind::NewerSchema,
             tr("the store %1 was written by a newer version of Satisfecit (schema %2; "
                "this version knows up to %3); update Satisfecit to open it")
                 .arg(location.displayName(), QString::number(version), QString::number(PostgresSchemaVersion)));
        return -1;
    }
    return version;
}

int PostgresDialect::schemaVersion(QSqlDatabase db) const
{
    QSqlError ignored;
    return readSchemaVersion(db, &ignored);
}

// -1 with *sqlError set when the query failed (the server gone, say), -1
// with no error when the row is missing or unreadable: only that means the
// database is not a store.
int PostgresDialect::readSchemaVersion(QSqlDatabase db, QSqlError *sqlError) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM store_meta WHERE name = 'schema_version'"))) {
        *sqlError = query.lastError();
        return -1;
    }
    if (!query.next())
        return -1;
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    return ok ? version : -1;
}

int PostgresDialect::latestSchemaVersion() const
{
    return PostgresSchemaVersion;
}

bool PostgresDialect::mayUpgrade(int version, OpenMode mode, StoreError *error) const
{
    if (mode == OpenMode::CreateOrUpgrade)
        return true;
    if (version == 0)
        return fail(error, StoreError::Kind::CannotOpen,
                    tr("%1 holds no Satisfecit store yet; an administrator creates it with: "
                       "satisfecit --db %2 server-init")
                        .arg(m_location.displayName(), m_location.toString()));
    return fail(error, StoreError::Kind::NewerSchema,
                tr("the store %1 has an older schema (%2; this version needs %3); an administrator "
                   "upgrades it with: satisfecit --db %4 server-init")
                    .arg(m_location.displayName(), QString::number(version),
                         QString::number(PostgresSchemaVersion), m_location.toString()));
}

// The server upgrades in one transaction (PostgreSQL's DDL is
// transactional): a failed upgrade leaves the tables as they were, and the
// copies are the IT department's (pg_dump, docs/shared-store.md).
QString PostgresDialect::backupBeforeUpgrade(QSqlDatabase, int, StoreError *)
{
    return {};
}

bool PostgresDialect::upgrade(QSqlDatabase db, int from, const UpgradeHooks &hooks, StoreError *error)
{
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        *error = mapError(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    const auto exec = [&](const QString &sql) {
        if (query.exec(sql))
            return true;
        *error = mapError(query.lastError());
        return false;
    };
    // Two server-init at once: the second waits, then finds the work done.
    if (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('satisfecit schema'))")))
        return false;
    if (!exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(QLatin1String(PostgresSchemaName))))
        return false;
    if (!exec(QStringLiteral("SELECT to_regclass('%1.store_meta') IS NOT NULL").arg(QLatin1String(PostgresSchemaName)))
        || !query.next())
        return false;
    QSqlError versionError;
    const int current = query.value(0).toBool() ? readSchemaVersion(db, &versionError) : 0;
    query.finish();
    if (current < 0 && versionError.isValid()) {
        *error = mapError(versionError);
        return false;
    }
    if (current < 0)
        return fail(error, StoreError::Kind::NotAStore,
                    tr("%1 is not a Satisfecit store: it has no schema version").arg(m_location.displayName()));
    Q_UNUSED(from);
    for (int version = current + 1; version <= PostgresSchemaVersion; ++version) {
        for (const QString &statement : postgresTablesStep(version))
            if (!exec(statement))
                return false;
        if (version == 1 && (!hooks.writeBuiltInCodebook() || !hooks.pseudonymiseStoredIds()))
            return false;
        QSqlQuery meta(db);
        meta.prepare(QStringLiteral("INSERT INTO store_meta (name, value) VALUES ('schema_version', ?) "
                                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
        meta.addBindValue(QString::number(version));
        if (!meta.exec()) {
            *error = mapError(meta.lastError());
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = mapError(transaction.error());
        return false;
    }
    return true;
}

StoreError PostgresDialect::mapError(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    const QString where = m_location.displayName();
    // The watchdog cut the connection: the server stopped answering.
    const bool cut = m_watchdog && m_watchdog->hasCut();
    const QString text = cut ? m_watchdog->reason() : serverText(error);
    if (connectionLost(error) || cut) {
        DriverNoise::connectionLost();
        return {StoreError::Kind::Unavailable,
                tr("the server of the store %1 cannot be reached (%2); nothing was changed. "
                   "Check the network, or ask your IT department whether the server is running")
                    .arg(where, text)};
    }
    if (state == QLatin1String("42501"))
        return {StoreError::Kind::Forbidden,
                tr("your user on %1 may not do this (%2)").arg(where, text)};
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return {StoreError::Kind::Locked, tr("the store %1 is busy with another user's change; try again").arg(where)};
    if (state == QLatin1String("25006"))
        return {StoreError::Kind::ReadOnly, tr("the store %1 is read-only: nothing can be written to it").arg(where)};
    if (state == QLatin1String("53100"))
        return {StoreError::Kind::Full, tr("the disk of the server holding %1 is full: nothing was written").arg(where)};
    if (state == QLatin1String("57014"))
        return {StoreError::Kind::Failed, tr("the server of the store %1 stopped the operation (%2); nothing was changed")
                                              .arg(where, text)};
    return {StoreError::Kind::Failed,
            tr("the store could not carry out this operation and nothing was changed (technical detail "
               "from PostgreSQL: %1)")
                .arg(state.isEmpty() ? text : state + QLatin1String(", ") + text)};
}

QString PostgresDialect::insertReturningId(const QString &insert) const
{
    return insert + QLatin1String(" RETURNING id");
}

qint64 PostgresDialect::insertedId(QSqlQuery &query) const
{
    return query.next() ? query.value(0).toLongLong() : 0;
}

// A deletion leaves the rows in the tables' pages as dead tuples, and plain
// VACUUM only marks their space reusable: the bytes stay in the files until
// overwritten. VACUUM FULL writes each table (and its TOAST table and
// indexes) anew without them and unlinks the old files, as close as the
// server comes to SQLite's secure_delete; what it cannot reach (the WAL,
// archives, replicas, backups, the file system's freed blocks) is the IT
// department's (docs/shared-store.md). Only the tables' owner, the
// database's owner or a superuser may: an administrator's session leaves it
// to the owner's maintenance, without the server's warnings on stderr. The
// tables are locked while rewritten; a reader holding them makes it wait up
// to lock_timeout, then the wipe is left to that maintenance too. A row a
// transaction begun before the deletion may still see survives the rewrite:
// it first waits a little for such transactions of the sessions it can see.
void PostgresDialect::wipeAfterDelete(QSqlDatabase db) const
{
    static const QString Tables = QStringLiteral(
        "{waves,respondents,answer_columns,segment_codes,segment_columns,wave_summaries,wave_weightings,"
        "wave_landlords,landlords,published_figures,wave_peer_summaries,wave_peer_positions,"
        "wave_landlord_segments}");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT string_agg(format('%I.%I', n.nspname, c.relname), ', ') FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'satisfecit' AND c.relkind = 'r' AND c.relname = ANY (?::text[]) "
        "AND (pg_has_role(c.relowner, 'USAGE') "
        "OR pg_has_role((SELECT datdba FROM pg_database WHERE datname = current_database()), 'USAGE'))"));
    query.addBindValue(Tables);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return;
    const QString tables = query.value(0).toString();
    query.finish();
    waitForOlderSnapshots(db, 3000);
    query.exec(QStringLiteral("SET lock_timeout = '10s'"));
    query.exec(QStringLiteral("VACUUM (FULL) ") + tables);
    query.exec(QStringLiteral("RESET lock_timeout"));
}

QStringList PostgresDialect::chunkLandlordStatements() const
{
    return {
        // The chunk's landlord blob holds one code, little-endian uint16.
        // Only the rows written without it (chunks that did not name their codes).
        QStringLiteral("UPDATE respondents r SET landlord_id = w.landlord_id FROM wave_landlords w "
                       "WHERE r.wave_id = ? AND r.landlord_id IS NULL AND w.wave_id = r.wave_id "
                       "AND COALESCE(w.blob_index, w.position) = get_byte(r.landlords, 0) + 256 * get_byte(r.landlords, 1)"),
        QStringLiteral("UPDATE answer_columns a SET landlord_id = r.landlord_id FROM respondents r "
                       "WHERE a.wave_id = ? AND a.landlord_id IS NULL AND r.wave_id = a.wave_id AND r.chunk = a.chunk"),
        QStringLiteral("UPDATE segment_codes s SET landlord_id = r.landlord_id FROM respondents r "
                       "WHERE s.wave_id = ? AND s.landlord_id IS NULL AND r.wave_id = s.wave_id AND r.chunk = s.chunk"),
    };
}

// A row per chunk holds the wave's answer columns as arrays (pgtables.cpp,
// step 3): unnested in the rows a file's store has, the element's index
// being the column's position.
QString PostgresDialect::selectAnswerColumns() const
{
    return QStringLiteral(
        "SELECT a.question, a.type, c.chunk, a.bits, a.answers, a.n - 1 AS position, a.checksum "
        "FROM answer_columns c, unnest(c.questions, c.types, c.bits, c.answers, c.checksums) WITH ORDINALITY "
        "AS a (question, type, bits, answers, checksum, n) WHERE c.wave_id = ? ORDER BY position, c.chunk");
}

QString PostgresDialect::selectQuestionAnswered() const
{
    return QStringLiteral("SELECT 1 FROM answer_columns WHERE ? = ANY (questions) LIMIT 1");
}
