#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlError>

#include <vector>

struct pg_conn;

/// A statement's parameter, sent in PostgreSQL's binary format: no text to
/// escape on the client nor to parse on the server (a blob of a megabyte
/// costs a copy, not a hex round trip).
struct PgParam
{
    unsigned int type = 0; ///< the type's oid
    QByteArray value;
    bool null = false;

    static PgParam int4(qint32 value);
    static PgParam int8(qint64 value);
    static PgParam nullInt8();
    static PgParam text(QByteArrayView utf8);
    static PgParam text(const QString &value) { return text(QByteArrayView(value.toUtf8())); }
    static PgParam bytea(const QByteArray &value);
};

/// A one-dimensional array parameter in binary format (int4[], int8[],
/// text[], bytea[]), elements added in order.
class PgArray
{
public:
    enum class Type { Int4, Int8, Text, Bytea };
    explicit PgArray(Type type);

    void add(QByteArrayView bytes);   ///< a text (UTF-8) or bytea element
    void addInt4(qint32 value);
    void addInt8(qint64 value);
    void addNull();
    int size() const { return m_count; }
    PgParam param() const;

private:
    Type m_type;
    int m_count = 0;
    bool m_hasNull = false;
    QByteArray m_elements;
};

/// Statements with binary parameters on the libpq connection QPSQL opened
/// (its transaction, its session), one at a time in flight: send() returns
/// once the statement is on its way, so that the client prepares the next
/// one while the server works; the next send(), wait() or the destructor
/// reads its result first. Nothing else may use the connection while a
/// statement is in flight (the owner calls wait() before any QSqlQuery).
class PgPipe
{
public:
    explicit PgPipe(QSqlDatabase db);
    ~PgPipe();
    PgPipe(const PgPipe &) = delete;
    PgPipe &operator=(const PgPipe &) = delete;

    bool isValid() const { return m_connection != nullptr; }
    /// Sends sql ($1, $2… for params) after reading the previous result;
    /// false with error() when that statement or this one failed.
    bool send(const QByteArray &sql, const std::vector<PgParam> &params);
    /// Reads the result of the statement in flight (true when none); rows,
    /// when given, receive its rows in text format.
    bool wait(std::vector<std::vector<QByteArray>> *rows = nullptr);
    bool exec(const QByteArray &sql, const std::vector<PgParam> &params,
              std::vector<std::vector<QByteArray>> *rows = nullptr)
    {
        return send(sql, params) && wait(rows);
    }
    bool inFlight() const { return m_inFlight; }
    /// What failed, as QPSQL would report it (SQLSTATE as native code; a
    /// lost connection as a connection error).
    QSqlError error() const { return m_error; }

private:
    bool fail(const char *message, const char *state);

    pg_conn *m_connection = nullptr;
    bool m_inFlight = false;
    QSqlError m_error;
};
