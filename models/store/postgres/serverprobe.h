#pragma once

#include <QByteArray>

#include <chrono>
#include <string>
#include <vector>

struct pg_conn;

/// A libpq connection of its own that asks a server "SELECT 1" and never
/// waits longer than it is told (StoreWatchdog's probe, on its thread; no
/// Qt SQL object). Connecting and querying are non-blocking, each wait a
/// poll() that also watches wakeFd: once wakeFd is readable every call
/// returns Stopped at once. Used by one thread only.
class ServerProbe
{
public:
    /// What one probe found.
    enum class Outcome {
        Answered,     ///< the server answered the query, or the probe connected
        Refused,      ///< the server answered, refusing the probe's login (too many clients…)
        Unreachable,  ///< refused at once without a word from the server (it is down)
        Silent,       ///< nothing within the limit: the server or the network hangs
        Stopped,      ///< wakeFd became readable
    };

    /// keywords/values: libpq's connection settings (PQconnectStartParams).
    ServerProbe(std::vector<std::string> keywords, std::vector<std::string> values, int wakeFd);
    ~ServerProbe();
    ServerProbe(const ServerProbe &) = delete;
    ServerProbe &operator=(const ServerProbe &) = delete;

    /// Connects when not connected, else sends SELECT 1; gives up after
    /// limit. A connection found broken is made again within the same limit.
    Outcome probe(std::chrono::milliseconds limit);
    /// libpq's message for the last Unreachable or Refused.
    QByteArray message() const { return m_message; }

private:
    using Clock = std::chrono::steady_clock;
    enum class Wait { Ready, Timeout, Stopped };
    enum class Query { Answered, Broken, Silent, Stopped };

    Outcome connect(Clock::time_point deadline);
    Query query(Clock::time_point deadline);
    Wait wait(int fd, short events, Clock::time_point deadline) const;
    void drop();

    std::vector<std::string> m_keywords;
    std::vector<std::string> m_values;
    int m_wakeFd;
    pg_conn *m_conn = nullptr;
    QByteArray m_message;
};
