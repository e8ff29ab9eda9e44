#pragma once

#include "figureengine.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class ChartPage;
class DataPage;
class ExportActions;
class FigureModel;
class FigureSelection;
class FilterBar;
class LandlordsPage;
class MyLandlord;
class RecentStoresMenu;
class ServerWatch;
class Store;
class SharesPage;
class TrendsPage;
class WelcomePage;
class QActionGroup;
class StoreLocation;
class QListWidget;
class QMenu;
class QStackedWidget;

/// The main window: assembles the filter bar, the sidebar and the pages over
/// one store, one FigureEngine and one FigureSelection shared by every model;
/// menus, drag and drop, and what is remembered between sessions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The pages of the sidebar, in order (Ctrl+1 … Ctrl+9).
    enum Page { Overview, Themes, Qpv, Trends, Landlords, Levers, Distribution, Information, Data, PageCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens path when given (--db), else $SATISFECIT_DB, else the last store
    /// used, else the default store.
    void openStartupStore(const QString &path = QString());
    bool openStore(const QString &path);
    Store *store() const { return m_store.get(); }
    FigureEngine *engine() { return &m_engine; }
    ExportActions *exportActions() const { return m_exportActions; }
    MyLandlord *myLandlord() const { return m_myLandlord; }
    /// The banner and health check of a server store (null before the
    /// first server store is opened).
    ServerWatch *serverWatch() const { return m_serverWatch; }

    FilterBar *filterBar() const { return m_filterBar; }
    FigureSelection *selection() const { return m_selection; }
    /// The page widget (ChartPage for all but Data).
    QWidget *page(Page page) const;
    Page currentPage() const;
    void setCurrentPage(Page page);
    /// Every figure model, in page order (for tests and exports).
    const std::vector<FigureModel *> &models() const { return m_models; }
    /// True while the welcome screen replaces the pages (no wave in the store).
    bool showsWelcome() const;

public slots:
    /// File → Import a survey…: the import wizard, on path when given.
    void importSurvey(const QString &path = QString());
    /// Switches the interface language ("fr" or "en") live, and remembers it.
    void setLanguage(const QString &language);
    /// After an import or a deletion: every cache, filter and page reloads.
    void reloadStore();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createModelsAndPages();
    void createActions();
    void retranslate();
    void chooseStore();
    // A store on a server (mainwindowserver.cpp).
    void connectToServer();
    bool openLocation(const StoreLocation &location);
    void rememberServer(const StoreLocation &location);
    void adoptStore(std::unique_ptr<Store> store, const StoreLocation &location);
    void watchStore();
    void serverLost();
    void serverReopened();
    void updateWelcome();
    void loadDemo();
    void importCodebook();
    void importPublished();
    /// After an import: a file without weights is offered the weighting dialog.
    void offerWeighting(qint64 waveId);
    void showAbout();
    void reportDamage();

    std::unique_ptr<Store> m_store;
    FigureEngine m_engine;
    FigureSelection *m_selection;
    QString m_damageShown; ///< the damage last reported, not reported twice
    std::vector<FigureModel *> m_models;

    FilterBar *m_filterBar = nullptr;
    QStackedWidget *m_content = nullptr; ///< the dashboard, or the welcome screen
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    std::vector<QWidget *> m_pageWidgets;
    TrendsPage *m_trendsPage = nullptr;
    SharesPage *m_sharesPage = nullptr;
    LandlordsPage *m_landlordsPage = nullptr;
    DataPage *m_dataPage = nullptr;
    WelcomePage *m_welcome = nullptr;

    QMenu *m_fileMenu = nullptr;
    RecentStoresMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_resetFiltersAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_importCodebookAction = nullptr;
    QAction *m_importPublishedAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    ExportActions *m_exportActions = nullptr;
    MyLandlord *m_myLandlord = nullptr;
    ServerWatch *m_serverWatch = nullptr;
    QList<QWidget *> m_widgetsDisabledWhileLost;
    QList<QAction *> m_actionsDisabledWhileLost;
    QAction *m_quitAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_frenchAction = nullptr;
    QAction *m_englishAction = nullptr;
    std::vector<QAction *> m_pageActions;
};
