#pragma once

#include <QMainWindow>

#include <memory>

class QMenu;
class QStackedWidget;
class Store;
class WelcomePage;

/// The main window: assembles the menus and the pages; owns the open store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the store given by $SATISFECIT_DB or the last one used, else the
    /// default store.
    void openStartupStore();
    bool openStore(const QString &path);
    Store *store() const { return m_store.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void chooseStore();
    void updateRecentStores();
    void showAbout();

    std::unique_ptr<Store> m_store;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
