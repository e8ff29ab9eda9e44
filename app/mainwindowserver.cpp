// The main window's store: opening one, a file or on a server.
#include "mainwindow.h"

#include "appsettings.h"

#include "filterbar.h"
#include "exportactions.h"
#include "mylandlord.h"
#include "pages/datapage.h"
#include "recentstoresmenu.h"
#include "server/connectdialog.h"
#include "welcomepage.h"
#include "serverwatch.h"
#include "statusnote.h"
#include "store.h"

#include <QAction>
#include <QBoxLayout>
#include <QDir>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

// A server store that cannot be opened for want of a password (or with a
// wrong one, or a host that does not answer) asks again, the error shown
// above the fields, until it opens or the user cancels.
bool MainWindow::openLocation(const StoreLocation &location)
{
    auto store = std::make_unique<Store>();
    if (!store->open(location)) {
        if (location.isServer() && store->error().kind == StoreError::Kind::CannotOpen) {
            ConnectDialog dialog(this);
            dialog.setLocation(location, store->error().message);
            if (dialog.exec() != QDialog::Accepted)
                return false;
            return openLocation(dialog.location());
        }
        QMessageBox::critical(this, tr("Cannot open the store"), store->error().message);
        return false;
    }
    adoptStore(std::move(store), location);
    StatusNote::show(this, [name = location.displayName()] { return tr("Store %1 opened").arg(name); }, 5000);
    return true;
}

// Everything reading the old store moves to the new one before it closes.
void MainWindow::adoptStore(std::unique_ptr<Store> store, const StoreLocation &location)
{
    // What waited for a lost server comes back first, so that the store's
    // own rules (a landlord's user) apply after.
    for (QWidget *widget : std::as_const(m_widgetsDisabledWhileLost))
        widget->setEnabled(true);
    for (QAction *action : std::as_const(m_actionsDisabledWhileLost))
        action->setEnabled(true);
    m_widgetsDisabledWhileLost.clear();
    m_actionsDisabledWhileLost.clear();
    m_engine.setStore(store.get());
    m_filterBar->setStore(store.get());
    m_dataPage->setStore(store.get());
    m_store = std::move(store);
    // Never the password: toString() leaves it out.
    const QString remembered = location.toString();
    QSettings &settings = appSettings();
    settings.setValue(QStringLiteral("lastStore"), remembered);
    m_recentMenu->add(remembered);
    if (location.isServer())
        rememberServer(location);
    reloadStore();
    m_myLandlord->apply();
    retranslate();
    watchStore();
}

// A server store is checked every few seconds (never a file); the banner
// lives above the filter bar, created with the first server store.
void MainWindow::watchStore()
{
    if (!m_serverWatch) {
        if (!m_store || !m_store->isServer())
            return;
        m_serverWatch = new ServerWatch(centralWidget());
        if (auto *layout = qobject_cast<QBoxLayout *>(centralWidget()->layout()))
            layout->insertWidget(0, m_serverWatch);
        connect(m_serverWatch, &ServerWatch::storeLost, this, &MainWindow::serverLost);
        connect(m_serverWatch, &ServerWatch::storeReopened, this, &MainWindow::serverReopened);
    }
    m_serverWatch->watch(m_store.get());
}

// The pages keep showing the figures of before; what would read or write
// the store waits for the server (the sidebar too: another page would
// compute figures, as would another language).
void MainWindow::serverLost()
{
    m_widgetsDisabledWhileLost.clear();
    m_actionsDisabledWhileLost.clear();
    for (QWidget *widget : {static_cast<QWidget *>(m_filterBar), static_cast<QWidget *>(m_sidebar),
                            static_cast<QWidget *>(m_dataPage), static_cast<QWidget *>(m_welcome)}) {
        if (widget->isEnabled()) {
            widget->setEnabled(false);
            m_widgetsDisabledWhileLost.append(widget);
        }
    }
    QList<QAction *> actions{m_importAction, m_importCodebookAction, m_importPublishedAction,
                             m_exportActions->exportChartAction(), m_exportActions->copyChartAction(),
                             m_exportActions->exportTableAction(), m_exportActions->boardPackAction(),
                             m_exportActions->eachLandlordAction(),
                             // another language recomputes every figure's labels
                             m_frenchAction, m_englishAction};
    for (QAction *action : m_pageActions)
        actions.append(action);
    for (QAction *action : actions) {
        if (action->isEnabled()) {
            action->setEnabled(false);
            m_actionsDisabledWhileLost.append(action);
        }
    }
    StatusNote::show(this, [name = m_store->displayName()] { return tr("The server no longer answers (%1)").arg(name); });
}

// As openLocation() does with a store it opened.
void MainWindow::serverReopened()
{
    std::unique_ptr<Store> store = m_serverWatch->takeReopened();
    if (!store)
        return;
    const StoreLocation location = store->location();
    adoptStore(std::move(store), location);
    StatusNote::show(this, [name = location.displayName()] { return tr("The server answers again (%1)").arg(name); },
                     5000);
}

void MainWindow::rememberServer(const StoreLocation &location)
{
    QSettings &settings = appSettings();
    settings.beginGroup(QStringLiteral("server"));
    settings.setValue(QStringLiteral("host"), location.host());
    settings.setValue(QStringLiteral("port"), location.port());
    settings.setValue(QStringLiteral("database"), location.database());
    settings.setValue(QStringLiteral("user"), location.user());
    settings.setValue(QStringLiteral("sslmode"), location.option(QStringLiteral("sslmode")));
    settings.endGroup();
}

void MainWindow::connectToServer()
{
    StoreLocation last = StoreLocation::parse(QStringLiteral("postgresql://"));
    QSettings &settings = appSettings();
    settings.beginGroup(QStringLiteral("server"));
    last.setHost(settings.value(QStringLiteral("host")).toString());
    last.setPort(settings.value(QStringLiteral("port"), 5432).toInt());
    last.setDatabase(settings.value(QStringLiteral("database"), QStringLiteral("satisfecit")).toString());
    last.setUser(settings.value(QStringLiteral("user")).toString());
    const QString sslMode = settings.value(QStringLiteral("sslmode")).toString();
    if (!sslMode.isEmpty())
        last.setOption(QStringLiteral("sslmode"), sslMode);
    settings.endGroup();
    ConnectDialog dialog(this);
    dialog.setLocation(last);
    if (dialog.exec() == QDialog::Accepted)
        openLocation(dialog.location());
}
