// The main window's store: opening one, a file or on a server.
#include "mainwindow.h"

#include "appsettings.h"

#include "filterbar.h"
#include "mylandlord.h"
#include "pages/datapage.h"
#include "recentstoresmenu.h"
#include "server/connectdialog.h"
#include "store.h"

#include <QDir>
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
    // Everything reading the old store moves to the new one before it closes.
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
    statusBar()->showMessage(tr("Store %1 opened").arg(location.displayName()), 5000);
    return true;
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
