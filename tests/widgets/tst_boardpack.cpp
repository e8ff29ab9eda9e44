// The board pack on paper: text size, cover words, lone points, title and logo.
#include "export/boardpack.h"
#include "export/boardpackdialog.h"
#include "export/exportstyle.h"
#include "figureengine.h"
#include "figureselection.h"
#include "respondentimporter.h"
#include "store.h"
#include "teststore.h"

#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QImage>
#include <QPaintEngine>
#include <QPaintDevice>
#include <QPainter>
#include <QPageSize>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextItem>

#include <cmath>
#include <memory>

namespace {

// respondents of one wave of year, 3 landlords, QPV, the standard codebook.
QByteArray surveyCsv(int year)
{
    QByteArray csv = "id;annee;bailleur;qpv;poids";
    for (int q = 1; q <= 41; ++q)
        csv += ";Q" + QByteArray::number(q).rightJustified(2, '0');
    csv += '\n';
    for (int i = 0; i < 600; ++i) {
        csv += QByteArray::number(i) + ';' + QByteArray::number(year) + ";L" + QByteArray::number(i % 3) + ';'
               + QByteArray::number(i % 3 == 0) + ';' + QByteArray::number(0.5 + (i % 7) * 0.25);
        for (int q = 1; q <= 41; ++q) {
            csv += ';';
            if ((i + q + year) % 11 == 0)
                continue;
            if (q == 30)
                csv += QByteArray::number(1 + (i + q) % 4);
            else if (q == 31 || q == 32 || q == 41)
                csv += QByteArray::number(1 + (i + q) % 2);
            else
                csv += QByteArray::number(1 + (i * 7 + q * 3 + year) % 4 / (q % 5 == 0 ? 2 : 1));
        }
        csv += '\n';
    }
    return csv;
}

struct TextRecord
{
    int page = 0;
    QString text;
    qreal points = 0; ///< the size on paper
};

// A paint engine that keeps what is drawn: every text with its size on
// paper (the font's points times the painter's scale) and the images.
class RecordingEngine : public QPaintEngine
{
public:
    RecordingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    Type type() const override { return QPaintEngine::User; }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { ++images[page]; }
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override
    {
        ++images[page];
    }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPath(const QPainterPath &) override {}
    void drawTextItem(const QPointF &, const QTextItem &item) override
    {
        const QTransform t = painter()->combinedTransform();
        const qreal scale = std::hypot(t.m12(), t.m22()); // vertical: the glyphs' height
        const QFont font = item.font();
        const qreal size = font.pointSizeF() > 0 ? font.pointSizeF()
                                                 : font.pixelSize() * 72.0 / ExportStyle::layoutDpi();
        texts.push_back({page, item.text(), size * scale});
    }

    int page = 0;
    QMap<int, int> images;
    std::vector<TextRecord> texts;
};

// An A4 landscape page at the layout resolution that records instead of printing.
class RecordingDevice : public QPaintDevice
{
public:
    QPaintEngine *paintEngine() const override { return &m_engine; }
    RecordingEngine &engine() { return m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        const int dpi = ExportStyle::layoutDpi();
        const QSizeF points = QPageSize(QPageSize::A4).sizePoints().transposed();
        switch (metric) {
        case PdmWidth: return int(points.width() * dpi / 72);
        case PdmHeight: return int(points.height() * dpi / 72);
        case PdmWidthMM: return 297;
        case PdmHeightMM: return 210;
        case PdmNumColors: return INT_MAX;
        case PdmDepth: return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return dpi;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    mutable RecordingEngine m_engine;
};

} // namespace

class TestBoardPack : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noTextUnderSevenPoints();
    void coverInPlainWords();
    void loneTrendIsASentence();
    void trendOfTwoWavesIsAChart();
    void titleAndLogo();
    void missingLogoFails();
    void defaultFileNameSaysWhat();

private:
    qint64 importWave(int year);
    // Paints the pack; the texts of each page.
    std::unique_ptr<RecordingDevice> record(const BoardPackOptions &options = {});
    static QString pageText(const RecordingEngine &engine, int page);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<FigureEngine> m_engine;
    FigureSelection m_selection;
    QString m_sha;
};

void TestBoardPack::init()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SatisfecitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_boardpack"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(testStoreLocation(m_dir->filePath(QStringLiteral("store.sqlite")))));
    const qint64 wave = importWave(2020);
    QVERIFY(wave > 0);
    m_engine = std::make_unique<FigureEngine>(m_store.get());
    m_selection.setLanguage(QStringLiteral("fr"));
    m_selection.set(wave, QString(), FigureSelection::QpvFilter::All, QString(), QString());
}

void TestBoardPack::cleanup()
{
    m_engine.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 TestBoardPack::importWave(int year)
{
    const QString path = m_dir->filePath(QStringLiteral("enquete_%1.csv").arg(year));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write(surveyCsv(year));
    file.close();
    RespondentImporter importer(*m_store);
    const ImportResult result = importer.run(path, ImportOptions());
    if (result.status != ImportResult::Status::Imported)
        return 0;
    m_sha = result.wave.sha256;
    return result.wave.id;
}

std::unique_ptr<RecordingDevice> TestBoardPack::record(const BoardPackOptions &options)
{
    auto device = std::make_unique<RecordingDevice>();
    QPainter painter(device.get());
    RecordingEngine &engine = device->engine();
    QString error;
    const int pages = paintBoardPack(*m_engine, m_selection, QStringLiteral("fr"), options, &painter,
                                     [&] { ++engine.page; }, &error);
    painter.end();
    if (pages == 0)
        qWarning("%s", qPrintable(error));
    return device;
}

QString TestBoardPack::pageText(const RecordingEngine &engine, int page)
{
    QStringList parts;
    for (const TextRecord &t : engine.texts)
        if (t.page == page)
            parts << t.text;
    return parts.join(QLatin1Char(' '));
}

void TestBoardPack::noTextUnderSevenPoints()
{
    const auto device = record();
    const RecordingEngine &engine = device->engine();
    QVERIFY(engine.page >= 8);
    // The charts' labels are among the texts (not cached as images): the
    // 36 questions of the answers chart, with their labels.
    QVERIFY(engine.texts.size() > 500);
    QString smallest;
    qreal min = 1e9;
    for (const TextRecord &t : engine.texts)
        if (!t.text.trimmed().isEmpty() && t.points < min) {
            min = t.points;
            smallest = QStringLiteral("page %1: \"%2\" %3 pt").arg(t.page + 1).arg(t.text).arg(t.points);
        }
    qInfo("smallest text: %s", qPrintable(smallest));
    QVERIFY2(min >= 7.0 - 1e-6, qPrintable(smallest));
    // The 36-question charts go on over a second page rather than shrink.
    bool continued = false;
    for (int page = 0; page <= engine.page; ++page)
        continued = continued || pageText(engine, page).contains(QStringLiteral("(continued)"));
    QVERIFY(continued);
}

void TestBoardPack::coverInPlainWords()
{
    m_selection.set(m_selection.waveId(), QStringLiteral("L1"), FigureSelection::QpvFilter::Qpv, QString(), QString());
    const auto device = record();
    const RecordingEngine &engine = device->engine();
    const QString cover = pageText(engine, 0);
    QVERIFY2(cover.contains(QStringLiteral("L1")), qPrintable(cover));
    QVERIFY2(cover.contains(QStringLiteral("QPV")), qPrintable(cover));
    QVERIFY2(!cover.contains(QLatin1Char('=')), qPrintable(cover));
    QVERIFY2(!cover.contains(QStringLiteral("SHA")), qPrintable(cover));
    QVERIFY(!m_sha.isEmpty());
    QVERIFY2(!cover.contains(m_sha.left(8)), qPrintable(cover));
    // The fingerprint is kept, whole, on the methodology page.
    QVERIFY(pageText(engine, engine.page).contains(m_sha));
}

void TestBoardPack::loneTrendIsASentence()
{
    const auto device = record();
    const RecordingEngine &engine = device->engine();
    int sentencePage = -1;
    for (int page = 0; page <= engine.page; ++page)
        if (pageText(engine, page).contains(QStringLiteral("Only one wave so far (2020)")))
            sentencePage = page;
    QVERIFY(sentencePage > 0);
    // No chart on that page: no year axis ("2004"…"2020" ticks), the table's
    // single year only.
    const QString text = pageText(engine, sentencePage);
    QVERIFY2(!text.contains(QStringLiteral("2004")), qPrintable(text));
}

void TestBoardPack::trendOfTwoWavesIsAChart()
{
    QVERIFY(importWave(2023) > 0);
    m_engine = std::make_unique<FigureEngine>(m_store.get());
    const auto device = record();
    const RecordingEngine &engine = device->engine();
    for (int page = 0; page <= engine.page; ++page)
        QVERIFY(!pageText(engine, page).contains(QStringLiteral("Only one wave so far")));
}

void TestBoardPack::titleAndLogo()
{
    const QString logo = m_dir->filePath(QStringLiteral("logo.png"));
    QImage image(120, 40, QImage::Format_ARGB32);
    image.fill(Qt::darkBlue);
    QVERIFY(image.save(logo));
    const auto plain = record();
    QCOMPARE(plain->engine().images.value(0), 0);
    const auto device = record({QStringLiteral("Enquête 2020 de l'office"), logo});
    const RecordingEngine &engine = device->engine();
    QVERIFY(pageText(engine, 0).contains(QStringLiteral("Enquête 2020 de l'office")));
    QCOMPARE(engine.images.value(0), 1);

    // Through the PDF too.
    const QString pdf = m_dir->filePath(QStringLiteral("pack.pdf"));
    QString error;
    QVERIFY2(writeBoardPack(*m_engine, m_selection, pdf, QStringLiteral("fr"), &error,
                            {QStringLiteral("Mon titre"), logo}),
             qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 0);
}

void TestBoardPack::missingLogoFails()
{
    const QString pdf = m_dir->filePath(QStringLiteral("pack.pdf"));
    QString error;
    QVERIFY(!writeBoardPack(*m_engine, m_selection, pdf, QStringLiteral("fr"), &error,
                            {QString(), m_dir->filePath(QStringLiteral("absent.png"))}));
    QVERIFY2(error.contains(QStringLiteral("absent.png")), qPrintable(error));
    QVERIFY(!QFile::exists(pdf));
}

void TestBoardPack::defaultFileNameSaysWhat()
{
    FigureSelection selection;
    selection.set(m_selection.waveId(), QStringLiteral("Habitat du Nord"), FigureSelection::QpvFilter::HorsQpv,
                  QStringLiteral("departement"), QStringLiteral("Pas-de-Calais"));
    QCOMPARE(BoardPackDialog::defaultFileName(selection, 2020),
             QStringLiteral("satisfecit-board-pack-2020-habitat-du-nord-outside-qpv-pas-de-calais"));
    selection.set(m_selection.waveId(), QString(), FigureSelection::QpvFilter::All, QString(), QString());
    QCOMPARE(BoardPackDialog::defaultFileName(selection, 2020), QStringLiteral("satisfecit-board-pack-2020"));

    // The dialog offers it, and remembers title and logo for the next pack.
    QSettings().remove(QStringLiteral("boardPack"));
    {
        BoardPackDialog dialog(selection, 2020);
        QVERIFY(dialog.pathEdit()->text().endsWith(QStringLiteral("satisfecit-board-pack-2020.pdf")));
        dialog.titleEdit()->setText(QStringLiteral("Bilan"));
        dialog.accept();
        QCOMPARE(dialog.options().title, QStringLiteral("Bilan"));
    }
    BoardPackDialog again(selection, 2020);
    QCOMPARE(again.titleEdit()->text(), QStringLiteral("Bilan"));
    QSettings().remove(QStringLiteral("boardPack"));
}

QTEST_MAIN(TestBoardPack)
#include "tst_boardpack.moc"
