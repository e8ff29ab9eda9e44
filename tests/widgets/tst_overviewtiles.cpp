// The overview's tiles at the window widths of the desks (1024 to 1366 px):
// every wrapped label of a tile (a long theme name among them) gets at
// least the height it needs at its width, and the window fits the screen's
// width (the filter bar and the Data page give way to it). On the demo
// data, whose theme names wrap on three lines at 1024 px.
#include "demodata.h"
#include "filterbar.h"
#include "language.h"
#include "mainwindow.h"
#include "store.h"

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

class TestOverviewTiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesWrapFully_data();
    void namesWrapFully();
    void segmentChosenFits();

private:
    std::unique_ptr<MainWindow> showOverview(int width);

    QTemporaryDir m_dir;
    QString m_store;
};

void TestOverviewTiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("SatisfecitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_overviewtiles"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    // French from the start, as the application installs it before its
    // window: the longer labels make the widest minimum.
    installTranslations(QStringLiteral("fr"));
    m_store = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Store store;
    QVERIFY2(store.open(m_store), qPrintable(store.error().message));
    QString message;
    QVERIFY2(loadDemoData(store, &message), qPrintable(message));
}

// The demo store's overview, in French, in a window width px wide; null
// when it cannot be shown.
std::unique_ptr<MainWindow> TestOverviewTiles::showOverview(int width)
{
    QSettings().clear(); // no geometry of a previous test's window
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("fr"));
    auto window = std::make_unique<MainWindow>();
    window->setLanguage(QStringLiteral("fr"));
    if (!window->openStore(m_store))
        return nullptr;
    window->setCurrentPage(MainWindow::Overview);
    window->setWindowState(Qt::WindowNoState);
    window->resize(width, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestOverviewTiles::namesWrapFully_data()
{
    QTest::addColumn<int>("width");
    for (int width : {1024, 1200, 1366})
        QTest::newRow(qPrintable(QString::number(width))) << width;
}

void TestOverviewTiles::namesWrapFully()
{
    QFETCH(int, width);
    const std::unique_ptr<MainWindow> shown = showOverview(width);
    QVERIFY(shown);
    MainWindow &window = *shown;
    QApplication::processEvents();
    QCOMPARE(window.width(), width);

    const QList<QFrame *> tiles = window.findChildren<QFrame *>(QStringLiteral("OverviewTile"));
    QCOMPARE(tiles.size(), 8);
    int wrapped = 0; // labels on more than one line: the check is not vacuous
    for (QFrame *tile : tiles) {
        QVERIFY(tile->isVisible());
        for (QLabel *label : tile->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
                continue;
            const int needed = label->heightForWidth(label->width());
            QVERIFY2(label->height() >= needed, qPrintable(QStringLiteral("%1 px for %2 px needed: %3")
                                                               .arg(label->height()).arg(needed).arg(label->text())));
            // Inside its tile, whole.
            QVERIFY(tile->rect().contains(QRect(label->mapTo(tile, QPoint(0, 0)), label->size())));
            wrapped += needed > 2 * label->fontMetrics().height() ? 1 : 0;
        }
    }
    if (width == 1024)
        QVERIFY2(wrapped >= 2, "long names wrap on three lines at 1024 px");
}

// With a segment column and its value chosen (their combos the widest the
// filter bar gets), the window still fits a 1024 px screen: the filter bar
// gives way, and its reset button stays in view.
void TestOverviewTiles::segmentChosenFits()
{
    const std::unique_ptr<MainWindow> shown = showOverview(1024);
    QVERIFY(shown);
    MainWindow &window = *shown;
    FilterBar *bar = window.findChild<FilterBar *>();
    QVERIFY(bar);
    QComboBox *column = bar->segmentColumnCombo();
    QVERIFY(column->count() > 1);
    // The column whose name and values take the most room.
    int widest = 1, widestWidth = 0;
    for (int i = 1; i < column->count(); ++i) {
        column->setCurrentIndex(i);
        QApplication::processEvents();
        const int width = column->sizeHint().width() + bar->segmentValueCombo()->sizeHint().width();
        if (width > widestWidth) {
            widest = i;
            widestWidth = width;
        }
    }
    column->setCurrentIndex(widest);
    QApplication::processEvents();
    QVERIFY(bar->segmentValueCombo()->isVisible());
    QVERIFY2(window.minimumSizeHint().width() <= 1024, qPrintable(QString::number(window.minimumSizeHint().width())));
    QCOMPARE(window.width(), 1024);
    QToolButton *reset = bar->findChild<QToolButton *>(QStringLiteral("resetFilters"));
    QVERIFY(reset && reset->isVisible());
    const QRect inWindow(reset->mapTo(&window, QPoint(0, 0)), reset->size());
    QVERIFY2(window.rect().contains(inWindow), qPrintable(QStringLiteral("%1 px wide, right edge at %2")
                                                              .arg(reset->width()).arg(inWindow.right())));
}

QTEST_MAIN(TestOverviewTiles)
#include "tst_overviewtiles.moc"
