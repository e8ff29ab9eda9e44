#include "exportactions.h"

#include "export/boardpack.h"
#include "export/boardpackdialog.h"
#include "export/chartexportdialog.h"
#include "export/landlordbatchdialog.h"
#include "figureengine.h"
#include "figureselection.h"
#include "mainwindow.h"
#include "pages/chartpage.h"
#include "pptxreport.h"
#include "statusnote.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

namespace {

ChartPage *currentChartPage(const MainWindow *window)
{
    if (window->showsWelcome())
        return nullptr;
    return qobject_cast<ChartPage *>(window->page(window->currentPage()));
}

} // namespace

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_exportChart(new QAction(this))
    , m_copyChart(new QAction(this))
    , m_exportTable(new QAction(this))
    , m_boardPack(new QAction(this))
    , m_eachLandlord(new QAction(this))
{
    m_exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_exportTable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_boardPack->setShortcut(QKeySequence::Print);
    connect(m_exportChart, &QAction::triggered, this, [this] {
        if (ChartPage *page = currentChartPage(m_window))
            page->exportChart();
    });
    connect(m_copyChart, &QAction::triggered, this, [this] {
        if (ChartPage *page = currentChartPage(m_window))
            page->copyChart();
    });
    connect(m_exportTable, &QAction::triggered, this, [this] {
        if (ChartPage *page = currentChartPage(m_window))
            page->exportTable();
    });
    connect(m_boardPack, &QAction::triggered, this, &ExportActions::exportBoardPack);
    connect(m_eachLandlord, &QAction::triggered, this, &ExportActions::exportEachLandlord);
}

void ExportActions::addTo(QMenu *menu)
{
    menu->addAction(m_boardPack);
    menu->addAction(m_eachLandlord);
    menu->addSeparator();
    menu->addAction(m_exportChart);
    menu->addAction(m_copyChart);
    menu->addAction(m_exportTable);
}

void ExportActions::retranslate()
{
    m_boardPack->setText(tr("&Board pack (PDF or PowerPoint)…"));
    m_boardPack->setStatusTip(tr("Every chart of the current selection with its table, key figures and method, "
                                 "in one A4 PDF or a 16:9 PowerPoint deck with editable charts"));
    m_eachLandlord->setText(tr("Reports for every &landlord…"));
    m_eachLandlord->setStatusTip(tr("One board pack per landlord of the wave, written into a folder"));
    m_exportChart->setText(tr("&Export the chart…"));
    m_copyChart->setText(tr("&Copy the chart"));
    m_exportTable->setText(tr("Save the &table for Excel…"));
}

void ExportActions::update()
{
    const bool hasChart = currentChartPage(m_window) != nullptr;
    m_exportChart->setEnabled(hasChart);
    m_copyChart->setEnabled(hasChart);
    m_exportTable->setEnabled(hasChart);
    m_boardPack->setEnabled(!m_window->showsWelcome() && m_window->selection()->waveId() > 0);
    m_eachLandlord->setEnabled(m_boardPack->isEnabled());
}

void ExportActions::exportEachLandlord()
{
    LandlordBatchDialog dialog(m_window->engine(), m_window->selection()->waveId(), m_window->selection()->language(),
                               m_window);
    dialog.exec();
}

bool ExportActions::writeBoardPackTo(const QString &path, QString *error, const BoardPackOptions &options)
{
    // As on the command line: a landlord's pack, PDF or deck, names no other
    // landlord (it is the one sent to that landlord).
    BoardPackOptions pack = options;
    if (!m_window->selection()->landlord().isEmpty())
        pack.peers = PeerNames::Anonymous;
    if (QFileInfo(path).suffix().compare(QLatin1String("pptx"), Qt::CaseInsensitive) == 0) {
        PptxReport::DeckOptions deck;
        deck.namedPeers = pack.peers == PeerNames::Named;
        return PptxReport::writeBoardPackDeck(*m_window->engine(), *m_window->selection(), path,
                                              m_window->selection()->language(), error, deck);
    }
    return writeBoardPack(*m_window->engine(), *m_window->selection(), path, m_window->selection()->language(),
                          error, pack);
}

void ExportActions::exportBoardPack()
{
    // Named in the interface's language after what the pack covers.
    const std::optional<WaveInfo> wave = m_window->engine()->wave(m_window->selection()->waveId());
    BoardPackDialog dialog(*m_window->selection(), wave ? wave->year : 0, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.path();
    StatusNote::show(m_window, [] { return tr("Writing the board pack…"); });
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool written = writeBoardPackTo(path, &error, dialog.options());
    QApplication::restoreOverrideCursor();
    m_window->statusBar()->clearMessage();
    if (!written) {
        QMessageBox::critical(m_window, tr("Board pack"), error);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Board pack"),
                    tr("The board pack was written to %1 in %2 s.")
                        .arg(QDir::toNativeSeparators(path), QLocale().toString(timer.elapsed() / 1000.0, 'f', 1)),
                    QMessageBox::Close, m_window);
    QPushButton *open = box.addButton(tr("&Open it"), QMessageBox::AcceptRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}
