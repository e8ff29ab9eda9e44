#include "mainwindow.h"

#include "appsettings.h"

#include "mylandlord.h"

#include "demodata.h"
#include "distributionmodel.h"
#include "driversmodel.h"
#include "exportactions.h"
#include "figureselection.h"
#include "filterbar.h"
#include "damagenotice.h"
#include "importwizard/importdialogs.h"
#include "importwizard/importwizard.h"
#include "language.h"
#include "pages/chartpage.h"
#include "pages/datapage.h"
#include "pages/landlordspage.h"
#include "pages/leverspage.h"
#include "pages/overviewpage.h"
#include "pages/sharespage.h"
#include "pages/trendspage.h"
#include "qpvcomparisonmodel.h"
#include "recentstoresmenu.h"
#include "rankingmodel.h"
#include "sharemodel.h"
#include "shortcutsdialog.h"
#include "statusnote.h"
#include "store.h"
#include "themescoremodel.h"
#include "trendmodel.h"
#include "userguide.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {

const char PageKey[] = "window/page";

// Sidebar names, translated in the MainWindow context.
const char *const pageNames[MainWindow::PageCount] = {
    QT_TRANSLATE_NOOP("MainWindow", "Overview"),  QT_TRANSLATE_NOOP("MainWindow", "Themes"),
    QT_TRANSLATE_NOOP("MainWindow", "QPV"),       QT_TRANSLATE_NOOP("MainWindow", "Trends"),
    QT_TRANSLATE_NOOP("MainWindow", "Landlords"), QT_TRANSLATE_NOOP("MainWindow", "Levers"),
    QT_TRANSLATE_NOOP("MainWindow", "Distribution"), QT_TRANSLATE_NOOP("MainWindow", "Information"),
    QT_TRANSLATE_NOOP("MainWindow", "Data"),
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_selection(new FigureSelection(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_selection->setLanguage(chooseLanguage(appSettings().value(QStringLiteral("language")).toString()));
    createModelsAndPages();
    createActions();
    retranslate();
    // After the models have read the figures of the new selection.
    connect(m_selection, &FigureSelection::changed, this, [this] {
        QMetaObject::invokeMethod(this, &MainWindow::reportDamage, Qt::QueuedConnection);
    });
    const QSettings &settings = appSettings();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: the whole screen, where a dashboard reads best.
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            resize(screen->availableGeometry().size());
        setWindowState(Qt::WindowMaximized);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setCurrentPage(Page(std::clamp(settings.value(QLatin1String(PageKey), 0).toInt(), 0, PageCount - 1)));
    updateWelcome();
}

MainWindow::~MainWindow()
{
    // Pages and charts first, then the models they watch, while the engine lives.
    delete takeCentralWidget();
    for (FigureModel *model : m_models)
        delete model;
}

void MainWindow::createModelsAndPages()
{
    auto *overallTrend = new TrendModel(&m_engine, m_selection, this);
    auto *scores = new ThemeScoreModel(&m_engine, m_selection, this);
    auto *qpv = new QpvComparisonModel(&m_engine, m_selection, this);
    auto *trend = new TrendModel(&m_engine, m_selection, this);
    auto *ranking = new RankingModel(&m_engine, m_selection, this);
    auto *drivers = new DriversModel(&m_engine, m_selection, this);
    auto *distribution = new DistributionModel(&m_engine, m_selection, this);
    auto *shares = new ShareModel(&m_engine, m_selection, this);
    m_models = {overallTrend, scores, qpv, trend, ranking, drivers, distribution, shares};

    auto *central = new QWidget(this);
    m_filterBar = new FilterBar(m_selection, central);
    m_content = new QStackedWidget(central);
    auto *dashboard = new QWidget(m_content);
    m_sidebar = new QListWidget(dashboard);
    m_sidebar->setObjectName(QStringLiteral("Sidebar"));
    m_sidebar->setFixedWidth(170);
    m_sidebar->setStyleSheet(QStringLiteral(
        "#Sidebar { border: none; background: palette(window); font-size: 11pt; }"
        "#Sidebar::item { padding: 9px 12px; border-left: 4px solid transparent; }"
        "#Sidebar::item:selected { background: palette(base); color: palette(text);"
        " border-left: 4px solid #0072B2; font-weight: bold; }"));
    m_pages = new QStackedWidget(dashboard);
    auto *dashboardLayout = new QHBoxLayout(dashboard);
    dashboardLayout->setContentsMargins(0, 0, 0, 0);
    dashboardLayout->setSpacing(0);
    dashboardLayout->addWidget(m_sidebar);
    dashboardLayout->addWidget(m_pages, 1);

    m_trendsPage = new TrendsPage(trend, m_pages);
    m_landlordsPage = new LandlordsPage(ranking, m_pages);
    m_dataPage = new DataPage(m_pages);
    m_sharesPage = new SharesPage(shares, m_pages);
    m_pageWidgets = {
        new OverviewPage(overallTrend, scores, qpv, m_pages),
        new ChartPage(QStringLiteral("themes"), QT_TRANSLATE_NOOP("ChartPage", "Scores by theme"), ChartKind::Scores,
                      scores, Qt::Horizontal, m_pages),
        new ChartPage(QStringLiteral("qpv"), QT_TRANSLATE_NOOP("ChartPage", "QPV and outside QPV"), ChartKind::Qpv,
                      qpv, Qt::Horizontal, m_pages),
        m_trendsPage,
        m_landlordsPage,
        new LeversPage(drivers, m_pages),
        new ChartPage(QStringLiteral("distribution"), QT_TRANSLATE_NOOP("ChartPage", "Distribution of answers"),
                      ChartKind::Distribution, distribution, Qt::Horizontal, m_pages),
        m_sharesPage,
        m_dataPage,
    };
    for (QWidget *page : m_pageWidgets) {
        m_pages->addWidget(page);
        new QListWidgetItem(m_sidebar);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        appSettings().setValue(QLatin1String(PageKey), row);
        if (row < int(m_pageActions.size()))
            m_pageActions[std::size_t(row)]->setChecked(true);
        if (m_exportActions)
            m_exportActions->update();
    });

    // Shown instead of the pages while the store holds no wave.
    m_welcome = new WelcomePage(m_content);
    connect(m_welcome, &WelcomePage::importRequested, this, [this] { importSurvey(); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::loadDemo);
    connect(m_welcome, &WelcomePage::importCodebookRequested, this, &MainWindow::importCodebook);
    connect(m_welcome, &WelcomePage::importPublishedRequested, this, &MainWindow::importPublished);

    m_content->addWidget(dashboard);
    m_content->addWidget(m_welcome);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_content, 1);
    setCentralWidget(central);
    // Keyboard: the filters, then the sidebar, then the page.
    setTabOrder(m_filterBar->segmentValueCombo(), m_sidebar);

    connect(m_dataPage, &DataPage::storeChanged, this, &MainWindow::reloadStore);
    connect(m_dataPage, &DataPage::importSurveyRequested, this, [this] { importSurvey(); });
    connect(m_dataPage, &DataPage::importCodebookRequested, this, &MainWindow::importCodebook);
    connect(m_dataPage, &DataPage::importPublishedRequested, this, &MainWindow::importPublished);
}

void MainWindow::importCodebook()
{
    if (m_store && importCodebookInteractively(m_store.get(), this))
        reloadStore();
}

void MainWindow::importPublished()
{
    if (m_store && importPublishedInteractively(m_store.get(), this))
        reloadStore();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, [this] { importSurvey(); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importCodebookAction = m_fileMenu->addAction(QString(), this, &MainWindow::importCodebook);
    m_importPublishedAction = m_fileMenu->addAction(QString(), this, &MainWindow::importPublished);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseStore);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectToServer);
    m_recentMenu = new RecentStoresMenu(m_fileMenu);
    m_fileMenu->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentStoresMenu::storeChosen, this, &MainWindow::openStore);
    m_fileMenu->addSeparator();
    m_exportActions = new ExportActions(this);
    m_exportActions->addTo(m_fileMenu);
    connect(m_selection, &FigureSelection::changed, m_exportActions, &ExportActions::update);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    auto *pageGroup = new QActionGroup(this);
    for (int i = 0; i < PageCount; ++i) {
        QAction *action = m_viewMenu->addAction(QString(), this, [this, i] { setCurrentPage(Page(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        pageGroup->addAction(action);
        m_pageActions.push_back(action);
    }
    m_viewMenu->addSeparator();
    m_myLandlord = new MyLandlord(m_filterBar, this);
    m_viewMenu->addAction(m_myLandlord->action());

    m_viewMenu->addSeparator();
    m_resetFiltersAction = m_viewMenu->addAction(QString(), m_filterBar, &FilterBar::resetFilters);
    m_resetFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    m_languageMenu = menuBar()->addMenu(QString());
    auto *languages = new QActionGroup(this);
    // Language names are written in their own language, never translated.
    m_frenchAction = m_languageMenu->addAction(QStringLiteral("Français"), this, [this] { setLanguage(QStringLiteral("fr")); });
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"), this, [this] { setLanguage(QStringLiteral("en")); });
    for (QAction *action : {m_frenchAction, m_englishAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    (m_selection->language() == QLatin1String("fr") ? m_frenchAction : m_englishAction)->setChecked(true);

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, [this] { openUserGuide(this); });
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, [this] { showShortcuts(menuBar(), this); });
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_store ? tr("Satisfecit — %1").arg(m_store->displayName()) : tr("Satisfecit"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import a survey…"));
    m_importCodebookAction->setText(tr("Import a &questions dictionary…"));
    m_importPublishedAction->setText(tr("Import &published results…"));
    m_openAction->setText(tr("&Open a store…"));
    m_connectAction->setText(tr("Connect to a &server…"));
    m_recentMenu->setTitle(tr("&Recent stores"));
    m_exportActions->retranslate();
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_myLandlord->retranslate();
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    m_aboutAction->setText(tr("&About Satisfecit"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_resetFiltersAction->setText(tr("&Reset filters"));
    for (int i = 0; i < PageCount; ++i) {
        const QString name = tr(pageNames[i]);
        m_pageActions[std::size_t(i)]->setText(name);
        m_sidebar->item(i)->setText(name);
        m_sidebar->item(i)->setToolTip(m_pageActions[std::size_t(i)]->shortcut().toString(QKeySequence::NativeText));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings &settings = appSettings();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

QWidget *MainWindow::page(Page page) const
{
    return page >= 0 && page < PageCount ? m_pageWidgets[std::size_t(page)] : nullptr;
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::setCurrentPage(Page page)
{
    m_sidebar->setCurrentRow(page);
}

bool MainWindow::showsWelcome() const
{
    return m_content->currentWidget() == m_welcome;
}

void MainWindow::updateWelcome()
{
    const int waves = m_store ? int(m_store->waves().size()) : 0;
    m_welcome->setStoreSummary(m_store ? QDir::toNativeSeparators(m_store->path()) : QString(), waves);
    m_content->setCurrentWidget(waves > 0 ? m_content->widget(0) : m_welcome);
    m_filterBar->setVisible(waves > 0);
    // A landlord's user of a server store reads; the server refuses its
    // writes anyway (security.sql), so the window does not offer them.
    const bool mayWrite = m_store && m_store->sessionLandlord().isEmpty();
    m_welcome->setActionsEnabled(mayWrite);
    for (QAction *action : {m_importAction, m_importCodebookAction, m_importPublishedAction})
        action->setEnabled(mayWrite);
    m_exportActions->update();
}

void MainWindow::openStartupStore(const QString &requested)
{
    if (!requested.isEmpty()) {
        // Asked for by name: no silent fallback to another store.
        openStore(requested);
        return;
    }
    QString path = qEnvironmentVariable("SATISFECIT_DB");
    if (path.isEmpty())
        path = appSettings().value(QStringLiteral("lastStore"), Store::defaultPath()).toString();
    if (!openStore(path) && path != Store::defaultPath())
        openStore(Store::defaultPath());
}

bool MainWindow::openStore(const QString &path)
{
    return openLocation(StoreLocation::parse(path));
}

void MainWindow::reloadStore()
{
    m_engine.invalidate();
    // The filter bar refreshes the models when the selection changes; when it
    // does not (same wave, same filters), they must be told.
    bool selectionChanged = false;
    const QMetaObject::Connection watch =
        connect(m_selection, &FigureSelection::changed, this, [&selectionChanged] { selectionChanged = true; });
    m_filterBar->reload();
    disconnect(watch);
    if (!selectionChanged)
        for (FigureModel *model : m_models)
            model->refresh();
    m_dataPage->reload();
    m_trendsPage->reloadQuestions();
    m_landlordsPage->reloadQuestions();
    m_sharesPage->reloadQuestions();
    updateWelcome();
    QMetaObject::invokeMethod(this, &MainWindow::reportDamage, Qt::QueuedConnection);
}

// A wave found damaged while its figures were read: said, with the offer to
// import its file again (which replaces the damaged copy).
void MainWindow::reportDamage()
{
    if (!m_store || m_store->damage().isNull() || m_store->damage().message == m_damageShown)
        return;
    m_damageShown = m_store->damage().message;
    if (offerReimport(this, m_damageShown))
        importSurvey();
}

void MainWindow::importSurvey(const QString &path)
{
    if (!m_store)
        return;
    ImportWizard wizard(m_store.get(), path, this);
    qint64 imported = 0;
    connect(&wizard, &ImportWizard::waveImported, this, [this, &imported](qint64 waveId) {
        imported = waveId;
        reloadStore();
        // Show the new wave's results at once.
        const int index = m_filterBar->waveCombo()->findData(waveId);
        if (index >= 0)
            m_filterBar->waveCombo()->setCurrentIndex(index);
        setCurrentPage(Overview);
    });
    wizard.exec();
    offerWeighting(imported);
}

void MainWindow::offerWeighting(qint64 waveId)
{
    // A file without weights (every weight 1) can be raked to population margins.
    const std::optional<WaveData> data = waveId && m_store ? m_store->loadWave(waveId, true) : std::nullopt;
    if (!data || std::any_of(data->weights.begin(), data->weights.end(), [](double w) { return w != 1.0; }))
        return;
    const auto answer = QMessageBox::question(
        this, tr("Weighting"),
        tr("The file has no weights: every respondent counts the same. Weight the wave to population counts "
           "(by landlord, QPV, type of housing…) now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_dataPage->openWeighting(waveId);
}

void MainWindow::loadDemo()
{
    if (!m_store)
        return;
    QString message;
    DemoLoaded demo;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool loaded = loadDemoData(*m_store, &message, &demo);
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        QMessageBox::critical(this, tr("Load the demo data"), message);
        return;
    }
    reloadStore();
    StatusNote::show(this, [demo] { return demo.message(); }, 8000);
}

void MainWindow::setLanguage(const QString &language)
{
    appSettings().setValue(QStringLiteral("language"), language);
    // Labels in the models first, so that pages retranslating read the new ones.
    m_selection->setLanguage(language);
    installTranslations(language);
    (language == QLatin1String("fr") ? m_frenchAction : m_englishAction)->setChecked(true);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_store && urls.size() == 1 && urls.front().isLocalFile()
        && ImportWizard::isSupportedFile(urls.front().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.front().toLocalFile();
    // Not inside the drop: the source application waits until it returns.
    QMetaObject::invokeMethod(this, [this, path] { importSurvey(path); }, Qt::QueuedConnection);
}

void MainWindow::chooseStore()
{
    const QString start = m_store && !m_store->isServer() ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or create a store"), start, tr("Satisfecit stores (*.sqlite);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Satisfecit"),
                       tr("<h3>Satisfecit %1</h3><p>Tenant-satisfaction surveys of social housing: "
                          "weighted scores, QPV comparisons, trends since 2004, benchmarks and "
                          "board packs.</p><p>Your survey files stay on this computer.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}
