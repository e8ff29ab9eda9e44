#pragma once

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
    }
    ~TransactionGuard()
    {
        if (m_active)
            m_db.rollback();
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
        return true;
    }
    /// Why commit() failed.
    QSqlError error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active;
    QSqlError m_error;
};
