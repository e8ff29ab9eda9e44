#pragma once

#include "export/boardpack.h"

#include <QObject>

class MainWindow;
QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
QT_END_NAMESPACE

/// The export entries of the File menu: the current page's chart (save,
/// copy) and table, and the board pack of the current selection. Enabled
/// only where there is something to export.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    explicit ExportActions(MainWindow *window);

    void addTo(QMenu *menu);
    void retranslate();
    /// Enables what the current page and store allow.
    void update();

    /// Writes the board pack of the window's selection, in the UI language, to
    /// path; shows nothing. False with error filled on failure.
    bool writeBoardPackTo(const QString &path, QString *error = nullptr, const BoardPackOptions &options = {});

    QAction *exportChartAction() const { return m_exportChart; }
    QAction *copyChartAction() const { return m_copyChart; }
    QAction *exportTableAction() const { return m_exportTable; }
    QAction *boardPackAction() const { return m_boardPack; }
    QAction *eachLandlordAction() const { return m_eachLandlord; }

private:
    void exportBoardPack();
    void exportEachLandlord();

    MainWindow *m_window;
    QAction *m_exportChart;
    QAction *m_copyChart;
    QAction *m_exportTable;
    QAction *m_boardPack;
    QAction *m_eachLandlord;
};
