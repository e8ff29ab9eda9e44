// Chart exports (PNG, PDF, SVG, clipboard) and the board pack over a small
// imported survey, then the chart and report commands of the binary.
#include "../support/standardsurvey.h"
#include "export/boardpack.h"
#include "export/chartexport.h"
#include "export/exportstyle.h"
#include "figureengine.h"
#include "figureroles.h"
#include "figuremodelfactory.h"
#include "figuremodel.h"
#include "figureselection.h"
#include "respondentimporter.h"
#include "store.h"
#include "tableexport.h"
#include "teststore.h"
#include "themescoremodel.h"
#include "trendmodel.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFontMetrics>
#include <QImageReader>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {


// pdftotext's text of a PDF, or a null string without poppler.
QString pdfText(const QString &path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return QString();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A ligature glyph ("ﬁ") in extracted text: exported text must be searchable
// and copyable as written.
bool hasLigature(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06; });
}

int pdfPages(const QString &path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        return -1;
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(30000);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(process.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

const QList<ChartKind> &allKinds()
{
    static const QList<ChartKind> kinds = {ChartKind::Scores,  ChartKind::Qpv,     ChartKind::Trend,
                                           ChartKind::Ranking, ChartKind::Drivers, ChartKind::Distribution,
                                           ChartKind::Shares};
    return kinds;
}

// A French decimal ("7,8") among the text.
const QRegularExpression frenchDecimal(QStringLiteral("\\d,\\d"));
// An accented letter ("Propreté", "vis-à-vis").
const QRegularExpression accented(QStringLiteral("[àâçéèêëîïôûù]"));

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pngHasTheSizeAndPixelRatio_data();
    void pngHasTheSizeAndPixelRatio();
    void pngSizeAndDpiAreSettable();
    void pdfIsVectorTextInFrench_data();
    void pdfIsVectorTextInFrench();
    void svgIsXmlWithText_data();
    void svgIsXmlWithText();
    void clipboardHasImageAndTable();
    void footnoteSaysBaseAndSource();
    void footnoteAgreesWithTheTable();
    void unknownExtensionFails();
    void tablesOfTheFigureModels();
    void boardPack();
    void commandLine();

private:
    std::unique_ptr<ChartDocument> document(ChartKind kind);
    bool m_accents = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<FigureEngine> m_engine;
    std::unique_ptr<FigureSelection> m_selection;
    std::vector<std::unique_ptr<FigureModel>> m_models;
    QString m_sha;
};

void TestChartExport::initTestCase()
{
    // Text checks need a font with é; a bare machine may have none.
    m_accents = QFontMetrics(ExportStyle::font(10)).inFontUcs4(0xE9);
}

void TestChartExport::init()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(testStoreLocation(m_dir->filePath(QStringLiteral("store.sqlite")))));
    const QString path = m_dir->filePath(QStringLiteral("enquete_2020.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(standardSurveyCsv());
    file.close();
    RespondentImporter importer(*m_store);
    const ImportResult result = importer.run(path, ImportOptions());
    QCOMPARE(int(result.status), int(ImportResult::Status::Imported));
    m_sha = result.wave.sha256;
    m_engine = std::make_unique<FigureEngine>(m_store.get());
    m_selection = std::make_unique<FigureSelection>();
    m_selection->setLanguage(QStringLiteral("fr"));
    m_selection->setWaveId(result.wave.id);
}

void TestChartExport::cleanup()
{
    m_models.clear();
    m_selection.reset();
    m_engine.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<ChartDocument> TestChartExport::document(ChartKind kind)
{
    m_models.push_back(createFigureModel(kind, m_engine.get(), m_selection.get()));
    return std::make_unique<ChartDocument>(kind, m_models.back().get(), QLocale());
}

void TestChartExport::pngHasTheSizeAndPixelRatio_data()
{
    QTest::addColumn<ChartKind>("kind");
    for (const ChartKind kind : allKinds())
        QTest::newRow(qPrintable(chartKindName(kind))) << kind;
}

void TestChartExport::pngHasTheSizeAndPixelRatio()
{
    QFETCH(ChartKind, kind);
    const auto doc = document(kind);
    QVERIFY(doc->isValid());
    const QImage image = renderChartImage(*doc);
    QCOMPARE(image.size(), QSize(3200, 1800));
    QCOMPARE(image.devicePixelRatio(), 2.0);
    QCOMPARE(image.deviceIndependentSize(), QSizeF(1600, 900));

    const QString path = m_dir->filePath(chartKindName(kind) + QStringLiteral(".png"));
    QString error;
    QVERIFY2(exportChartPng(*doc, path, {}, &error), qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage read = reader.read();
    QCOMPARE(read.size(), QSize(3200, 1800));
    // 192 dpi: a slide places it at its logical 1600 × 900 size.
    QVERIFY(qAbs(read.dotsPerMeterX() * 0.0254 - 192) < 1);
    // Something was drawn on the white page: text, axes, bars.
    const QImage small = read.scaled(320, 180, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    int inked = 0;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            inked += small.pixelColor(x, y).lightness() < 200;
    QVERIFY2(inked > 500, qPrintable(QString::number(inked)));
}

void TestChartExport::pngSizeAndDpiAreSettable()
{
    const auto doc = document(ChartKind::Scores);
    ChartExportOptions options;
    options.logicalSize = QSize(800, 450);
    options.dpi = 96;
    const QImage image = renderChartImage(*doc, options);
    QCOMPARE(image.size(), QSize(800, 450));
    options.dpi = 288;
    QCOMPARE(renderChartImage(*doc, options).size(), QSize(2400, 1350));
}

void TestChartExport::pdfIsVectorTextInFrench_data()
{
    pngHasTheSizeAndPixelRatio_data();
}

void TestChartExport::pdfIsVectorTextInFrench()
{
    QFETCH(ChartKind, kind);
    const auto doc = document(kind);
    const QString path = m_dir->filePath(chartKindName(kind) + QStringLiteral(".pdf"));
    QString error;
    QVERIFY2(exportChartPdf(*doc, path, {}, &error), qPrintable(error));
    const int pages = pdfPages(path);
    QVERIFY2(pages >= 0, "pdfinfo is missing: scripts/deps installs poppler-utils");
    QCOMPARE(pages, 1);
    const QString text = pdfText(path);
    QVERIFY(!hasLigature(text));
    QVERIFY2(text.contains(doc->title()), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("SHA-256")));
    QVERIFY(text.contains(m_sha.left(8)));
    QVERIFY2(text.contains(frenchDecimal), qPrintable(text.left(500)));
    if (m_accents) // the question labels are French
        QVERIFY2(text.contains(accented), qPrintable(text.left(500)));
}

void TestChartExport::svgIsXmlWithText_data()
{
    pngHasTheSizeAndPixelRatio_data();
}

void TestChartExport::svgIsXmlWithText()
{
    QFETCH(ChartKind, kind);
    const auto doc = document(kind);
    const QString path = m_dir->filePath(chartKindName(kind) + QStringLiteral(".svg"));
    QVERIFY(exportChart(*doc, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int texts = 0;
    QString title, allText;
    QString root;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty())
            root = xml.name().toString();
        if (xml.name() == QLatin1String("title") && title.isEmpty())
            title = xml.readElementText();
        else if (xml.name() == QLatin1String("text")) {
            ++texts;
            allText += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char(' ');
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QCOMPARE(title, doc->title());
    QVERIFY(texts > 5);
    QVERIFY2(allText.contains(QStringLiteral("SHA-256")), qPrintable(allText.left(300)));
}

void TestChartExport::clipboardHasImageAndTable()
{
    const auto doc = document(ChartKind::Qpv);
    std::unique_ptr<QMimeData> data(chartMimeData(*doc));
    QVERIFY(data->hasImage());
    QCOMPARE(qvariant_cast<QImage>(data->imageData()).size(), QSize(3200, 1800));
    const QStringList lines = data->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), doc->model()->rowCount() + 1);
    QCOMPARE(lines.first().count(QLatin1Char('\t')), doc->model()->columnCount() - 1);
}

void TestChartExport::footnoteSaysBaseAndSource()
{
    const auto doc = document(ChartKind::Scores);
    const QString note = doc->footnote().join(QLatin1Char('\n'));
    QVERIFY2(note.contains(QStringLiteral("n = ")), qPrintable(note));
    QVERIFY(note.contains(QStringLiteral("±")));
    QVERIFY(note.contains(m_sha.left(8)));
    QVERIFY(!doc->subtitle().isEmpty());
}

// Under a landlord and QPV filter, the footnote's base is the overall
// question's n of the table beside it (the trend's point of the wave too),
// and the footnote names the sample design.
void TestChartExport::footnoteAgreesWithTheTable()
{
    m_selection->set(m_selection->waveId(), QStringLiteral("L1"), FigureSelection::QpvFilter::HorsQpv, QString(), QString());
    GroupFilter filter{QStringLiteral("L1"), false, QString(), QString()};
    const auto sums = m_engine->groupSums(m_selection->waveId(), filter);
    const WaveSummary *summary = m_engine->summary(m_selection->waveId());
    QVERIFY(sums && summary);
    const qint64 n = scoreFigure((*sums)[std::size_t(summary->questionIndex(QStringLiteral("Q01")))]).n;
    for (const ChartKind kind : {ChartKind::Scores, ChartKind::Trend, ChartKind::Drivers, ChartKind::Distribution}) {
        const auto doc = document(kind);
        const QString note = doc->footnote().join(QLatin1Char('\n'));
        QVERIFY2(note.contains(QStringLiteral("n = %1,").arg(QLocale().toString(n))), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Sample design: no strata")), qPrintable(note));
        if (kind == ChartKind::Trend) {
            const QAbstractItemModel *table = doc->model();
            // The landlord's point first, then the region's line beside it.
            QCOMPARE(table->rowCount(), 2);
            QCOMPARE(table->index(0, 0).data(+FigureRole::N).toLongLong(), n);
            QCOMPARE(table->index(0, TrendModel::Group).data(Qt::EditRole).toString(), QStringLiteral("L1"));
            QVERIFY(table->index(1, TrendModel::Group).data(Qt::EditRole).toString().isEmpty());
        }
    }
}

void TestChartExport::unknownExtensionFails()
{
    const auto doc = document(ChartKind::Scores);
    QString error;
    QVERIFY(!exportChart(*doc, m_dir->filePath(QStringLiteral("chart.gif")), {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!exportChart(*doc, m_dir->filePath(QStringLiteral("missing/chart.png")), {}, &error));
}

void TestChartExport::tablesOfTheFigureModels()
{
    QList<QPair<QString, const QAbstractItemModel *>> sheets;
    for (const ChartKind kind : allKinds()) {
        m_models.push_back(createFigureModel(kind, m_engine.get(), m_selection.get()));
        sheets << qMakePair(chartKindName(kind), m_models.back().get());
    }
    const QString xlsx = m_dir->filePath(QStringLiteral("tables.xlsx"));
    QString error;
    QVERIFY2(exportXlsx(sheets, xlsx, &error), qPrintable(error));
    XlsxReader reader(xlsx, {});
    QVERIFY(reader.open());
    QCOMPARE(reader.sheetNames().size(), int(allKinds().size()));
    const QAbstractItemModel &themes = *sheets.first().second;
    QCOMPARE(reader.header().text(ThemeScoreModel::Score), themes.headerData(ThemeScoreModel::Score, Qt::Horizontal).toString());
    Record record;
    QVERIFY(reader.next(record));
    // Full precision, as a number: not the "7,8" shown.
    QCOMPARE(record.text(ThemeScoreModel::Score).toDouble(),
             themes.index(0, ThemeScoreModel::Score).data(Qt::EditRole).toDouble());
    QCOMPARE(record.text(ThemeScoreModel::N).toLongLong(), themes.index(0, ThemeScoreModel::N).data(Qt::EditRole).toLongLong());

    const QString csv = m_dir->filePath(QStringLiteral("scores.csv"));
    QVERIFY(exportCsv(themes, csv, QLocale()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), themes.rowCount() + 1);
    const QStringList first = lines[1].split(QLatin1Char(';'));
    QCOMPARE(QLocale().toDouble(first[ThemeScoreModel::Score]), themes.index(0, ThemeScoreModel::Score).data(Qt::EditRole).toDouble());
}

void TestChartExport::boardPack()
{
    const QString path = m_dir->filePath(QStringLiteral("pack.pdf"));
    QString error;
    // Its speed (two seconds for a full wave) is benchmarked: bench_window.
    QVERIFY2(writeBoardPack(*m_engine, *m_selection, path, QStringLiteral("fr"), &error), qPrintable(error));
    const int pages = pdfPages(path);
    QVERIFY2(pages >= 0, "pdfinfo is missing: scripts/deps installs poppler-utils");
    QVERIFY2(pages >= 9, qPrintable(QString::number(pages)));
    const QString text = pdfText(path);
    QVERIFY(!hasLigature(text));
    QVERIFY(text.contains(QStringLiteral("page 2 / %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("page %1 / %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("SHA-256")));
    QVERIFY(text.contains(m_sha)); // the methodology gives the whole fingerprint
    QVERIFY(text.contains(frenchDecimal));
    if (m_accents)
        QVERIFY(text.contains(QStringLiteral("é")));
    // The page of the yes/no and single-choice questions (Q31: "Équipé d'un smartphone").
    QVERIFY(text.contains(QStringLiteral("smartphone")));
    // The caller's selection is left as it was.
    QCOMPARE(m_selection->language(), QStringLiteral("fr"));
}

void TestChartExport::commandLine()
{
    const QString db = testStoreLocation(m_dir->filePath(QStringLiteral("store.sqlite")));
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(SATISFECIT_BINARY), QStringList{QStringLiteral("--db"), db} + arguments);
        if (!process.waitForFinished(60000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    };
    const QString png = m_dir->filePath(QStringLiteral("cli.png"));
    QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("scores"), QStringLiteral("--out"), png,
                  QStringLiteral("--width"), QStringLiteral("800"), QStringLiteral("--height"), QStringLiteral("450")}),
             0);
    QCOMPARE(QImage(png).size(), QSize(1600, 900));
    const QString svg = m_dir->filePath(QStringLiteral("cli.svg"));
    QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("trend"), QStringLiteral("--code"), QStringLiteral("Q02"),
                  QStringLiteral("--out"), svg}), 0);
    QVERIFY(QFile::exists(svg));
    QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("pie"), QStringLiteral("--out"), png}), 1);
    QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("scores"), QStringLiteral("--out"),
                  m_dir->filePath(QStringLiteral("x.gif"))}), 1);
    QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("ranking"), QStringLiteral("--landlord"),
                  QStringLiteral("NOPE"), QStringLiteral("--out"), png}), 1);
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--out"), m_dir->filePath(QStringLiteral("x.docx"))}), 1);

    const QString pdf = m_dir->filePath(QStringLiteral("cli.pdf"));
    QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("report"), QStringLiteral("--out"),
                  pdf, QStringLiteral("--landlord"), QStringLiteral("L1")}), 0);
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 0, "pdfinfo is missing: scripts/deps installs poppler-utils");
    QVERIFY(pages >= 9);
    const QString text = pdfText(pdf);
    QVERIFY(!hasLigature(text));
    QVERIFY(text.contains(frenchDecimal));
    if (m_accents)
        QVERIFY(text.contains(QStringLiteral("é")));
    QVERIFY(text.contains(QStringLiteral("L1")));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
