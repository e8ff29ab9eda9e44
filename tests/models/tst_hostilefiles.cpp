// Hostile and broken files given to the importer: each is refused with a
// message naming the problem, in bounded time and memory, and the store is
// left exactly as it was. Then values that look like SQL, imported as plain
// data; then every input the fuzzers found crashing, read again.
#include "respondentimporter.h"
#include "store.h"
#include "tablereader.h"
#include "teststore.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <minizip/zip.h>
#include <readstat.h>

// Under AddressSanitizer, freed memory is held in a quarantine (256 MiB by
// default) before reuse, which the peak-memory bound would count as ours:
// keep it small in this test.
#if defined(__SANITIZE_ADDRESS__)
#define SATISFECIT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SATISFECIT_ASAN 1
#endif
#endif
#ifdef SATISFECIT_ASAN
extern "C" const char *__asan_default_options()
{
    return "quarantine_size_mb=16";
}
#endif

namespace {

constexpr qint64 MaxMilliseconds = 20000;      // generous: a Debug or sanitizer build on a busy machine
constexpr qint64 MaxPeakGrowthKiB = 200 * 1024; // 200 MiB

// ---- memory -----------------------------------------------------------------

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the peak resident size to the current one (Linux >= 4.0), so that
// VmHWM afterwards is the peak of what follows alone. False when the kernel
// refuses: the growth is then measured against the earlier peak.
bool resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// ---- files -----------------------------------------------------------------

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray pngImage()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(8, 8, 30, 20, Qt::darkBlue);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

using Parts = QList<QPair<QByteArray, QByteArray>>; // zip entry name, content
const char *const MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char *const RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray sheetXml(const QByteArray &sheetData)
{
    return QByteArray("<?xml version=\"1.0\"?><worksheet xmlns=\"") + MainNs + "\"><sheetData>" + sheetData
           + "</sheetData></worksheet>";
}

QByteArray inlineRow(int row, const QList<QByteArray> &cells)
{
    QByteArray xml = "<row r=\"" + QByteArray::number(row) + "\">";
    for (const QByteArray &cell : cells)
        xml += "<c t=\"inlineStr\"><is><t>" + cell + "</t></is></c>";
    return xml + "</row>";
}

// A one-sheet workbook, sheet1.xml given; `without` leaves a part out.
Parts workbookParts(const QByteArray &sheet, const QByteArray &without = QByteArray())
{
    const Parts all = {
        {"xl/workbook.xml", QByteArray("<?xml version=\"1.0\"?><workbook xmlns=\"") + MainNs + "\" xmlns:r=\""
                                + RelNs + "\"><sheets><sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         QByteArray("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    "relationships\"><Relationship Id=\"rId1\" Type=\"") + RelNs
             + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", sheet},
    };
    Parts parts;
    for (const auto &part : all) {
        if (part.first != without)
            parts.append(part);
    }
    return parts;
}

bool writeZip(const QString &path, const Parts &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, content] : parts) {
        zip_fileinfo info{};
        ok = ok && zipOpenNewFileInZip(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                       Z_BEST_COMPRESSION) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, content.constData(), unsigned(content.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

QByteArray validSheet()
{
    return sheetXml(inlineRow(1, {"id", "bailleur", "qpv", "Q01"}) + inlineRow(2, {"1", "L1", "1", "2"})
                    + inlineRow(3, {"2", "L2", "0", "1"}));
}

ssize_t writeToFile(const void *data, size_t length, void *ctx)
{
    return ssize_t(static_cast<QFile *>(ctx)->write(static_cast<const char *>(data), qint64(length)));
}

// A valid SPSS file of `cases` respondents, written with ReadStat's writer.
QByteArray savFile(const QString &path, int cases)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        readstat_writer_t *writer = readstat_writer_init();
        readstat_set_data_writer(writer, &writeToFile);
        readstat_label_set_t *satisfaction = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "satisfaction");
        readstat_label_double_value(satisfaction, 1, "Tout à fait satisfait");
        readstat_label_double_value(satisfaction, 2, "Plutôt satisfait");
        readstat_variable_t *id = readstat_add_variable(writer, "id", READSTAT_TYPE_DOUBLE, 0);
        readstat_variable_t *bailleur = readstat_add_variable(writer, "bailleur", READSTAT_TYPE_STRING, 12);
        readstat_variable_t *qpv = readstat_add_variable(writer, "qpv", READSTAT_TYPE_DOUBLE, 0);
        readstat_variable_t *q01 = readstat_add_variable(writer, "Q01", READSTAT_TYPE_DOUBLE, 0);
        readstat_variable_set_label_set(q01, satisfaction);
        bool ok = readstat_begin_writing_sav(writer, &file, cases) == READSTAT_OK;
        for (int i = 0; ok && i < cases; ++i) {
            ok = readstat_begin_row(writer) == READSTAT_OK
                 && readstat_insert_double_value(writer, id, i + 1) == READSTAT_OK
                 && readstat_insert_string_value(writer, bailleur, i % 2 ? "LOGIS62" : "SIGH") == READSTAT_OK
                 && readstat_insert_double_value(writer, qpv, i % 2) == READSTAT_OK
                 && readstat_insert_double_value(writer, q01, 1 + i % 2) == READSTAT_OK
                 && readstat_end_row(writer) == READSTAT_OK;
        }
        ok = ok && readstat_end_writing(writer) == READSTAT_OK;
        readstat_writer_free(writer);
        if (!ok)
            return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The SAV file header's case count (ncases): an int32 at byte offset 80,
// after "$FL2" (4), the product name (60), layout code, nominal case size,
// compression and weight index (4 x int32); little-endian as ReadStat writes
// it here.
constexpr int SavCaseCountOffset = 80;

QByteArray withDeclaredCases(QByteArray bytes, qint32 cases)
{
    qToLittleEndian(cases, bytes.data() + SavCaseCountOffset);
    return bytes;
}

// ---- store -----------------------------------------------------------------

// Everything the store shows of its contents, as text.
QStringList snapshot(const Store &store)
{
    QStringList lines;
    for (const WaveInfo &w : store.waves())
        lines << QStringLiteral("wave %1 %2 %3 %4 %5 %6")
                     .arg(w.id).arg(w.year).arg(w.scope, w.sourceFile, w.sha256).arg(w.respondentCount);
    const Codebook codebook = store.codebook();
    for (const Question &q : codebook.questions())
        lines << QStringLiteral("question %1 %2 %3 %4").arg(q.code, q.theme, q.labelFr, q.parent);
    return lines;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void sqlLookingValuesAreData();
    void fuzzRegressions();

private:
    bool build(const QString &kind, const QString &path);
    QTemporaryDir m_dir;
    Store m_store;
    QString m_storePath;
    int m_refused = 0;
};

void TestHostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_storePath = testStoreLocation(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(m_store.open(m_storePath), qPrintable(m_store.error().message));
    const QString first = m_dir.filePath(QStringLiteral("vague2021.csv"));
    QVERIFY(writeFile(first, "id;annee;bailleur;qpv;poids;Q01;Q02\n1;2021;LOGIS62;1;1,5;1;2\n"
                             "2;2021;SIGH;0;1;4;9\n3;2021;SIGH;oui;0,75;2;3\n"));
    RespondentImporter importer(m_store);
    const ImportResult result = importer.run(first, {});
    QCOMPARE(int(result.status), int(ImportResult::Status::Imported));
    QCOMPARE(m_store.waves().size(), 1);
}

// Builds the hostile file `kind` at path.
bool TestHostileFiles::build(const QString &kind, const QString &path)
{
    const QByteArray header = "id;bailleur;qpv;Q01\n";
    if (kind == QLatin1String("truncated"))
        return writeFile(path, header + "1;LOGIS62;1;2\n2;SIGH;0;1\n3;SI");
    if (kind == QLatin1String("nul"))
        return writeFile(path, header + "1;LOGIS62;1;2\n2;SI" + QByteArray(1, '\0') + "GH;0;1\n");
    if (kind == QLatin1String("invalid-utf8"))
        return writeFile(path, "id;bailleur;qpv;Q01;commune\n1;LOGIS62;1;2;Montréal\n2;SIGH;0;1;Sa\xFFint-Omer\n");
    if (kind == QLatin1String("unterminated-quote"))
        return writeFile(path, header + "1;\"LOGIS62;1;2\n2;SIGH;0;1\n3;SIGH;0;4\n");
    if (kind == QLatin1String("empty"))
        return writeFile(path, QByteArray());
    if (kind == QLatin1String("long-line")) {
        // 100 MiB without a line break, written a chunk at a time.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("id;") != 3)
            return false;
        const QByteArray chunk(1 << 20, 'a');
        for (int i = 0; i < 100; ++i) {
            if (file.write(chunk) != chunk.size())
                return false;
        }
        return true;
    }
    if (kind == QLatin1String("million-columns")) {
        QByteArray line;
        line.reserve(8 << 20);
        for (int i = 0; i < 1000000; ++i)
            line += (i ? ";c" : "c") + QByteArray::number(i);
        return writeFile(path, line + "\n" + QByteArray(1000000 - 1, ';') + "\n");
    }
    if (kind == QLatin1String("png"))
        return writeFile(path, pngImage());
    if (kind == QLatin1String("xlsx-bomb")) {
        // 64 MiB of rows deflate to a few dozen KiB.
        const QByteArray rows = inlineRow(1, {"id", "bailleur", "qpv", "Q01"})
                                + QByteArray("<row><c><v>1</v></c></row>").repeated((64 << 20) / 26);
        return writeZip(path, workbookParts(sheetXml(rows)));
    }
    if (kind == QLatin1String("xlsx-malformed"))
        return writeZip(path, workbookParts(sheetXml(inlineRow(1, {"id", "bailleur", "qpv", "Q01"})
                                                     + "<row r=\"2\"><c><v>1</v></row>")));
    if (kind == QLatin1String("xlsx-no-workbook"))
        return writeZip(path, workbookParts(validSheet(), "xl/workbook.xml"));
    if (kind == QLatin1String("xlsx-no-sheet"))
        return writeZip(path, workbookParts(validSheet(), "xl/worksheets/sheet1.xml"));
    if (kind == QLatin1String("xlsx-truncated")) {
        if (!writeZip(path, workbookParts(validSheet())))
            return false;
        QFile file(path);
        return file.resize(file.size() / 2);
    }
    if (kind == QLatin1String("sav-truncated")) {
        const QByteArray sav = savFile(path, 200);
        return !sav.isEmpty() && writeFile(path, sav.left(sav.size() * 2 / 3));
    }
    if (kind == QLatin1String("sav-huge-count")) {
        const QByteArray sav = savFile(path, 20);
        return !sav.isEmpty() && writeFile(path, withDeclaredCases(sav, 2'000'000'000));
    }
    if (kind == QLatin1String("sav-more-cases")) {
        const QByteArray sav = savFile(path, 20);
        return !sav.isEmpty() && writeFile(path, withDeclaredCases(sav, 4'000'000));
    }
    qFatal("unknown hostile file %s", qPrintable(kind));
    return false;
}

void TestHostileFiles::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("messagePart"); // a regular expression

    QTest::newRow("CSV cut in the middle of a record") << "truncated" << "coupe.csv" << "expected 4 fields";
    QTest::newRow("CSV with a NUL byte") << "nul" << "nul.csv" << "NUL bytes";
    QTest::newRow("invalid UTF-8 in a UTF-8 file") << "invalid-utf8" << "utf8.csv" << "invalid UTF-8 byte 0xff";
    QTest::newRow("unterminated quote") << "unterminated-quote" << "guillemet.csv" << "never closed";
    QTest::newRow("empty file") << "empty" << "vide.csv" << "empty";
    QTest::newRow("100 MiB single line") << "long-line" << "ligne.csv" << "a record longer than 16 MiB";
    QTest::newRow("a million columns") << "million-columns" << "colonnes.csv" << "more than 100000 fields";
    QTest::newRow("PNG image saved as .csv") << "png" << "image.csv" << "NUL bytes";
    QTest::newRow("PNG image saved as .xlsx") << "png" << "image.xlsx" << "not a zip archive";
    QTest::newRow("PNG image saved as .sav") << "png" << "image.sav" << "cannot read the SPSS file";
    QTest::newRow("zip bomb .xlsx (64 MiB sheet in a few KiB)") << "xlsx-bomb" << "bombe.xlsx" << "zip bomb";
    QTest::newRow(".xlsx with malformed XML") << "xlsx-malformed" << "malforme.xlsx" << "malformed XML";
    QTest::newRow(".xlsx without xl/workbook.xml")
        << "xlsx-no-workbook" << "sans-classeur.xlsx" << "the part xl/workbook.xml is missing";
    QTest::newRow(".xlsx without its sheet")
        << "xlsx-no-sheet" << "sans-feuille.xlsx" << "the part xl/worksheets/sheet1.xml is missing";
    QTest::newRow(".xlsx cut in half") << "xlsx-truncated" << "coupe.xlsx" << "not a zip archive";
    QTest::newRow(".sav cut at two thirds") << "sav-truncated" << "coupe.sav" << "cannot read the SPSS file";
    QTest::newRow(".sav whose header claims 2,000,000,000 cases")
        << "sav-huge-count" << "menteur.sav" << "declares 2000000000 cases; at most 5000000";
    QTest::newRow(".sav whose header claims 4,000,000 cases for 20")
        << "sav-more-cases" << "menteur2.sav" << "cannot read the SPSS file";
}

void TestHostileFiles::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, fileName);
    QFETCH(QString, messagePart);

    const QString path = m_dir.filePath(fileName);
    QVERIFY(build(kind, path));
    const QStringList before = snapshot(m_store);
    const QStringList tablesBefore = storeTableNames(m_storePath);
    QVERIFY(tablesBefore.contains(QStringLiteral("respondents")));

    const bool peakReset = resetPeakMemory();
    const qint64 peakBefore = statusKiB(peakReset ? "VmRSS:" : "VmHWM:");
    QElapsedTimer timer;
    timer.start();
    RespondentImporter importer(m_store);
    ImportOptions options;
    options.year = 2023;
    const ImportResult result = importer.run(path, options);
    const qint64 elapsed = timer.elapsed();
    const qint64 growth = statusKiB("VmHWM:") - peakBefore;
    QFile::remove(path);

    QCOMPARE(int(result.status), int(ImportResult::Status::InvalidFile));
    QVERIFY(!result.errors.empty());
    const QString message = result.errors.front().toString();
    QVERIFY2(message.contains(QRegularExpression(messagePart)), qPrintable(message));
    QVERIFY2(message.startsWith(fileName), qPrintable(message));
    QVERIFY2(elapsed < MaxMilliseconds, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QVERIFY2(growth < MaxPeakGrowthKiB, qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(growth)));
    QCOMPARE(snapshot(m_store), before);
    QCOMPARE(storeTableNames(m_storePath), tablesBefore);
    ++m_refused;
    qInfo("refused in %lld ms, peak memory +%lld MiB (%s): %s", elapsed, growth >> 10,
          peakReset ? "peak reset first" : "against the earlier peak", qPrintable(message));
}

// No SQL is built from file content: header names and values that look like
// SQL are imported as plain data and come back verbatim.
void TestHostileFiles::sqlLookingValuesAreData()
{
    const QString drop = QStringLiteral("'); DROP TABLE waves;--");
    const QString path = m_dir.filePath(QStringLiteral("injection.csv"));
    QVERIFY(writeFile(path, "id;annee;bailleur;qpv;\"'); DROP TABLE waves;--\";Q01;\"x\"\" OR \"\"1\"\"=\"\"1\"\n"
                            "\"1'; DELETE FROM waves; --\";2022;\"'); DROP TABLE landlords;--\";1;"
                            "\"'; UPDATE questions SET label_fr = 'pirate';--\";1;\"1 OR 1=1\"\n"
                            "2;2022;\"Robert'); DROP TABLE respondents;--\";0;\"\"\"; DROP TABLE segment_columns;\";"
                            "2;\"%' OR '%'='\"\n"));
    const QStringList tablesBefore = storeTableNames(m_storePath);
    const std::size_t questionsBefore = m_store.codebook().questions().size();
    const qsizetype wavesBefore = m_store.waves().size();

    RespondentImporter importer(m_store);
    ImportOptions options;
    options.scope = QStringLiteral("Hauts-de-France'); DROP TABLE questions;--");
    const ImportResult result = importer.run(path, options);
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.errors.empty() ? result.message : result.errors.front().toString()));

    QCOMPARE(storeTableNames(m_storePath), tablesBefore);
    QVERIFY(tablesBefore.contains(QStringLiteral("waves")));
    QVERIFY(tablesBefore.contains(QStringLiteral("respondents")));
    QCOMPARE(m_store.waves().size(), wavesBefore + 1);
    const Codebook codebook = m_store.codebook();
    QCOMPARE(codebook.questions().size(), questionsBefore);
    for (const Question &q : codebook.questions())
        QVERIFY(q.labelFr != QLatin1String("pirate"));

    const std::optional<WaveInfo> wave = m_store.waveByYearAndScope(2022, options.scope);
    QVERIFY(wave);
    QCOMPARE(wave->scope, options.scope);
    const std::optional<WaveData> data = m_store.loadWave(wave->id);
    QVERIFY(data);
    QCOMPARE(data->respondentIds,
             QStringList({m_store.respondentPseudonym(QStringLiteral("1'; DELETE FROM waves; --")),
                          m_store.respondentPseudonym(QStringLiteral("2"))}));
    QVERIFY(data->landlordCodes.contains(QStringLiteral("'); DROP TABLE landlords;--")));
    QVERIFY(data->landlordCodes.contains(QStringLiteral("Robert'); DROP TABLE respondents;--")));
    QCOMPARE(data->segments.size(), std::size_t(2));
    QCOMPARE(data->segments[0].name, drop);
    QCOMPARE(data->segments[0].dictionary,
             QStringList({QStringLiteral("'; UPDATE questions SET label_fr = 'pirate';--"),
                          QStringLiteral("\"; DROP TABLE segment_columns;")}));
    QCOMPARE(data->segments[1].name, QStringLiteral("x\" OR \"1\"=\"1"));
    QCOMPARE(data->segments[1].dictionary, QStringList({QStringLiteral("1 OR 1=1"), QStringLiteral("%' OR '%'='")}));
}

// Every input a fuzzer found crashing or hanging (tests/data/fuzz-regressions,
// named after what it broke) is read again: it must be read or refused with
// a message, quickly, and never crash.
void TestHostileFiles::fuzzRegressions()
{
    const QString folder = QStringLiteral(SATISFECIT_TEST_DATA "/fuzz-regressions");
    int count = 0;
    QDirIterator it(folder, {QStringLiteral("*.csv"), QStringLiteral("*.xlsx"), QStringLiteral("*.sav")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QElapsedTimer timer;
        timer.start();
        ReadError error;
        std::unique_ptr<TableReader> reader = createTableReader(path, {}, &error);
        QVERIFY2(reader, qPrintable(error.toString()));
        if (reader->open()) {
            Record record;
            while (reader->next(record))
                QCOMPARE(record.size(), reader->header().size());
        } else {
            QVERIFY2(!reader->error().isNull(), qPrintable(path));
        }
        QVERIFY2(timer.elapsed() < MaxMilliseconds, qPrintable(path));
        ++count;
    }
    qInfo("%d fuzz regression inputs read without crashing; %d hostile files refused", count, m_refused);
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
