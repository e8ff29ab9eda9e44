// The window's landlord view: with a landlord selected the overview tiles
// show the region beside it with the gap, the Themes and QPV charts mark the
// region, the trend draws the region's line beside the landlord's and names
// the landlord; "My organisation" opens the window on it; File → Reports for
// every landlord writes one PDF each, or none when cancelled.
#include "charts/chartpanel.h"
#include "export/landlordbatchdialog.h"
#include "exportactions.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "mylandlord.h"
#include "pptxfixture.h"
#include "pages/chartpage.h"
#include "pages/overviewpage.h"
#include "qpvcomparisonmodel.h"
#include "respondentimporter.h"
#include "store.h"
#include "teststore.h"
#include "themescoremodel.h"
#include "trendmodel.h"

#include <QAbstractSeries>
#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

// 3 landlords of 150 respondents, the second clearly less satisfied.
void writeSurvey(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
    QTextStream out(&file);
    out << "id;annee;bailleur;qpv;poids";
    for (int q = 1; q <= 41; ++q)
        out << ";Q" << QString::number(q).rightJustified(2, QLatin1Char('0'));
    out << '\n';
    const QStringList landlords = {QStringLiteral("BL_A"), QStringLiteral("BL_B"), QStringLiteral("BL_C")};
    for (int i = 0; i < 450; ++i) {
        const int l = i % 3;
        out << i + 1 << ";2020;" << landlords[l] << ';' << (i % 5 < 2 ? 1 : 0) << ';' << (0.7 + (i % 4) * 0.2);
        for (int q = 1; q <= 41; ++q) {
            out << ';';
            if (q == 30)
                out << 1 + (i + q) % 4;
            else if (q == 31 || q == 32 || q == 41)
                out << 1 + (i + q) % 2;
            else
                out << std::min(4, 1 + (i * 7 + q) % 3 + (l == 1 ? 1 : 0));
        }
        out << '\n';
    }
}

QStringList seriesNames(ChartPage *page)
{
    QStringList names;
    if (QChart *chart = page->chartPanel()->chart())
        for (QAbstractSeries *series : chart->series())
            names << series->name();
    return names;
}

} // namespace

class TestLandlordView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void regionBesideTheLandlord();
    void myOrganisationOpensOnIt();
    void reportsForEveryLandlord();
    void landlordsBoardPackNamesNoOther();

private:
    QTemporaryDir m_dir;
    QString m_storePath;
};

void TestLandlordView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SatisfecitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_landlordview"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    const QString csv = m_dir.filePath(QStringLiteral("survey.csv"));
    writeSurvey(csv);
    m_storePath = testStoreLocation(m_dir.filePath(QStringLiteral("store.sqlite")));
    Store store;
    QVERIFY(store.open(m_storePath));
    const ImportResult result = RespondentImporter(store).run(csv, ImportOptions());
    QCOMPARE(int(result.status), int(ImportResult::Status::Imported));
}

void TestLandlordView::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
}

void TestLandlordView::regionBesideTheLandlord()
{
    MainWindow window;
    QVERIFY(window.openStore(m_storePath));
    auto *overview = qobject_cast<OverviewPage *>(window.page(MainWindow::Overview));
    QVERIFY(overview);
    // The whole region: no "Region" beside the tiles, no region marker.
    QVERIFY(!overview->tileTexts().join(QLatin1Char('\n')).contains(QStringLiteral("Region ")));
    QComboBox *landlord = window.filterBar()->landlordCombo();
    landlord->setCurrentIndex(landlord->findData(QStringLiteral("BL_B")));
    QCOMPARE(window.selection()->landlord(), QStringLiteral("BL_B"));

    // Overview: the region's score beside the landlord's, with the gap.
    auto *themes = qobject_cast<ThemeScoreModel *>(window.models()[1]);
    QVERIFY(themes);
    const ThemeScoreModel::Row *global = nullptr;
    for (const ThemeScoreModel::Row &row : themes->rowData())
        if (row.code == QStringLiteral("Q01"))
            global = &row;
    QVERIFY(global && global->regional);
    const QLocale locale;
    const QString overall = overview->tileTexts().first();
    QVERIFY2(overall.contains(QStringLiteral("Region %1").arg(locale.toString(displayedScore(*global->regional), 'f', 1))),
             qPrintable(overall));
    QVERIFY2(overall.contains(QStringLiteral("gap −")), qPrintable(overall)); // BL_B is below the region
    QVERIFY(overall.contains(QStringLiteral("✱")));                          // clearly so

    // Themes and QPV charts: the region as a marker.
    window.setCurrentPage(MainWindow::Themes);
    QVERIFY(seriesNames(qobject_cast<ChartPage *>(window.page(MainWindow::Themes))).contains(QStringLiteral("Region")));
    window.setCurrentPage(MainWindow::Qpv);
    QVERIFY(seriesNames(qobject_cast<ChartPage *>(window.page(MainWindow::Qpv))).contains(QStringLiteral("Region")));
    auto *qpv = qobject_cast<QpvComparisonModel *>(window.models()[2]);
    QVERIFY(qpv && qpv->rowData().front().regionQpv && qpv->rowData().front().regionHorsQpv);

    // Trend: the landlord's line named after it, the region's beside it.
    window.setCurrentPage(MainWindow::Overview);
    const QStringList names = seriesNames(overview);
    QVERIFY2(names.contains(QStringLiteral("BL_B")), qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY2(names.contains(QStringLiteral("Region")), qPrintable(names.join(QLatin1Char('|'))));
    auto *trend = qobject_cast<TrendModel *>(window.models()[0]);
    QVERIFY(trend);
    QStringList groups;
    for (const TrendModel::Series &s : trend->series())
        groups << s.landlord;
    QCOMPARE(groups, (QStringList{QStringLiteral("BL_B"), QString()}));

    // Back to the whole region: the markers go.
    landlord->setCurrentIndex(0);
    QVERIFY(!overview->tileTexts().join(QLatin1Char('\n')).contains(QStringLiteral("Region ")));
    QCOMPARE(int(trend->series().size()), 1);
    QVERIFY(!qpv->rowData().front().regionQpv);
}

void TestLandlordView::myOrganisationOpensOnIt()
{
    MyLandlord::setCode(QStringLiteral("BL_C"));
    {
        MainWindow window;
        QVERIFY(window.myLandlord()->action());
        QVERIFY(window.openStore(m_storePath));
        QCOMPARE(window.selection()->landlord(), QStringLiteral("BL_C"));
        // Another landlord chosen for a while is not remembered over the preference.
        QComboBox *landlord = window.filterBar()->landlordCombo();
        landlord->setCurrentIndex(landlord->findData(QStringLiteral("BL_A")));
    }
    MainWindow window;
    QVERIFY(window.openStore(m_storePath));
    QCOMPARE(window.selection()->landlord(), QStringLiteral("BL_C"));
    // A landlord the wave lacks leaves the remembered filter alone.
    MyLandlord::setCode(QStringLiteral("NOT_THERE"));
    QVERIFY(window.openStore(m_storePath));
    QCOMPARE(window.selection()->landlord(), QStringLiteral("BL_C"));
    MyLandlord::setCode(QString());
    QVERIFY(MyLandlord::code().isEmpty());
}

void TestLandlordView::reportsForEveryLandlord()
{
    MainWindow window;
    QVERIFY(window.openStore(m_storePath));
    QVERIFY(window.exportActions()->eachLandlordAction()->isEnabled());
    const QString folder = m_dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(folder));
    {
        LandlordBatchDialog dialog(window.engine(), window.selection()->waveId(), QStringLiteral("en"), &window);
        dialog.folderEdit()->setText(folder);
        // Cancel after the first report: nothing is left.
        QObject::connect(dialog.progressBar(), &QProgressBar::valueChanged, &dialog, [&dialog](int value) {
            if (value == 1)
                dialog.reject(); // as Escape or Cancel while it runs
        });
        dialog.writeReports();
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Cancelled")));
        QVERIFY(!dialog.openFolderButton()->isVisible());
    }
    LandlordBatchDialog dialog(window.engine(), window.selection()->waveId(), QStringLiteral("en"), &window);
    dialog.folderEdit()->setText(folder);
    dialog.show();
    dialog.writeReports();
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("BL_A.pdf"), QStringLiteral("BL_B.pdf"), QStringLiteral("BL_C.pdf")}));
    QCOMPARE(dialog.progressBar()->value(), 3);
    QVERIFY(dialog.openFolderButton()->isVisible());
    // A folder that is not there: a clear message, nothing written.
    dialog.folderEdit()->setText(m_dir.filePath(QStringLiteral("nowhere")));
    dialog.writeReports();
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("no such folder")));
}

// File → Board pack with a landlord selected writes the pack sent to that
// landlord: as on the command line, no other landlord is named, in the PDF
// or in the PowerPoint deck (slides, charts and their workbooks).
void TestLandlordView::landlordsBoardPackNamesNoOther()
{
    MainWindow window;
    QVERIFY(window.openStore(m_storePath));
    QComboBox *landlord = window.filterBar()->landlordCombo();
    landlord->setCurrentIndex(landlord->findData(QStringLiteral("BL_B")));
    QCOMPARE(window.selection()->landlord(), QStringLiteral("BL_B"));

    const QString pdf = m_dir.filePath(QStringLiteral("pack_bl_b.pdf"));
    QString error;
    QVERIFY2(window.exportActions()->writeBoardPackTo(pdf, &error), qPrintable(error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    QCOMPARE(text.exitCode(), 0);
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(pdfText.contains(QStringLiteral("BL_B")));

    const QString deck = m_dir.filePath(QStringLiteral("pack_bl_b.pptx"));
    QVERIFY2(window.exportActions()->writeBoardPackTo(deck, &error), qPrintable(error));
    QByteArray deckXml;
    const QMap<QString, QByteArray> parts = unzipAll(deck);
    QVERIFY(!parts.isEmpty());
    for (auto part = parts.cbegin(); part != parts.cend(); ++part) {
        if (part.key().endsWith(QLatin1String(".xml")))
            deckXml += part.value();
        else if (part.key().endsWith(QLatin1String(".xlsx")))
            for (const QStringList &row : workbookRows(part.value(), m_dir.path()))
                deckXml += row.join(QLatin1Char('\t')).toUtf8() + '\n';
    }
    QVERIFY(deckXml.contains("BL_B"));
    for (const char *other : {"BL_A", "BL_C"}) {
        QVERIFY2(!pdfText.contains(QLatin1String(other)), other);
        QVERIFY2(!deckXml.contains(other), other);
    }
}

QTEST_MAIN(TestLandlordView)
#include "tst_landlordview.moc"
