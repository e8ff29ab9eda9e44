#pragma once

#include "storelocation.h"

#include <QFrame>
#include <QTimer>

#include <memory>

class QLabel;
class Store;

/// The main window's watch over a server store, and the banner that tells
/// about it. While the window's store is on a server (never for a file), a
/// trivial query runs every PingMs; when it fails, the banner says the
/// server no longer answers and that the figures shown are those from
/// before, storeLost() is emitted, and the same location (its password kept
/// in memory only) is opened again every RetryMs until it opens: then
/// storeReopened() is emitted and the window takes the new store
/// (takeReopened()) and watches it again, and the banner says the server is
/// back, then hides. The banner never blocks the window.
///
/// Nothing here waits for a server that stopped answering: the store's
/// watchdog (storewatchdog.h) probes the server on its own thread and tells
/// the window (queued signal); the check asks the store's connection only
/// when something came on it, and the store is opened again only once the
/// watchdog hears the server (connecting to a frozen server would hold the
/// window for the whole connect_timeout). Without a watchdog (turned off
/// for tests), the check is a query and the retry a connection attempt.
class ServerWatch : public QFrame
{
    Q_OBJECT

public:
    static constexpr int PingMs = 2000;
    static constexpr int RetryMs = 3000;
    static constexpr int BackShownMs = 4000;

    explicit ServerWatch(QWidget *parent = nullptr);
    ~ServerWatch() override;

    /// Watches store when it is on a server; stops watching otherwise.
    /// Called with the new store once reopened: the banner says it is back.
    void watch(Store *store);
    /// True from a failed check until the store is reopened.
    bool isLost() const { return m_state == State::Lost; }
    /// The store opened again after storeReopened(); null before.
    std::unique_ptr<Store> takeReopened();
    /// The banner's text as shown (for tests).
    QString text() const;

signals:
    void storeLost();
    void storeReopened();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Idle, Watching, Lost, Back };
    void check();
    void retry();
    void watchdogChanged();
    void setState(State state);
    void updateText();

    Store *m_store = nullptr;
    StoreLocation m_location;
    QString m_detail; ///< why the last check or retry failed
    State m_state = State::Idle;
    QTimer m_ping;
    QTimer m_retry;
    QTimer m_hide;
    QLabel *m_label;
    std::unique_ptr<Store> m_reopened;
    QMetaObject::Connection m_watchdogConnection;
};
