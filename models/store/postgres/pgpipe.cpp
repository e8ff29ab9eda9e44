#include "pgpipe.h"

#include <QSqlDriver>
#include <QVariant>
#include <QtEndian>

#include <libpq-fe.h>

#include <cstring>

#include <memory>

namespace {

// The types' oids (pg_type.dat): fixed since PostgreSQL's first releases.
constexpr unsigned int ByteaOid = 17, Int8Oid = 20, Int4Oid = 23, TextOid = 25;
constexpr unsigned int ByteaArrayOid = 1001, TextArrayOid = 1009, Int4ArrayOid = 1007, Int8ArrayOid = 1016;

void appendInt32(QByteArray &out, qint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

// The array's header is written in front of its elements at the end: the
// elements' bytes are reserved 20 bytes after the start.
constexpr int HeaderBytes = 20;

struct ResultFree
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultFree>;

} // namespace

PgParam PgParam::int4(qint32 value)
{
    PgParam param{Int4Oid, QByteArray(4, Qt::Uninitialized), false};
    qToBigEndian(value, param.value.data());
    return param;
}

PgParam PgParam::int8(qint64 value)
{
    PgParam param{Int8Oid, QByteArray(8, Qt::Uninitialized), false};
    qToBigEndian(value, param.value.data());
    return param;
}

PgParam PgParam::nullInt8()
{
    return {Int8Oid, QByteArray(), true};
}

PgParam PgParam::text(QByteArrayView utf8)
{
    return {TextOid, utf8.toByteArray(), false};
}

PgParam PgParam::bytea(const QByteArray &value)
{
    return {ByteaOid, value, false};
}

PgArray::PgArray(Type type)
    : m_type(type)
    , m_elements(HeaderBytes, '\0')
{
}

void PgArray::add(QByteArrayView bytes)
{
    appendInt32(m_elements, qint32(bytes.size()));
    m_elements.append(bytes.data(), bytes.size());
    ++m_count;
}

void PgArray::addInt4(qint32 value)
{
    appendInt32(m_elements, 4);
    appendInt32(m_elements, value);
    ++m_count;
}

void PgArray::addInt8(qint64 value)
{
    appendInt32(m_elements, 8);
    char bytes[8];
    qToBigEndian(value, bytes);
    m_elements.append(bytes, 8);
    ++m_count;
}

void PgArray::addNull()
{
    appendInt32(m_elements, -1);
    m_hasNull = true;
    ++m_count;
}

// ndim, has-null flag, element oid, then the one dimension's length and
// lower bound (1); an empty array has no dimension.
PgParam PgArray::param() const
{
    unsigned int element = 0, array = 0;
    switch (m_type) {
    case Type::Int4: element = Int4Oid; array = Int4ArrayOid; break;
    case Type::Int8: element = Int8Oid; array = Int8ArrayOid; break;
    case Type::Text: element = TextOid; array = TextArrayOid; break;
    case Type::Bytea: element = ByteaOid; array = ByteaArrayOid; break;
    }
    QByteArray header;
    appendInt32(header, m_count > 0 ? 1 : 0);
    appendInt32(header, m_hasNull ? 1 : 0);
    appendInt32(header, qint32(element));
    if (m_count == 0)
        return {array, header, false};
    appendInt32(header, m_count);
    appendInt32(header, 1);
    QByteArray value = m_elements;
    std::memcpy(value.data(), header.constData(), HeaderBytes);
    return {array, value, false};
}

PgPipe::PgPipe(QSqlDatabase db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL hands its PGconn* over as libpq's own struct name.
    if (handle.isValid()
        && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        m_connection = *static_cast<PGconn *const *>(handle.constData());
    else
        fail("no libpq connection", nullptr);
}

PgPipe::~PgPipe()
{
    // The statement's result, read and dropped: the connection is QPSQL's
    // again (a rollback may follow).
    wait();
}

bool PgPipe::fail(const char *message, const char *state)
{
    const QString text = QString::fromUtf8(message).simplified();
    if (m_connection && PQstatus(m_connection) != CONNECTION_OK)
        m_error = QSqlError(QString(), text, QSqlError::ConnectionError, QString());
    else
        m_error = QSqlError(QString(), text, QSqlError::StatementError, state ? QString::fromLatin1(state) : QString());
    return false;
}

bool PgPipe::send(const QByteArray &sql, const std::vector<PgParam> &params)
{
    if (!m_connection)
        return fail("no libpq connection", nullptr);
    if (!wait())
        return false;
    // What a QSqlQuery left unread (a forward-only query's end, in libpq's
    // single-row mode) is dropped, as PQexec() itself does.
    if (PQtransactionStatus(m_connection) == PQTRANS_ACTIVE)
        while (Result result{PQgetResult(m_connection)})
            ;
    std::vector<Oid> types;
    std::vector<const char *> values;
    std::vector<int> lengths, formats;
    for (const PgParam &param : params) {
        types.push_back(param.type);
        values.push_back(param.null ? nullptr : param.value.constData());
        lengths.push_back(int(param.value.size()));
        formats.push_back(1);
    }
    if (PQsendQueryParams(m_connection, sql.constData(), int(params.size()), types.data(), values.data(),
                          lengths.data(), formats.data(), 0)
        != 1)
        return fail(PQerrorMessage(m_connection), nullptr);
    m_inFlight = true;
    return true;
}

bool PgPipe::wait(std::vector<std::vector<QByteArray>> *rows)
{
    if (!m_inFlight)
        return true;
    m_inFlight = false;
    bool ok = true;
    // Every result up to the last (null): the connection is then free.
    while (Result result{PQgetResult(m_connection)}) {
        const ExecStatusType status = PQresultStatus(result.get());
        if (status == PGRES_TUPLES_OK && rows && ok) {
            for (int r = 0; r < PQntuples(result.get()); ++r) {
                std::vector<QByteArray> row;
                for (int c = 0; c < PQnfields(result.get()); ++c)
                    row.push_back(QByteArray(PQgetvalue(result.get(), r, c), PQgetlength(result.get(), r, c)));
                rows->push_back(std::move(row));
            }
        } else if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && ok) {
            ok = fail(PQresultErrorMessage(result.get()), PQresultErrorField(result.get(), PG_DIAG_SQLSTATE));
        }
    }
    if (ok && PQstatus(m_connection) != CONNECTION_OK)
        return fail(PQerrorMessage(m_connection), nullptr);
    return ok;
}
