#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <thread>

class QSqlDatabase;

/// Keeps a server store from waiting forever on a server that stopped
/// answering. A statement already sent to a server that hangs (its
/// processes frozen, its machine or the network silent) blocks libpq in a
/// wait that no time-out of libpq bounds over a Unix socket, and over TCP
/// only once the keepalives give up.
///
/// A thread of its own asks the server "SELECT 1" every ProbeIntervalMs (the
/// first time ProbeIntervalMs after the store opened) on
/// a connection of its own (ServerProbe: the store's settings and
/// credentials, as libpq says the store's connection uses them, the
/// password from memory only). When nothing comes back within
/// AnswerLimitMs (connecting or querying), the server is Silent and the
/// store's connection is cut (shutdown() of its socket, the only thing done
/// to it from this thread): the statement waiting on it fails at once, and
/// any later one too; the dialect then reports the server as unreachable
/// ("no answer within 3 s"). So a statement sent when the server goes silent
/// fails within ProbeIntervalMs + AnswerLimitMs. A long statement on a server
/// that answers the probe is never cut.
///
/// The watchdog goes on probing: state() says whether the server answers
/// again (the window reopens the store then, app/serverwatch.h).
/// stateChanged() is emitted from the watchdog's thread: connect to it with
/// Qt::QueuedConnection. SATISFECIT_TEST_NO_WATCHDOG (tests only) turns it off.
class StoreWatchdog : public QObject
{
    Q_OBJECT

public:
    static constexpr int ProbeIntervalMs = 500;
    static constexpr int AnswerLimitMs = 3000;
    /// After the server refused the probe's login (no connection left, the
    /// user's password changed…): not twice a second in its log.
    static constexpr int RefusedPauseMs = 30000;

    enum class State {
        Starting,     ///< no probe has ended yet (the store has just opened)
        Answering,
        Silent,       ///< no answer within AnswerLimitMs: the store's connection is cut
        Unreachable,  ///< the server refuses connections without a word (it is down)
    };
    Q_ENUM(State)

    /// Starts watching the server of db, an open QPSQL connection of the
    /// calling thread; null when db has no libpq connection or the
    /// watchdog is turned off.
    static std::unique_ptr<StoreWatchdog> start(const QSqlDatabase &db);
    /// Stops: the store's connection is never touched again once it returns.
    ~StoreWatchdog() override;

    State state() const;
    bool answers() const
    {
        const State now = state();
        return now == State::Starting || now == State::Answering;
    }
    /// Whether the store's connection was cut (it is then unusable).
    bool hasCut() const;
    /// Why the server does not answer, or why the store's connection was
    /// cut, in the user's words; empty when neither.
    QString reason() const;

    /// Whether the idle connection of db (of the calling thread) has
    /// nothing to read: nothing happened to it since its last statement
    /// (an end of the connection, an error sent by the server would be
    /// there). Never waits.
    static bool isQuiet(const QSqlDatabase &db);

signals:
    void stateChanged();

private:
    struct Shared;
    explicit StoreWatchdog(std::shared_ptr<Shared> shared);

    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
};
