#include "store.h"

#include "migrations.h"
#include "pseudonymiser.h"
#include "storechecksum.h"
#include "storewatchdog.h"
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
    // A connection the driver has closed (a server gone away) fails before
    // reaching it, without an error of its own.
    if (error.type() == QSqlError::NoError && !m_db.isOpen())
        return failSql(QSqlError(QString(), tr("the connection is closed"), QSqlError::ConnectionError));
    m_error = m_dialect ? m_dialect->mapError(error) : StoreError{StoreError::Kind::Failed, error.text()};
    if (m_dialect && m_dialect->failedStatementAbortsTransaction())
        TransactionGuard::rollbackOpen(m_db);
    return false;
}

bool Store::failCommit(const QSqlError &error, const QString &otherwise) const
{
    failSql(error);
    if (m_error.kind == StoreError::Kind::Unavailable)
        m_error.message = tr("the server of the store %1 stopped answering while the change was being saved: it may "
                             "have been saved or not. When the server is back, open the store again and check "
                             "(the waves command lists the imported waves)")
                              .arg(displayName());
    else if (!otherwise.isEmpty())
        m_error.message = otherwise;
    return false;
}

QString Store::displayName() const
{
    return m_location.isServer() ? m_location.displayName() : QFileInfo(m_location.path()).fileName();
}

bool Store::exec(const QString &sql) const
{
    QSqlQuery query(m_db);
    return query.exec(sql) || failQuery(query);
}

bool Store::checkConnection() const
{
    // A connection the watchdog cut is closed for the driver too: the
    // watchdog says why.
    const StoreWatchdog *watchdog = this->watchdog();
    if (watchdog && (!watchdog->answers() || watchdog->hasCut()))
        return failSql(QSqlError(QString(), watchdog->reason(), QSqlError::ConnectionError));
    if (!m_db.isOpen())
        return fail(StoreError::Kind::Unavailable, tr("the store %1 is not open").arg(displayName()));
    if (watchdog && StoreWatchdog::isQuiet(m_db))
        return true;
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT 1")) || failQuery(query);
}

int Store::schemaVersion() const
{
    return m_dialect && m_db.isOpen() ? m_dialect->schemaVersion(m_db) : -1;
}

bool Store::open(const QString &location, OpenMode mode)
{
    QString why;
    const StoreLocation parsed = StoreLocation::parse(location, &why);
    if (!parsed.isValid()) {
        close();
        m_location = parsed;
        return fail(StoreError::Kind::CannotOpen, tr("the server store %1 cannot be read: %2").arg(location, why));
    }
    return open(parsed, mode);
}

bool Store::open(const StoreLocation &location, OpenMode mode)
{
    close();
    m_error = {};
    m_damage = {};
    m_backupPath.clear();
    m_location = location;
    m_dialect = StoreDialect::create(location);
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    const auto refuse = [this] {
        const StoreError error = m_error;
        close();
        m_error = error;
        return false;
    };
    if (!m_db.isValid())
        return fail(StoreError::Kind::CannotOpen,
                    tr("cannot open the store %1: Qt's %2 driver is not installed")
                        .arg(m_location.displayName(), m_dialect->driverName()))
            || refuse();
    const int version = m_dialect->open(m_db, location, mode, &m_error);
    if (version < 0)
        return refuse();
    if (version < m_dialect->latestSchemaVersion()) {
        if (m_dialect->isReadOnly() || !m_dialect->mayUpgrade(version, mode, &m_error) || !migrate(version))
            return refuse();
    }
    // A landlord's user neither reads the key of respondent ids nor needs
    // it: only imports pseudonymise ids.
    if (!learnSession() || (m_session.kind != SessionRole::Kind::Landlord && !loadPseudonymKey()))
        return refuse();
    return true;
}

void Store::close()
{
    m_pseudonymiser.reset();
    m_session = {};
    m_secured = false;
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_dialect.reset();
}

bool Store::migrate(int from)
{
    if (from > 0) {
        m_backupPath = m_dialect->backupBeforeUpgrade(m_db, from, &m_error);
        if (!m_error.isNull())
            return false;
    }
    StoreDialect::UpgradeHooks hooks;
    hooks.writeBuiltInCodebook = [this] { return writeQuestions(Codebook::builtIn()); };
    hooks.pseudonymiseStoredIds = [this] { return pseudonymiseStoredIds(); };
    if (!m_dialect->upgrade(m_db, from, hooks, &m_error))
        return false;
    // The copy of a store older than pseudonymised ids holds them in clear:
    // once the upgrade succeeded, it is overwritten and removed, and the old
    // ids leave the WAL (secure_delete zeroed them in the pages rewritten).
    if (from > 0 && from < PseudonymisedIdsVersion && !m_backupPath.isEmpty()) {
        wipeFreedPages();
        removeCopy(m_backupPath);
        m_backupPath.clear();
    }
    return true;
}
