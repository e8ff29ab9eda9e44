#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlError;

/// Why a ServerAccess operation failed.
struct ServerAccessError
{
    enum class Kind {
        None,
        NotAServer, ///< the store is a SQLite file
        NotAllowed, ///< the connected user's role may not do it (cli.md exit 4)
        Invalid,    ///< a bad name, an unknown landlord, a user that exists already
        Failed,     ///< the server failed or went away (exit 3)
    };
    Kind kind = Kind::None;
    QString message;

    bool isNull() const { return kind == Kind::None; }
};

/// What the connected user is, as the server says (satisfecit.session_role()).
struct SessionRole
{
    enum class Kind { Admin, Landlord, None };
    Kind kind = Kind::None;
    QString landlordCode; ///< for a landlord's user
};

/// One user of a server store (server-user list).
struct ServerUser
{
    QString name;
    bool isAdmin = false;
    QString landlordCode; ///< empty for an administrator
    bool canLogin = false;
};

/// Roles and users of a store on PostgreSQL, on an open QPSQL connection
/// whose search_path holds the schema satisfecit: the security step of
/// server-init and server-user add|remove|list. Every rule is the server's
/// (security.sql); this class only asks.
class ServerAccess
{
public:
    explicit ServerAccess(QSqlDatabase db);

    /// Runs security.sql in one transaction (after the tables exist).
    bool applySecurity();
    /// Writes the peer summary of every wave that has none (waves imported
    /// before the security step ran); how many, or -1.
    int writeMissingPeerSummaries();
    /// The connected user's role; nullopt when the server cannot say.
    std::optional<SessionRole> sessionRole();

    /// Adds a login role: an administrator when landlordCode is empty, else
    /// a user of that landlord. The password travels as its SCRAM verifier;
    /// an empty password makes a role without one (certificate logins).
    bool addUser(const QString &name, const QString &landlordCode, const QString &password);
    bool removeUser(const QString &name);
    std::optional<QList<ServerUser>> users();

    const ServerAccessError &error() const { return m_error; }

    /// The kind of failure a server error stands for (SQLSTATE).
    static ServerAccessError::Kind kindOf(const QSqlError &error);

private:
    bool isServer();
    bool fail(const QSqlError &error);
    bool failUser(const QSqlError &error, const QString &name, const QString &landlordCode);
    bool fail(ServerAccessError::Kind kind, const QString &message);

    QSqlDatabase m_db;
    ServerAccessError m_error;
};
