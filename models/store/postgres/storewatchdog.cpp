// The watchdog of a server store: a thread that probes the server on a
// connection of its own and cuts the store's connection when the server
// stops answering, so that no statement waits for it forever.
#include "storewatchdog.h"

#include "serverprobe.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace {

// QPSQL hands its PGconn* over as libpq's own struct name.
PGconn *connectionOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

// What the watchdog and its thread share; the thread keeps it alive after
// a watchdog that gave up waiting for it (a host name that takes long to
// resolve). Everything but wakeFd under mutex.
struct StoreWatchdog::Shared
{
    std::mutex mutex;
    std::condition_variable finishedChanged;
    bool stopping = false;
    bool finished = false;
    /// A duplicate of the store's socket: shutdown() through it reaches the
    /// store's connection, and its number is never reused for anything
    /// else while it is open, even after libpq closed its own.
    int storeSocket = -1;
    int wakeFd = -1; ///< an eventfd, written once to stop the thread
    State state = State::Starting;
    bool cut = false;
    QByteArray message;
    std::function<void()> notify;

    ~Shared()
    {
        if (storeSocket >= 0)
            ::close(storeSocket);
        if (wakeFd >= 0)
            ::close(wakeFd);
    }

    void report(ServerProbe::Outcome outcome, const QByteArray &why)
    {
        std::lock_guard lock(mutex);
        if (stopping)
            return;
        State next = State::Answering;
        if (outcome == ServerProbe::Outcome::Silent) {
            next = State::Silent;
            if (storeSocket >= 0 && ::shutdown(storeSocket, SHUT_RDWR) == 0)
                cut = true;
        } else if (outcome == ServerProbe::Outcome::Unreachable) {
            next = State::Unreachable;
            message = why;
        }
        const bool changed = next != state;
        state = next;
        if (changed && notify)
            notify();
    }

    // True when stopped.
    bool pause(int ms) const
    {
        pollfd wake{wakeFd, POLLIN, 0};
        int ready;
        do
            ready = ::poll(&wake, 1, ms);
        while (ready < 0 && errno == EINTR);
        return ready > 0;
    }

    static void run(std::shared_ptr<Shared> shared, std::vector<std::string> keywords,
                    std::vector<std::string> values)
    {
        // The first probe a probe interval after the store opened (the
        // server answered it just now): a short command ends before, and
        // costs the server no second connection.
        if (!shared->pause(ProbeIntervalMs)) {
            ServerProbe probe(std::move(keywords), std::move(values), shared->wakeFd);
            for (;;) {
                const ServerProbe::Outcome outcome = probe.probe(std::chrono::milliseconds(AnswerLimitMs));
                if (outcome == ServerProbe::Outcome::Stopped)
                    break;
                shared->report(outcome, probe.message());
                if (shared->pause(outcome == ServerProbe::Outcome::Refused ? RefusedPauseMs : ProbeIntervalMs))
                    break;
            }
        }
        std::lock_guard lock(shared->mutex);
        shared->finished = true;
        shared->finishedChanged.notify_all();
    }
};

StoreWatchdog::StoreWatchdog(std::shared_ptr<Shared> shared)
    : m_shared(std::move(shared))
{
}

std::unique_ptr<StoreWatchdog> StoreWatchdog::start(const QSqlDatabase &db)
{
    if (qEnvironmentVariableIsSet("SATISFECIT_TEST_NO_WATCHDOG"))
        return nullptr;
    PGconn *conn = connectionOf(db);
    if (!conn || PQstatus(conn) != CONNECTION_OK || PQsocket(conn) < 0)
        return nullptr;
    // The settings the store's connection was made with, as libpq has them
    // (its password too when one was given; else libpq reads the password
    // file again), to the very server it reached (of a list of hosts; by
    // its address, so that the thread never waits for a name server), under
    // a name of its own in pg_stat_activity.
    std::vector<std::string> keywords;
    std::vector<std::string> values;
    const auto set = [&](const char *keyword, const char *value) {
        if (value && *value) {
            keywords.emplace_back(keyword);
            values.emplace_back(value);
        }
    };
    const char *host = PQhost(conn);
    const char *port = PQport(conn);
    const char *address = PQhostaddr(conn);
    if (PQconninfoOption *options = PQconninfo(conn)) {
        for (PQconninfoOption *option = options; option->keyword; ++option) {
            const QByteArray keyword(option->keyword);
            if (keyword == "application_name" || (host && *host && keyword == "host")
                || (port && *port && keyword == "port") || (address && *address && keyword == "hostaddr"))
                continue;
            set(option->keyword, option->val);
        }
        PQconninfoFree(options);
    }
    set("host", host);
    set("port", port);
    set("hostaddr", address);
    set("application_name", "satisfecit-watchdog");

    auto shared = std::make_shared<Shared>();
    shared->storeSocket = ::fcntl(PQsocket(conn), F_DUPFD_CLOEXEC, 3);
    shared->wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (shared->storeSocket < 0 || shared->wakeFd < 0)
        return nullptr;
    std::unique_ptr<StoreWatchdog> watchdog(new StoreWatchdog(shared));
    StoreWatchdog *self = watchdog.get();
    shared->notify = [self] { emit self->stateChanged(); };
    watchdog->m_thread = std::thread(&Shared::run, shared, std::move(keywords), std::move(values));
    return watchdog;
}

StoreWatchdog::~StoreWatchdog()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stopping = true;
        m_shared->notify = nullptr;
        if (m_shared->storeSocket >= 0)
            ::close(m_shared->storeSocket);
        m_shared->storeSocket = -1;
    }
    eventfd_write(m_shared->wakeFd, 1);
    bool finished = false;
    {
        std::unique_lock lock(m_shared->mutex);
        finished = m_shared->finishedChanged.wait_for(lock, std::chrono::seconds(2),
                                                      [this] { return m_shared->finished; });
    }
    if (finished)
        m_thread.join();
    else
        m_thread.detach(); // it ends on its own, touching only what it shares
}

StoreWatchdog::State StoreWatchdog::state() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->state;
}

bool StoreWatchdog::hasCut() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->cut;
}

QString StoreWatchdog::reason() const
{
    State state;
    bool cut;
    QByteArray message;
    {
        std::lock_guard lock(m_shared->mutex);
        state = m_shared->state;
        cut = m_shared->cut;
        message = m_shared->message;
    }
    if (state == State::Unreachable)
        return QString::fromUtf8(message).simplified();
    if (state == State::Silent || cut)
        return QCoreApplication::translate("StoreWatchdog", "no answer within %1 s").arg(AnswerLimitMs / 1000);
    return QString();
}

bool StoreWatchdog::isQuiet(const QSqlDatabase &db)
{
    PGconn *conn = connectionOf(db);
    if (!conn || PQstatus(conn) != CONNECTION_OK || PQsocket(conn) < 0)
        return false;
    pollfd fd{PQsocket(conn), POLLIN | POLLRDHUP, 0};
    int ready;
    do
        ready = ::poll(&fd, 1, 0);
    while (ready < 0 && errno == EINTR);
    return ready == 0;
}
