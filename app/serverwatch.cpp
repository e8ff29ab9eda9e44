// The main window's watch over a server store: a lost server noticed
// within a few seconds, told in a banner, and the store opened again.
#include "serverwatch.h"

#include "store.h"
#include "storewatchdog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

ServerWatch::ServerWatch(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("serverWatchBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("serverWatchText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    m_ping.setInterval(PingMs);
    m_retry.setInterval(RetryMs);
    m_hide.setSingleShot(true);
    m_hide.setInterval(BackShownMs);
    connect(&m_ping, &QTimer::timeout, this, &ServerWatch::check);
    connect(&m_retry, &QTimer::timeout, this, &ServerWatch::retry);
    connect(&m_hide, &QTimer::timeout, this, [this] { setState(State::Watching); });
    hide();
}

ServerWatch::~ServerWatch() = default;

void ServerWatch::watch(Store *store)
{
    // Back only when the same server came back, not when another store
    // was opened meanwhile.
    const bool wasLost = m_state == State::Lost && store && store->location().toString() == m_location.toString();
    m_retry.stop();
    m_hide.stop();
    m_reopened.reset();
    m_detail.clear();
    if (!store || !store->isServer()) {
        disconnect(m_watchdogConnection);
        m_store = nullptr;
        m_ping.stop();
        setState(State::Idle);
        return;
    }
    m_store = store;
    m_location = store->location();
    disconnect(m_watchdogConnection);
    if (const StoreWatchdog *watchdog = store->watchdog())
        m_watchdogConnection = connect(watchdog, &StoreWatchdog::stateChanged, this, &ServerWatch::watchdogChanged,
                                       Qt::QueuedConnection);
    m_ping.start();
    if (wasLost) {
        setState(State::Back);
        m_hide.start();
    } else {
        setState(State::Watching);
    }
}

std::unique_ptr<Store> ServerWatch::takeReopened()
{
    return std::move(m_reopened);
}

void ServerWatch::check()
{
    if (!m_store || m_store->checkConnection())
        return;
    m_detail = m_store->error().message;
    m_ping.stop();
    m_hide.stop();
    setState(State::Lost);
    m_retry.start();
    emit storeLost();
}

// The watchdog (on its thread) heard the server stop or start answering.
void ServerWatch::watchdogChanged()
{
    if (!m_store)
        return;
    if (m_state == State::Lost)
        retry();
    else
        check();
}

void ServerWatch::retry()
{
    // Only once the lost store's watchdog hears the server again: a server
    // that is down refuses at once, but one that does not answer would be
    // given up only after the dialect's connect_timeout, the window held.
    const StoreWatchdog *watchdog = m_store ? m_store->watchdog() : nullptr;
    if (watchdog && !watchdog->answers()) {
        m_detail = watchdog->reason();
        updateText();
        return;
    }
    auto store = std::make_unique<Store>();
    if (!store->open(m_location, Store::OpenMode::ExistingOnly)) {
        m_detail = store->error().message;
        updateText();
        return;
    }
    m_retry.stop();
    m_reopened = std::move(store);
    emit storeReopened();
}

void ServerWatch::setState(State state)
{
    m_state = state;
    updateText();
    setVisible(state == State::Lost || state == State::Back);
}

QString ServerWatch::text() const
{
    return isVisible() || m_state == State::Lost || m_state == State::Back ? m_label->text() : QString();
}

void ServerWatch::updateText()
{
    const QString server = m_location.displayName();
    QPalette colours = palette();
    if (m_state == State::Lost) {
        m_label->setText(tr("<b>The server no longer answers</b> (%1). The figures shown are those from before "
                            "the interruption; what needs the store is unavailable. Retrying every few seconds…")
                             .arg(server.toHtmlEscaped()));
        m_label->setToolTip(m_detail);
        colours.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    } else if (m_state == State::Back) {
        m_label->setText(tr("<b>The server answers again</b> (%1). The figures are up to date.")
                             .arg(server.toHtmlEscaped()));
        m_label->setToolTip(QString());
        colours.setColor(QPalette::Window, QColor(0xd9, 0xf2, 0xdc));
    } else {
        m_label->clear();
        m_label->setToolTip(QString());
    }
    colours.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(colours);
}

void ServerWatch::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QFrame::changeEvent(event);
}
