// The assembled window over a small generated survey: filters reach the
// models and the charts, every page draws, the language switches live, and
// choices are remembered.
#include "charts/chartpanel.h"
#include "figure.h"
#include "charts/figurechart.h"
#include "charts/scoreschart.h"
#include "charts/bandbars.h"
#include "charts/trendchart.h"
#include "figureroles.h"
#include "figureselection.h"
#include "cli.h"
#include "exportactions.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "pages/chartpage.h"
#include "pages/datapage.h"
#include "pages/landlordspage.h"
#include "pages/leverspage.h"
#include "pages/overviewpage.h"
#include "pages/trendspage.h"
#include "rankingmodel.h"
#include "respondentimporter.h"
#include "teststore.h"
#include "store.h"
#include "tableview.h"
#include "themescoremodel.h"
#include "trendmodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QClipboard>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QHorizontalStackedBarSeries>
#include <QListWidget>
#include <QMimeData>
#include <QDragEnterEvent>
#include <QMenuBar>
#include <QRandomGenerator>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QToolButton>

namespace {

// Answer 1..4 drawn so that landlords and QPV differ clearly: a higher lean
// means worse answers.
int drawAnswer(QRandomGenerator &random, int lean)
{
    const int cut = int(random.bounded(100));
    const int thresholds[3][3] = {{45, 85, 95}, {25, 60, 85}, {10, 35, 70}};
    const int *t = thresholds[std::clamp(lean, 0, 2)];
    return cut < t[0] ? 1 : cut < t[1] ? 2 : cut < t[2] ? 3 : 4;
}

// ~300 respondents, three landlords, qpv, a weight, a segment column and
// every question of the built-in codebook (Q01..Q41).
void writeSurvey(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
    QTextStream out(&file);
    QStringList header = {QStringLiteral("id"), QStringLiteral("annee"), QStringLiteral("bailleur"),
                          QStringLiteral("qpv"), QStringLiteral("poids"), QStringLiteral("departement")};
    for (int q = 1; q <= 41; ++q)
        header << QStringLiteral("Q%1").arg(q, 2, 10, QLatin1Char('0'));
    out << header.join(QLatin1Char(';')) << '\n';
    QRandomGenerator random(20200);
    const QStringList landlords = {QStringLiteral("BL_A"), QStringLiteral("BL_B"), QStringLiteral("BL_C")};
    for (int i = 0; i < 300; ++i) {
        const int landlord = i % 3;
        const bool qpv = random.bounded(100) < 45;
        QStringList row = {QString::number(i + 1), QStringLiteral("2020"), landlords[landlord],
                           qpv ? QStringLiteral("1") : QStringLiteral("0"),
                           QString::number(0.6 + random.bounded(80) / 100.0, 'f', 2),
                           random.bounded(2) ? QStringLiteral("59") : QStringLiteral("62")};
        // Ten tenants in the Somme: too few to be named (grouped as "others").
        if (i < 10)
            row.last() = QStringLiteral("80");
        for (int q = 1; q <= 41; ++q) {
            if (q == 30)
                row << QString::number(1 + random.bounded(4)); // single choice
            else if (q == 31 || q == 32 || q == 41)
                row << QString::number(1 + random.bounded(2)); // yes / no
            else
                row << QString::number(drawAnswer(random, landlord + (qpv && q % 2 ? 1 : 0) - (q % 5 == 0)));
        }
        out << row.join(QLatin1Char(';')) << '\n';
    }
}

ChartPage *chartPage(const MainWindow &window, MainWindow::Page page)
{
    return qobject_cast<ChartPage *>(window.page(page));
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensOnTheSurvey();
    void windowHonoursGlobalOptions();
    void filterUpdatesModelsAndCharts();
    void everyPageHasChartAndTable();
    void hiddenChartsCatchUpWhenShown();
    void pagePickersDriveTheirModels();
    void pageShortcuts();
    void languageSwitchesLive();
    void remembersChoices();
    void welcomeLoadsTheDemo();
    void dropAcceptsSurveyFiles();
    void reloadsAfterDeletion();
    void exportsFromEveryPage();
    void exportActionsFollowThePage();
    void boardPackFromTheWindow();

private:
    QTemporaryDir m_dir;
    QString m_storePath;
};

void TestDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("SatisfecitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboard"));
    // Settings in the temporary folder, never the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));

    const QString csv = m_dir.filePath(QStringLiteral("survey.csv"));
    writeSurvey(csv);
    m_storePath = testStoreLocation(m_dir.filePath(QStringLiteral("store.sqlite")));
    Store store;
    QVERIFY2(store.open(m_storePath), qPrintable(store.error().message));
    ImportOptions options;
    const ImportResult result = RespondentImporter(store).run(csv, options);
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.message + (result.errors.empty() ? QString() : result.errors.front().message)));
    QCOMPARE(result.wave.respondentCount, 300);
}

void TestDashboard::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
}

void TestDashboard::opensOnTheSurvey()
{
    MainWindow window;
    QVERIFY(window.showsWelcome()); // no store yet
    QVERIFY(window.openStore(m_storePath));
    QVERIFY(!window.showsWelcome());
    QCOMPARE(window.filterBar()->landlordCombo()->count(), 4); // whole region + 3
    QVERIFY(window.selection()->waveId() > 0);
}

void TestDashboard::windowHonoursGlobalOptions()
{
    const auto value = [](const QStringList &arguments, const char *name) {
        return globalOptionValue(QStringList{QStringLiteral("satisfecit")} + arguments, QLatin1String(name));
    };
    QCOMPARE(value({QStringLiteral("--db"), QStringLiteral("/a/b.sqlite")}, "db"), QStringLiteral("/a/b.sqlite"));
    QCOMPARE(value({QStringLiteral("--lang=en"), QStringLiteral("--db=x.sqlite")}, "lang"), QStringLiteral("en"));
    QCOMPARE(value({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db=x.sqlite")}, "db"),
             QStringLiteral("x.sqlite"));
    QCOMPARE(value({QStringLiteral("--lang"), QStringLiteral("fr")}, "db"), QString());
    // After the command, options are the command's own.
    QCOMPARE(value({QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("y")}, "db"), QString());

    // --db names the store to open, over the last one used.
    QSettings().setValue(QStringLiteral("lastStore"), m_dir.filePath(QStringLiteral("other.sqlite")));
    MainWindow window;
    window.openStartupStore(m_storePath);
    QVERIFY(window.store());
    QCOMPARE(window.store()->path(), m_storePath);
    QVERIFY(!window.showsWelcome());
}

void TestDashboard::filterUpdatesModelsAndCharts()
{
    MainWindow window;
    QVERIFY(window.openStore(m_storePath));
    ChartPage *themes = chartPage(window, MainWindow::Themes);
    QVERIFY(themes);
    auto *scores = qobject_cast<ThemeScoreModel *>(themes->model());
    QVERIFY(scores);
    auto *chart = qobject_cast<ScoresChart *>(themes->chartPanel()->chart());
    QVERIFY(chart);

    const auto checkChart = [&] {
        QHorizontalStackedBarSeries *bars = nullptr;
        for (QAbstractSeries *series : chart->series())
            if (auto *b = qobject_cast<QHorizontalStackedBarSeries *>(series))
                bars = b;
        QVERIFY(bars);
        int drawn = 0;
        for (int row = 0; row < scores->rowCount(); ++row) {
            const QModelIndex score = scores->index(row, ThemeScoreModel::Score);
            const int category = chart->categoryOfRow(row);
            QVERIFY(category >= 0);
            if (!score.data(+FigureRole::Sufficient).toBool()) {
                QCOMPARE(bandBarValue(bars, category), 0.0); // never drawn as a score
                continue;
            }
            // The bar is the score as shown ("7,8"), the value the band is read on.
            QCOMPARE(bandBarValue(bars, category), displayedScore(score.data(Qt::EditRole).toDouble()));
            ++drawn;
        }
        QVERIFY(drawn > 30);
    };
    checkChart();
    const double regional = scores->index(0, ThemeScoreModel::Score).data(Qt::EditRole).toDouble();

    // One landlord: the models follow at once, and the chart with them.
    QComboBox *landlord = window.filterBar()->landlordCombo();
    landlord->setCurrentIndex(landlord->findData(QStringLiteral("BL_C")));
    QCOMPARE(window.selection()->landlord(), QStringLiteral("BL_C"));
    const double landlordScore = scores->index(0, ThemeScoreModel::Score).data(Qt::EditRole).toDouble();
    QVERIFY(landlordScore < regional - 0.5); // BL_C answers worse
    QVERIFY(scores->index(0, ThemeScoreModel::Regional).data(Qt::EditRole).isValid());
    checkChart();

    // QPV only.
    QComboBox *qpv = window.filterBar()->qpvCombo();
    qpv->setCurrentIndex(qpv->findData(int(FigureSelection::QpvFilter::Qpv)));
    QCOMPARE(window.selection()->qpvFilter(), FigureSelection::QpvFilter::Qpv);
    QVERIFY(scores->index(0, ThemeScoreModel::N).data(Qt::EditRole).toLongLong() < 100);
    checkChart();

    // A segment value.
    QComboBox *column = window.filterBar()->segmentColumnCombo();
    qpv->setCurrentIndex(0);
    landlord->setCurrentIndex(0);
    column->setCurrentIndex(column->findData(QStringLiteral("departement")));
    QComboBox *value = window.filterBar()->segmentValueCombo();
    QStringList offered;
    for (int i = 0; i < value->count(); ++i)
        offered << value->itemData(i).toString();
    QCOMPARE(offered, (QStringList{"59", "62", "others"}));
    value->setCurrentIndex(value->findData(QStringLiteral("others")));
    QCOMPARE(scores->index(0, ThemeScoreModel::N).data(Qt::EditRole).toLongLong(), 10);
    value->setCurrentIndex(value->findData(QStringLiteral("59")));
    QCOMPARE(window.selection()->segmentValue(), QStringLiteral("59"));
    QVERIFY(scores->index(0, ThemeScoreModel::N).data(Qt::EditRole).toLongLong() < 250);
    checkChart();
}

void TestDashboard::everyPageHasChartAndTable()
{
    MainWindow window;
    QVERIFY(window.openStore(m_storePath));
    for (int p = 0; p < MainWindow::Data; ++p) {
        ChartPage *page = chartPage(window, MainWindow::Page(p));
        QVERIFY2(page, qPrintable(QString::number(p)));
        QChart *chart = page->chartPanel()->chart();
        QVERIFY2(chart, qPrintable(page->id()));
        QVERIFY2(!chart->series().isEmpty(), qPrintable(page->id()));
        QVERIFY2(chart->animationOptions() == QChart::NoAnimation, qPrintable(page->id()));
        QVERIFY2(page->table()->model()->rowCount() > 0, qPrintable(page->id()));
        // Same model instance behind chart and table (the table through a sorting proxy).
        auto *proxy = qobject_cast<QAbstractProxyModel *>(page->table()->model());
        QVERIFY(proxy);
        QCOMPARE(proxy->sourceModel(), page->model());
    }
    auto *data = qobject_cast<DataPage *>(window.page(MainWindow::Data));
    QVERIFY(data);
    QCOMPARE(data->view()->model()->rowCount(), 1);
    auto *overview = qobject_cast<OverviewPage *>(window.page(MainWindow::Overview));
    QVERIFY(overview);
    QVERIFY(overview->tileTexts().front().contains(QStringLiteral("/10")));
}

void TestDashboard::hiddenChartsCatchUpWhenShown()
{
    MainWindow window;
    QVERIFY(window.openStore(m_storePath));
    window.setCurrentPage(MainWindow::Themes);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *themes = qobject_cast<FigureChart *>(chartPage(window, MainWindow::Themes)->chartPanel()->chart());
    auto *qpv = qobject_cast<FigureChart *>(chartPage(window, MainWindow::Qpv)->chartPanel()->chart());
    QVERIFY(themes && qpv);
    QSignalSpy themesRebuilt(themes, &FigureChart::rebuilt);
    QSignalSpy qpvRebuilt(qpv, &FigureChart::rebuilt);

    // The page in view redraws at once; the one behind it waits.
    window.filterBar()->landlordCombo()->setCurrentIndex(1);
    QCOMPARE(themesRebuilt.count(), 1);
    QCOMPARE(qpvRebuilt.count(), 0);
    window.filterBar()->landlordCombo()->setCurrentIndex(2);
    QCOMPARE(themesRebuilt.count(), 2);
    QCOMPARE(qpvRebuilt.count(), 0);

    // Shown: rebuilt once, from the model as it is now.
    window.setCurrentPage(MainWindow::Qpv);
    QCOMPARE(qpvRebuilt.count(), 1);
    QVERIFY(qpv->title().contains(window.selection()->landlord()));
    window.filterBar()->landlordCombo()->setCurrentIndex(0);
    QCOMPARE(themesRebuilt.count(), 2); // now behind the QPV page
    window.setCurrentPage(MainWindow::Themes);
    QCOMPARE(themesRebuilt.count(), 3);
    QVERIFY(themes->title().contains(QLatin1String("all landlords")));
}

void TestDashboard::pagePickersDriveTheirModels()
{
    MainWindow window;
    QVERIFY(window.openStore(m_storePath));
    auto *trends = qobject_cast<TrendsPage *>(window.page(MainWindow::Trends));
    QVERIFY(trends);
    QListWidget *list = trends->questionList();
    QVERIFY(list->count() > 30);
    list->item(25)->setCheckState(Qt::Checked);
    auto *trend = qobject_cast<TrendModel *>(trends->model());
    QCOMPARE(trend->questionCodes().size(), 2);
    auto *trendChart = qobject_cast<TrendChart *>(trends->chartPanel()->chart());
    QCOMPARE(trendChart->lineCount(), 2); // one wave, one scope: one line per question
    QCOMPARE(QSettings().value(QStringLiteral("trends/questions")).toStringList(), trend->questionCodes());

    auto *landlords = qobject_cast<LandlordsPage *>(window.page(MainWindow::Landlords));
    QVERIFY(landlords);
    landlords->questionCombo()->setCurrentIndex(5);
    auto *ranking = qobject_cast<RankingModel *>(landlords->model());
    QCOMPARE(ranking->questionCode(), landlords->questionCombo()->currentData().toString());
    QCOMPARE(ranking->rowCount(), 3);

    auto *levers = qobject_cast<LeversPage *>(window.page(MainWindow::Levers));
    QVERIFY(levers);
    QVERIFY(levers->leverList()->count() > 0);
}

void TestDashboard::pageShortcuts()
{
    MainWindow window;
    QVERIFY(window.openStore(m_storePath));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Real key presses through the shortcut map.
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Qpv);
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Information);
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Data);
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_1 + p));
        QAction *action = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == keys)
                action = a;
        QVERIFY2(action, qPrintable(keys.toString()));
        action->trigger();
        QCOMPARE(int(window.currentPage()), p);
    }
}

void TestDashboard::languageSwitchesLive()
{
    MainWindow window;
    QVERIFY(window.openStore(m_storePath));
    ChartPage *themes = chartPage(window, MainWindow::Themes);
    const QModelIndex question = themes->model()->index(0, ThemeScoreModel::Question);
    QCOMPARE(question.data().toString(), QStringLiteral("Overall satisfaction with the landlord"));
    QVERIFY(themes->model()->index(0, ThemeScoreModel::Score).data().toString().contains(QLatin1Char('.')));

    window.setLanguage(QStringLiteral("fr"));
    QCoreApplication::processEvents(); // LanguageChange is posted to the widgets
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    // The codebook's French labels and French numbers, in the model and the chart.
    QCOMPARE(themes->model()->index(0, ThemeScoreModel::Question).data().toString(),
             QStringLiteral("Satisfaction globale vis-à-vis du bailleur"));
    QVERIFY(themes->model()->index(0, ThemeScoreModel::Score).data().toString().contains(QLatin1Char(',')));
    QCOMPARE(themes->chartPanel()->chart()->locale().decimalPoint(), QStringLiteral(","));
    // The menus went through retranslate(): whatever the catalogue holds for "&File".
    const QString file = QCoreApplication::translate("MainWindow", "&File");
    QCOMPARE(window.menuBar()->actions().front()->text(), file);
    if (file == QLatin1String("&File"))
        qWarning("The French catalogue has no \"&File\" yet: only the retranslation path is checked");
    else
        QCOMPARE(file, QStringLiteral("&Fichier"));

    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(window.menuBar()->actions().front()->text(), QStringLiteral("&File"));
    QCOMPARE(themes->model()->index(0, ThemeScoreModel::Question).data().toString(),
             QStringLiteral("Overall satisfaction with the landlord"));
}

void TestDashboard::remembersChoices()
{
    {
        MainWindow window;
        QVERIFY(window.openStore(m_storePath));
        QComboBox *landlord = window.filterBar()->landlordCombo();
        landlord->setCurrentIndex(landlord->findData(QStringLiteral("BL_B")));
        window.setCurrentPage(MainWindow::Landlords);
    }
    MainWindow window;
    QCOMPARE(window.currentPage(), MainWindow::Landlords);
    qputenv("SATISFECIT_DB", QByteArray()); // the last store, from the settings
    window.openStartupStore();
    QCOMPARE(window.store()->path(), m_storePath);
    QCOMPARE(window.selection()->landlord(), QStringLiteral("BL_B"));
    QCOMPARE(QSettings().value(QStringLiteral("recentStores")).toStringList().value(0), m_storePath);
}

void TestDashboard::welcomeLoadsTheDemo()
{
    MainWindow window;
    QVERIFY(window.openStore(m_dir.filePath(QStringLiteral("empty.sqlite"))));
    QVERIFY(window.showsWelcome());
    QPushButton *demo = nullptr;
    for (QPushButton *button : window.findChildren<QPushButton *>())
        if (button->text().contains(QStringLiteral("demo data")))
            demo = button;
    QVERIFY(demo);
    demo->click();
    QVERIFY(!window.showsWelcome());
    QVERIFY(window.filterBar()->waveCombo()->currentText().contains(QStringLiteral("demo")));
    ChartPage *themes = chartPage(window, MainWindow::Themes);
    QVERIFY(themes->model()->rowCount() > 30);
    // Demo data is labelled on the pages.
    bool labelled = false;
    for (QLabel *label : themes->findChildren<QLabel *>())
        labelled = labelled || (label->isVisibleTo(themes) && label->text().contains(QStringLiteral("demo data")));
    QVERIFY(labelled);
}

void TestDashboard::dropAcceptsSurveyFiles()
{
    MainWindow window;
    QVERIFY(window.openStore(m_storePath));
    const auto enter = [this, &window](const QString &file) {
        QMimeData data;
        data.setUrls(QList<QUrl>{QUrl::fromLocalFile(m_dir.filePath(file))});
        QDragEnterEvent event(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &event);
        return event.isAccepted();
    };
    QVERIFY(enter(QStringLiteral("survey.csv")));
    QVERIFY(enter(QStringLiteral("survey.xlsx")));
    QVERIFY(enter(QStringLiteral("survey.sav")));
    QVERIFY(!enter(QStringLiteral("report.pdf")));
}

void TestDashboard::reloadsAfterDeletion()
{
    // On a copy: the other tests keep their wave.
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(QFile::copy(m_storePath, copy));
    MainWindow window;
    QVERIFY(window.openStore(copy));
    QVERIFY(!window.showsWelcome());
    QVERIFY(window.store()->deleteWave(window.selection()->waveId()));
    auto *data = qobject_cast<DataPage *>(window.page(MainWindow::Data));
    emit data->storeChanged(); // what the Data page says after its confirmed deletion
    QVERIFY(window.showsWelcome());
    QCOMPARE(window.filterBar()->waveCombo()->count(), 0);
    for (FigureModel *model : window.models())
        QCOMPARE(model->rowCount(), 0); // no wave and no published figure left
}

void TestDashboard::exportsFromEveryPage()
{
    MainWindow window;
    QVERIFY(window.openStore(m_storePath));
    window.resize(900, 600); // exports keep their own size, whatever the window's
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        ChartPage *page = chartPage(window, MainWindow::Page(p));
        if (p == MainWindow::Data) {
            QVERIFY(!page);
            continue;
        }
        QVERIFY(page);
        QVERIFY2(page->exportBaseName().contains(QLatin1String("2020")), qPrintable(page->exportBaseName()));
        QVERIFY(page->findChild<QToolButton *>(QStringLiteral("exportButton")));

        const QString png = m_dir.filePath(page->id() + QStringLiteral(".png"));
        QString error;
        ChartExportOptions options;
        options.logicalSize = QSize(1200, 900);
        options.dpi = 96;
        QVERIFY2(page->saveChart(png, options, &error), qPrintable(error));
        QCOMPARE(QImage(png).size(), QSize(1200, 900));

        // The table as shown: sorted by the last column, descending.
        const int lastColumn = page->proxy()->columnCount() - 1;
        page->table()->sortByColumn(lastColumn, Qt::DescendingOrder);
        const QString csv = m_dir.filePath(page->id() + QStringLiteral(".csv"));
        QVERIFY2(page->saveTable(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM, for Excel
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), page->proxy()->rowCount() + 1);
        if (page->proxy()->rowCount() > 0) {
            const QString firstLabel = page->proxy()->index(0, 0).data().toString();
            QVERIFY2(lines.at(1).contains(firstLabel.left(12)), qPrintable(lines.at(1) + QStringLiteral(" / ") + firstLabel));
        }
        const QString xlsx = m_dir.filePath(page->id() + QStringLiteral(".xlsx"));
        QVERIFY2(page->saveTable(xlsx, &error), qPrintable(error));
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QVERIFY(workbook.read(2) == "PK"); // a zip: the workbook
    }
}

void TestDashboard::exportActionsFollowThePage()
{
    MainWindow window;
    ExportActions *actions = window.exportActions();
    QVERIFY(!actions->boardPackAction()->isEnabled()); // welcome screen: nothing to export
    QVERIFY(!actions->exportChartAction()->isEnabled());
    QVERIFY(window.openStore(m_storePath));
    window.setCurrentPage(MainWindow::Themes);
    QVERIFY(actions->exportChartAction()->isEnabled());
    QVERIFY(actions->copyChartAction()->isEnabled());
    QVERIFY(actions->exportTableAction()->isEnabled());
    QVERIFY(actions->boardPackAction()->isEnabled());
    QCOMPARE(actions->exportChartAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(actions->boardPackAction()->shortcut(), QKeySequence(QKeySequence::Print));

    QGuiApplication::clipboard()->clear();
    actions->copyChartAction()->trigger();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data && data->hasImage());
    const int rows = chartPage(window, MainWindow::Themes)->model()->rowCount();
    QCOMPARE(data->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), rows + 1);

    window.setCurrentPage(MainWindow::Data); // the waves: no chart there
    QVERIFY(!actions->exportChartAction()->isEnabled());
    QVERIFY(!actions->copyChartAction()->isEnabled());
    QVERIFY(actions->boardPackAction()->isEnabled());
}

void TestDashboard::boardPackFromTheWindow()
{
    MainWindow window;
    QVERIFY(window.openStore(m_storePath));
    window.filterBar()->landlordCombo()->setCurrentIndex(1);
    const QString landlord = window.selection()->landlord();
    QVERIFY(!landlord.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("pack.pdf"));
    QString error;
    QVERIFY2(window.exportActions()->writeBoardPackTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    // The cover names the landlord of the window's filter (poppler-utils is
    // installed by scripts/deps).
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(30000), "pdftotext did not run");
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(landlord), qPrintable(content.left(400)));
    QVERIFY(content.contains(QLatin1String("Methodology")) || content.contains(QLatin1String("Method")));
    // The window's own view is untouched by the pack's models.
    QCOMPARE(window.selection()->landlord(), landlord);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
