// A server asked "SELECT 1" with a deadline, on a libpq connection of its
// own: StoreWatchdog's way of knowing whether the server still answers.
#include "serverprobe.h"

#include <libpq-fe.h>

#include <poll.h>

#include <algorithm>
#include <cerrno>

ServerProbe::ServerProbe(std::vector<std::string> keywords, std::vector<std::string> values, int wakeFd)
    : m_keywords(std::move(keywords))
    , m_values(std::move(values))
    , m_wakeFd(wakeFd)
{
}

ServerProbe::~ServerProbe()
{
    drop();
    // The password, if one was given, leaves memory with the probe.
    for (std::string &value : m_values)
        std::fill(value.begin(), value.end(), '\0');
}

// Never blocks: the connection is non-blocking once made, so the goodbye
// PQfinish() sends is given up when the server does not take it.
void ServerProbe::drop()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

ServerProbe::Wait ServerProbe::wait(int fd, short events, Clock::time_point deadline) const
{
    for (;;) {
        pollfd fds[2] = {{m_wakeFd, POLLIN, 0}, {fd, events, 0}};
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
        const int ready = poll(fds, 2, int(std::max<long long>(left, 0)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return Wait::Timeout;
        if (fds[0].revents)
            return Wait::Stopped;
        if (ready > 0)
            return Wait::Ready;
        if (Clock::now() >= deadline)
            return Wait::Timeout;
    }
}

ServerProbe::Outcome ServerProbe::probe(std::chrono::milliseconds limit)
{
    const Clock::time_point deadline = Clock::now() + limit;
    if (m_conn) {
        switch (query(deadline)) {
        case Query::Answered:
            return Outcome::Answered;
        case Query::Silent:
            return Outcome::Silent;
        case Query::Stopped:
            return Outcome::Stopped;
        case Query::Broken:
            break; // a new connection tells whether the server is there
        }
    }
    return connect(deadline);
}

// libpq's non-blocking connection (PQconnectStartParams/PQconnectPoll).
// Anything read from the server before a failure (its refusal of the
// login, "too many clients", "shutting down") means it answers; a failure
// before that (no socket, connection refused) that it is down.
ServerProbe::Outcome ServerProbe::connect(Clock::time_point deadline)
{
    drop();
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    for (size_t i = 0; i < m_keywords.size(); ++i) {
        keywords.push_back(m_keywords[i].c_str());
        values.push_back(m_values[i].c_str());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectStartParams(keywords.data(), values.data(), 0);
    bool heard = false;
    PostgresPollingStatusType status = PGRES_POLLING_WRITING;
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD)
        status = PGRES_POLLING_FAILED;
    for (;;) {
        if (status == PGRES_POLLING_OK) {
            PQsetnonblocking(m_conn, 1);
            return Outcome::Answered;
        }
        if (status == PGRES_POLLING_FAILED) {
            m_message = m_conn ? QByteArray(PQerrorMessage(m_conn)) : QByteArray("out of memory");
            drop();
            return heard ? Outcome::Refused : Outcome::Unreachable;
        }
        const bool reading = status == PGRES_POLLING_READING;
        switch (wait(PQsocket(m_conn), reading ? POLLIN : POLLOUT, deadline)) {
        case Wait::Stopped:
            drop();
            return Outcome::Stopped;
        case Wait::Timeout:
            drop();
            return Outcome::Silent;
        case Wait::Ready:
            break;
        }
        heard = heard || reading;
        status = PQconnectPoll(m_conn);
    }
}

ServerProbe::Query ServerProbe::query(Clock::time_point deadline)
{
    if (!PQsendQuery(m_conn, "SELECT 1"))
        return Query::Broken;
    for (;;) {
        const int flushed = PQflush(m_conn);
        if (flushed < 0)
            return Query::Broken;
        if (flushed == 0)
            break;
        const Wait waited = wait(PQsocket(m_conn), POLLOUT, deadline);
        if (waited != Wait::Ready)
            return waited == Wait::Stopped ? Query::Stopped : Query::Silent;
    }
    bool answered = false;
    for (;;) {
        if (!PQconsumeInput(m_conn)) {
            if (!answered)
                return Query::Broken;
            drop();
            return Query::Answered;
        }
        while (!PQisBusy(m_conn)) {
            PGresult *result = PQgetResult(m_conn);
            if (!result) {
                // An error the server sent (its session ended by an
                // administrator, say) is an answer too; the next probe
                // connects again.
                if (PQstatus(m_conn) != CONNECTION_OK)
                    drop();
                return Query::Answered;
            }
            answered = true;
            PQclear(result);
        }
        const Wait waited = wait(PQsocket(m_conn), POLLIN, deadline);
        if (waited != Wait::Ready)
            return waited == Wait::Stopped ? Query::Stopped : Query::Silent;
    }
}
