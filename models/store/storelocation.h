#pragma once

#include <QList>
#include <QPair>
#include <QString>

/// Where a store is: an SQLite file (the embedded default), or a database on
/// a PostgreSQL server, given as a URI
/// `postgresql://user@host:port/database?sslmode=require` or as libpq
/// keywords `host=… dbname=… user=…`.
///
/// Whatever the text leaves out comes from libpq's own defaults (PGHOST,
/// PGPORT, PGUSER, PGDATABASE, PGSSLMODE…); the password from the prompt,
/// or else from ~/.pgpass or PGPASSFILE. A password given in the text is
/// used for the connection but never part of toString(): nothing the app
/// saves or shows holds it.
class StoreLocation
{
public:
    enum class Kind { File, Server };

    StoreLocation() = default;
    static StoreLocation file(const QString &path);
    /// A URI or keywords are a server; any other text a file's path.
    /// A server text that cannot be read gives an invalid location and
    /// the reason in *error.
    static StoreLocation parse(const QString &text, QString *error = nullptr);
    /// Whether text names a server (a postgresql:// URI or libpq keywords).
    static bool looksLikeServer(const QString &text);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }
    bool isValid() const { return m_valid; }

    QString path() const { return m_path; }   ///< the file (File only)
    QString host() const { return m_host; }   ///< a host name, an address, or a socket folder
    int port() const { return m_port; }       ///< 0: libpq's default
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    /// The other libpq settings given (sslmode, sslrootcert, connect_timeout…).
    const QList<QPair<QString, QString>> &options() const { return m_options; }
    QString option(const QString &name) const;

    void setHost(const QString &host) { m_host = host; }
    void setPort(int port) { m_port = port; }
    void setDatabase(const QString &database) { m_database = database; }
    void setUser(const QString &user) { m_user = user; }
    void setPassword(const QString &password) { m_password = password; }
    void setOption(const QString &name, const QString &value);

    /// The path, or the server's URI without its password.
    QString toString() const;
    /// For messages: the path, or "database on host".
    QString displayName() const;

    bool operator==(const StoreLocation &other) const;

private:
    static StoreLocation parseUri(const QString &text, QString *error);
    static StoreLocation parseKeywords(const QString &text, QString *error);
    bool setParameter(const QString &name, const QString &value, QString *error);

    Kind m_kind = Kind::File;
    bool m_valid = true;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QString m_password;
    QList<QPair<QString, QString>> m_options;
};
