#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

/// Rolls the transaction back unless commit() succeeded, so that an early
/// return or an exception can never leave a transaction open.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db)
        : m_db(db)
        , m_active(m_db.transaction())
    {
        if (m_active)
            guards().insert(m_db.connectionName(), this);
    }
    ~TransactionGuard()
    {
        if (m_active)
            rollback();
    }
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    /// COMMIT through a query rather than QSqlDatabase::commit(), whose error
    /// lacks SQLite's result code: a full disk often shows only here.
    bool commit()
    {
        if (!m_active)
            return false;
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            m_error = query.lastError();
            return false;
        }
        m_active = false;
        guards().remove(m_db.connectionName());
        return true;
    }
    /// Why commit() failed.
    QSqlError error() const { return m_error; }

    /// Rolls back now the transaction a guard holds open on db, if any. On
    /// PostgreSQL a failed statement has aborted it already: nothing but a
    /// rollback may follow, and the failed statements' queries, destroyed
    /// afterwards, can then free their prepared statements (inside the
    /// aborted transaction the driver's DEALLOCATE fails, and Qt prints
    /// "Unable to free statement" on stderr and leaves them on the server).
    static void rollbackOpen(const QSqlDatabase &db)
    {
        if (TransactionGuard *guard = guards().value(db.connectionName()))
            guard->rollback();
    }

private:
    void rollback()
    {
        m_active = false;
        guards().remove(m_db.connectionName());
        // A connection the driver closed (a server gone away) has nothing to
        // roll back, and QPSQL would warn on stderr.
        if (m_db.isOpen())
            m_db.rollback();
    }
    // The guard holding each connection's transaction open, per thread (a
    // connection is used by one thread).
    static QHash<QString, TransactionGuard *> &guards()
    {
        thread_local QHash<QString, TransactionGuard *> open;
        return open;
    }

    QSqlDatabase m_db;
    bool m_active;
    QSqlError m_error;
};
