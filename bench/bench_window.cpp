// Window benchmark: see docs/performance.md.
//   bench_window STORE     the dashboard window over STORE (offscreen):
//                          time from main() to the first page painted, then
//                          filter changes with every page's chart redrawn and
//                          painted, then the board pack of the latest wave.
#include "charts/chartpanel.h"
#include "exportactions.h"
#include "figureselection.h"
#include "filterbar.h"
#include "language.h"
#include "mainwindow.h"
#include "pages/chartpage.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

// Notes the first paint of one widget.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.isEmpty() ? 0.0 : times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() < 2) {
        out << "usage: bench_window STORE\n";
        return 1;
    }
    // Settings of a first start, never the user's.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SatisfecitBench"));
    installTranslations(QStringLiteral("fr"));

    MainWindow window;
    window.resize(1600, 1000);
    auto *overview = qobject_cast<ChartPage *>(window.page(MainWindow::Overview));
    if (!overview)
        return 1;
    PaintWatcher watcher(overview->chartPanel()->chartView()->viewport());
    // As main() does: the store opened, then the window shown.
    window.openStartupStore(app.arguments().at(1));
    if (window.showsWelcome()) {
        out << "the store has no wave\n";
        return 1;
    }
    window.show();
    while (!watcher.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    out << "first page painted " << sinceMain.nsecsElapsed() / 1e6 << " ms after main() (" << window.filterBar()->waveCombo()->count()
        << " waves)\n";

    // A filter change as the user sees it: the models recomputed, every chart
    // rebuilt, the current page's chart painted.
    const auto measure = [&](const char *name, MainWindow::Page page, QComboBox *combo) {
        window.setCurrentPage(page);
        QCoreApplication::processEvents();
        auto *chartPage = qobject_cast<ChartPage *>(window.page(page));
        QWidget *viewport = chartPage->chartPanel()->chartView()->viewport();
        QList<double> times;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer timer;
            timer.start();
            combo->setCurrentIndex((combo->currentIndex() + 1) % combo->count());
            viewport->repaint();
            times << timer.nsecsElapsed() / 1e6;
        }
        out << name << ": median " << median(times) << " ms, max " << *std::max_element(times.begin(), times.end())
            << " ms\n";
    };
    measure("landlord change, Themes page painted", MainWindow::Themes, window.filterBar()->landlordCombo());
    measure("QPV filter change, QPV page painted", MainWindow::Qpv, window.filterBar()->qpvCombo());
    measure("wave change, Overview page painted", MainWindow::Overview, window.filterBar()->waveCombo());
    window.filterBar()->landlordCombo()->setCurrentIndex(0);

    QTemporaryDir packDir;
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!window.exportActions()->writeBoardPackTo(packDir.filePath(QStringLiteral("pack.pdf")), &error)) {
            out << error << '\n';
            return 1;
        }
        times << timer.nsecsElapsed() / 1e6;
    }
    out << "board pack of a whole wave: median " << median(times) << " ms\n";
    return 0;
}
