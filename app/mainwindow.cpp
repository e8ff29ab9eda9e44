#include "mainwindow.h"

#include "language.h"
#include "store.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace {

const char RecentStoresKey[] = "recentStores";
constexpr int MaxRecentStores = 8;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_pages->addWidget(m_welcome);
    setCentralWidget(m_pages);
    createActions();
    retranslate();
    resize(1280, 800);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseStore);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    updateRecentStores();
}

void MainWindow::retranslate()
{
    setWindowTitle(m_store ? tr("Satisfecit — %1").arg(QFileInfo(m_store->path()).fileName())
                           : tr("Satisfecit"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open a store…"));
    m_recentMenu->setTitle(tr("&Recent stores"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Satisfecit"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

void MainWindow::openStartupStore()
{
    QString path = qEnvironmentVariable("SATISFECIT_DB");
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("lastStore"), Store::defaultPath()).toString();
    if (!openStore(path) && path != Store::defaultPath())
        openStore(Store::defaultPath());
}

bool MainWindow::openStore(const QString &path)
{
    auto store = std::make_unique<Store>();
    if (!store->open(path)) {
        QMessageBox::critical(this, tr("Cannot open the store"), store->error().message);
        return false;
    }
    m_store = std::move(store);
    QSettings settings;
    settings.setValue(QStringLiteral("lastStore"), path);
    QStringList recent = settings.value(QLatin1String(RecentStoresKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QLatin1String(RecentStoresKey), recent.mid(0, MaxRecentStores));
    updateRecentStores();
    m_welcome->setStoreSummary(QDir::toNativeSeparators(path), m_store->waves().size());
    retranslate();
    statusBar()->showMessage(tr("Store %1 opened").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::chooseStore()
{
    const QString start = m_store ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or create a store"), start, tr("Satisfecit stores (*.sqlite);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::updateRecentStores()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(RecentStoresKey)).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openStore(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Satisfecit"),
                       tr("<h3>Satisfecit %1</h3><p>Tenant-satisfaction surveys of social housing: "
                          "weighted scores, QPV comparisons, trends since 2004, benchmarks and "
                          "board packs.</p><p>Your survey files stay on this computer.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}
