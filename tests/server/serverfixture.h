#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// A database of its own on the throwaway test server (scripts/pg-test-server,
/// ctest fixture "postgresql", whose PG* variables the test gets), holding a
/// Satisfecit store's tables and security. Roles are the cluster's: every
/// user a test adds is named with prefix() and dropped with the database.
class ServerFixture
{
public:
    ServerFixture();
    ~ServerFixture();

    /// Creates the database, the tables (step 1) and runs the security step
    /// twice (it must be repeatable); only the database when tables is
    /// false (for server-init to make). False with a message otherwise.
    bool create(QString *error, bool tables = true);
    /// Drops the database and the roles named with prefix().
    void drop();

    QString databaseName() const { return m_database; }
    QString prefix() const { return m_prefix; }
    /// The superuser's connection to the test database (search_path set).
    QSqlDatabase superuser() const;
    /// A new connection as user (password given, no PGPASSFILE), named
    /// connectionName; check isOpen().
    static QSqlDatabase connect(const QString &connectionName, const QString &database, const QString &user,
                                const QString &password);
    QSqlDatabase connectAs(const QString &connectionName, const QString &user, const QString &password) const
    {
        return connect(connectionName, m_database, user, password);
    }
    /// The --db URI of the test database for user.
    QString uri(const QString &user) const;
    /// What a command line run as the tables' owner (PGUSER) starts with:
    /// --db and its URI, --lang en.
    QStringList ownerOptions() const;
    /// Runs statements as the superuser; false with the first error.
    bool exec(const QStringList &statements, QString *error) const;
    /// What turns the current schema's tables back into schema 2's (the
    /// answer columns a row per chunk and question, no landlords' segment
    /// dictionaries), for upgrade tests; the caller then sets schema_version.
    static QStringList tablesAsInSchema2();

private:
    QString m_database;
    QString m_prefix;
    QString m_connection;
};
