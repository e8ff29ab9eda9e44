#include "xlsxpackage.h"
#include "xlsxreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <minizip/unzip.h>
#include <minizip/zip.h>
#include <xlsxwriter.h>

namespace {

using Parts = QList<QPair<QByteArray, QByteArray>>; // zip entry name, content
const QByteArray Omit = "<omit>";                   // a part left out of the zip

const char *const MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char *const RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray workbookXml(const QStringList &sheetNames = {QStringLiteral("Feuil1")})
{
    QByteArray xml = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"") + MainNs
                     + "\" xmlns:r=\"" + RelNs + "\"><sheets>";
    for (int i = 0; i < sheetNames.size(); ++i)
        xml += "<sheet name=\"" + sheetNames[i].toUtf8() + "\" sheetId=\"" + QByteArray::number(i + 1)
               + "\" r:id=\"rId" + QByteArray::number(i + 1) + "\"/>";
    return xml + "</sheets></workbook>";
}

QByteArray relsXml(int sheets = 1)
{
    QByteArray xml = "<?xml version=\"1.0\"?><Relationships "
                     "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 1; i <= sheets; ++i)
        xml += "<Relationship Id=\"rId" + QByteArray::number(i) + "\" Type=\"" + RelNs
               + "/worksheet\" Target=\"worksheets/sheet" + QByteArray::number(i) + ".xml\"/>";
    xml += QByteArray("<Relationship Id=\"rId99\" Type=\"") + RelNs
           + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    return xml + "</Relationships>";
}

QByteArray sheetXml(const QByteArray &sheetData)
{
    return QByteArray("<?xml version=\"1.0\"?><worksheet xmlns=\"") + MainNs
           + "\"><dimension ref=\"A1\"/><sheetData>" + sheetData + "</sheetData></worksheet>";
}

QByteArray sharedStringsXml(const QByteArray &items)
{
    return QByteArray("<?xml version=\"1.0\"?><sst xmlns=\"") + MainNs + "\">" + items + "</sst>";
}

// A minimal workbook from its parts; Omit leaves a part out.
Parts package(const QByteArray &sheet, const QByteArray &sharedStrings = Omit,
              const QByteArray &workbook = workbookXml(), const QByteArray &rels = relsXml())
{
    Parts parts;
    const QList<QPair<QByteArray, QByteArray>> all = {
        {"xl/workbook.xml", workbook},
        {"xl/_rels/workbook.xml.rels", rels},
        {"xl/worksheets/sheet1.xml", sheet},
        {"xl/sharedStrings.xml", sharedStrings},
    };
    for (const auto &part : all) {
        if (part.second != Omit)
            parts.append(part);
    }
    return parts;
}

bool writeZip(const QString &path, const Parts &parts, int level = Z_DEFAULT_COMPRESSION)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, content] : parts) {
        zip_fileinfo info{};
        ok = ok && zipOpenNewFileInZip(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                       Z_DEFLATED, level) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, content.constData(), unsigned(content.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// Opens the file and reads every row as "line:field|field|...", the header
// first; stops at the first error.
QStringList readAll(XlsxReader &reader)
{
    QStringList rows;
    auto format = [](const Record &record) {
        QStringList fields;
        for (int i = 0; i < record.size(); ++i)
            fields.append(record.text(i));
        return QString::number(record.line) + QLatin1Char(':') + fields.join(QLatin1Char('|'));
    };
    if (!reader.open())
        return rows;
    rows.append(format(reader.header()));
    Record record;
    while (reader.next(record))
        rows.append(format(record));
    return rows;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chooseSheet_data();
    void chooseSheet();
    void cellValues_data();
    void cellValues();
    void sparseRowsKeepSheetLineNumbers();
    void inlineStringsFromConstantMemoryMode();
    void handBuiltSheets_data();
    void handBuiltSheets();
    void errors_data();
    void errors();
    void notAWorkbook_data();
    void notAWorkbook();
    void zipBombRefusedFromDeclaredSizes();
    void zipBombRefusedWhileInflating();

private:
    QString m_survey; // written by libxlsxwriter in initTestCase()
    QTemporaryDir m_dir;
};

// Feuil1: a survey with shared strings, numbers, sparse rows, accents, a
// boolean, a formula and a rich string. Then two small sheets, one of them
// named like a number.
void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_survey = m_dir.filePath(QStringLiteral("enquête.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(m_survey).constData());
    QVERIFY(workbook);
    lxw_worksheet *survey = workbook_add_worksheet(workbook, "Feuil1");
    const char *header[] = {"id", "annee", "qpv", "Q01", "commune", "poids"};
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(survey, 0, c, header[c], nullptr);
    // Row 2: every column.
    worksheet_write_number(survey, 1, 0, 1.0, nullptr);
    worksheet_write_number(survey, 1, 1, 2023, nullptr);
    worksheet_write_boolean(survey, 1, 2, 1, nullptr);
    worksheet_write_string(survey, 1, 3, "Tout à fait satisfait", nullptr);
    worksheet_write_string(survey, 1, 4, "Montréal-la-Cluse", nullptr);
    worksheet_write_number(survey, 1, 5, 1.25, nullptr);
    // Row 3: gaps in B, C and E, nothing after F... and F itself missing.
    worksheet_write_number(survey, 2, 0, 2, nullptr);
    worksheet_write_number(survey, 2, 3, 4, nullptr);
    // Row 4 missing entirely. Row 5: formula, rich text, large and negative numbers.
    worksheet_write_number(survey, 4, 0, 1000000, nullptr);
    worksheet_write_formula_str(survey, 4, 1, "=\"20\"&\"24\"", nullptr, "2024");
    worksheet_write_number(survey, 4, 2, -3.5, nullptr);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_rich_string_tuple plain = {nullptr, const_cast<char *>("Plutôt ")};
    lxw_rich_string_tuple strong = {bold, const_cast<char *>("satisfait")};
    lxw_rich_string_tuple *runs[] = {&plain, &strong, nullptr};
    worksheet_write_rich_string(survey, 4, 3, runs, nullptr);
    worksheet_write_string(survey, 4, 4, "Saint-Étienne", nullptr);
    worksheet_write_number(survey, 4, 5, 0.1, nullptr);

    lxw_worksheet *results = workbook_add_worksheet(workbook, "Résultats 2023");
    worksheet_write_string(results, 0, 0, "code", nullptr);
    worksheet_write_string(results, 0, 1, "note", nullptr);
    worksheet_write_string(results, 1, 0, "Q01", nullptr);
    worksheet_write_number(results, 1, 1, 7.5, nullptr);
    lxw_worksheet *year = workbook_add_worksheet(workbook, "1");
    worksheet_write_string(year, 0, 0, "x", nullptr);
    worksheet_write_string(year, 1, 0, "named 1", nullptr);
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
}

void TestXlsxReader::chooseSheet_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("sheetName");
    QTest::addColumn<QStringList>("rows");

    const QStringList results = {QStringLiteral("1:code|note"), QStringLiteral("2:Q01|7.5")};
    const QStringList named1 = {QStringLiteral("1:x"), QStringLiteral("2:named 1")};
    QTest::newRow("empty option is the first sheet") << QString() << QStringLiteral("Feuil1") << QStringList();
    QTest::newRow("index 2") << QStringLiteral("2") << QStringLiteral("Résultats 2023") << results;
    QTest::newRow("name with accent and space")
        << QStringLiteral("Résultats 2023") << QStringLiteral("Résultats 2023") << results;
    QTest::newRow("name in another case")
        << QStringLiteral("RÉSULTATS 2023") << QStringLiteral("Résultats 2023") << results;
    QTest::newRow("a sheet named 1 wins over index 1") << QStringLiteral("1") << QStringLiteral("1") << named1;
    QTest::newRow("index 3") << QStringLiteral(" 3 ") << QStringLiteral("1") << named1;
}

void TestXlsxReader::chooseSheet()
{
    QFETCH(QString, sheet);
    QFETCH(QString, sheetName);
    QFETCH(QStringList, rows);
    ReadOptions options;
    options.sheet = sheet;
    XlsxReader reader(m_survey, options);
    const QStringList read = readAll(reader);
    QVERIFY2(reader.error().isNull(), qPrintable(reader.error().toString()));
    QCOMPARE(reader.sheetName(), sheetName);
    QCOMPARE(reader.sheetNames(),
             (QStringList{QStringLiteral("Feuil1"), QStringLiteral("Résultats 2023"), QStringLiteral("1")}));
    if (!rows.isEmpty())
        QCOMPARE(read, rows);
    QCOMPARE(reader.progress(), 1.0);
}

void TestXlsxReader::cellValues_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("number 1.0 written as 1") << 2 << "id" << "1";
    QTest::newRow("integer year") << 2 << "annee" << "2023";
    QTest::newRow("boolean TRUE as true (a QPV column reads it, an answer column refuses it)") << 2 << "qpv" << "true";
    QTest::newRow("shared string with accents") << 2 << "Q01" << "Tout à fait satisfait";
    QTest::newRow("shared string with accent and hyphens") << 2 << "commune" << "Montréal-la-Cluse";
    QTest::newRow("decimal 1.25 with a point") << 2 << "poids" << "1.25";
    QTest::newRow("gap in a sparse row is empty") << 3 << "annee" << "";
    QTest::newRow("number after a gap") << 3 << "Q01" << "4";
    QTest::newRow("missing trailing cells are empty") << 3 << "poids" << "";
    QTest::newRow("large integer not in exponent form") << 5 << "id" << "1000000";
    QTest::newRow("formula string result") << 5 << "annee" << "2024";
    QTest::newRow("negative decimal") << 5 << "qpv" << "-3.5";
    QTest::newRow("rich text runs joined") << 5 << "Q01" << "Plutôt satisfait";
    QTest::newRow("capital with accent") << 5 << "commune" << "Saint-Étienne";
    QTest::newRow("0.1 shortest round trip") << 5 << "poids" << "0.1";
}

void TestXlsxReader::cellValues()
{
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    XlsxReader reader(m_survey, {});
    QVERIFY2(reader.open(), qPrintable(reader.error().toString()));
    int index = -1;
    for (int i = 0; i < reader.header().size(); ++i) {
        if (reader.header().text(i) == column)
            index = i;
    }
    QVERIFY(index >= 0);
    Record record;
    while (reader.next(record) && record.line != line) {
    }
    QCOMPARE(record.line, qint64(line));
    QCOMPARE(record.size(), reader.header().size());
    QCOMPARE(record.text(index), expected);
}

void TestXlsxReader::sparseRowsKeepSheetLineNumbers()
{
    XlsxReader reader(m_survey, {});
    QVERIFY(reader.open());
    QCOMPARE(reader.header().line, qint64(1));
    QCOMPARE(reader.header().size(), 6);
    QList<qint64> lines;
    Record record;
    double progress = reader.progress();
    while (reader.next(record)) {
        lines.append(record.line);
        QCOMPARE(record.size(), 6);
        QVERIFY(reader.progress() >= progress);
        progress = reader.progress();
    }
    QVERIFY(reader.error().isNull());
    QCOMPARE(lines, (QList<qint64>{2, 3, 5}));
}

// libxlsxwriter's constant-memory mode writes inline strings, as some
// survey tools do.
void TestXlsxReader::inlineStringsFromConstantMemoryMode()
{
    const QString path = m_dir.filePath(QStringLiteral("inline.xlsx"));
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    worksheet_write_string(sheet, 0, 0, "id", nullptr);
    worksheet_write_string(sheet, 0, 1, "Q01", nullptr);
    worksheet_write_number(sheet, 1, 0, 7, nullptr);
    worksheet_write_string(sheet, 1, 1, "Pas du tout satisfait", nullptr);
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    XlsxReader reader(path, {});
    QCOMPARE(readAll(reader), (QStringList{"1:id|Q01", "2:7|Pas du tout satisfait"}));
    QVERIFY(reader.error().isNull());
    QCOMPARE(reader.sheetName(), QStringLiteral("Sheet1"));
}

void TestXlsxReader::handBuiltSheets_data()
{
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<QByteArray>("sharedStrings");
    QTest::addColumn<QStringList>("rows");

    const QByteArray header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
                              "<c r=\"B1\" t=\"inlineStr\"><is><t>b</t></is></c></row>";
    QTest::newRow("inline strings, plain and rich")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c>"
                      "<c r=\"B1\" t=\"inlineStr\"><is><r><t>Q</t></r><r><rPr><b/></rPr><t>01</t></r></is></c></row>"
                      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> é </t></is></c>"
                      "<c r=\"B2\" t=\"inlineStr\"><is><t>Plutôt &amp; bien</t></is></c></row>")
        << Omit << QStringList{"1:id|Q01", "2: é |Plutôt & bien"};
    QTest::newRow("number spellings")
        << header + "<row r=\"2\"><c r=\"A2\"><v>1.0</v></c><c r=\"B2\"><v>1E0</v></c></row>"
                    "<row r=\"3\"><c r=\"A3\" t=\"n\"><v>1.250</v></c><c r=\"B3\"><v>-0</v></c></row>"
                    "<row r=\"4\"><c r=\"A4\"><v>3.0000000000000004</v></c><c r=\"B4\"><v>2.5E-3</v></c></row>"
        << Omit << QStringList{"1:a|b", "2:1|1", "3:1.25|0", "4:3.0000000000000004|0.0025"};
    QTest::newRow("shared strings with runs, phonetics and escapes")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>1</v></c></row>")
        << sharedStringsXml("<si><t>id</t></si>"
                            "<si><r><t>Très </t></r><r><rPr><i/></rPr><t>satisfait</t></r>"
                            "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>"
                            "<si><t>line_x000D_break_x005F_x0041_</t></si>")
        << QStringList{"1:id|Très satisfait", "2:line\rbreak_x0041_|Très satisfait"};
    QTest::newRow("rows and cells without references")
        << QByteArray("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
                      "<row><c><v>1</v></c><c><v>2</v></c></row>")
        << Omit << QStringList{"1:a|b", "2:1|2"};
    QTest::newRow("formatted empty rows are skipped")
        << header + "<row r=\"2\" s=\"1\" customFormat=\"1\"/><row r=\"3\"><c r=\"A3\" s=\"2\"/></row>"
                    "<row r=\"4\"><c r=\"B4\"><v>4</v></c></row>"
        << Omit << QStringList{"1:a|b", "4:|4"};
    QTest::newRow("trailing empty header cells are not columns")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c><c r=\"B1\" s=\"3\"/>"
                      "<c r=\"C1\" t=\"inlineStr\"><is><t></t></is></c></row>"
                      "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"C2\" s=\"3\"/></row>")
        << Omit << QStringList{"1:a", "2:1"};
    QTest::newRow("booleans, errors, dates and formulas")
        << header + "<row r=\"2\"><c r=\"A2\" t=\"b\"><v>0</v></c><c r=\"B2\" t=\"e\"><v>#N/A</v></c></row>"
                    "<row r=\"3\"><c r=\"A3\" t=\"d\"><v>2023-05-01</v></c><c r=\"B3\"><f>A1+1</f><v>8</v></c></row>"
        << Omit << QStringList{"1:a|b", "2:false|#N/A", "3:2023-05-01|8"};
}

void TestXlsxReader::handBuiltSheets()
{
    QFETCH(QByteArray, sheetData);
    QFETCH(QByteArray, sharedStrings);
    QFETCH(QStringList, rows);
    const QString path = m_dir.filePath(QStringLiteral("hand.xlsx"));
    QFile::remove(path);
    QVERIFY(writeZip(path, package(sheetXml(sheetData), sharedStrings)));
    XlsxReader reader(path, {});
    const QStringList read = readAll(reader);
    QVERIFY2(reader.error().isNull(), qPrintable(reader.error().toString()));
    QCOMPARE(read, rows);
}

void TestXlsxReader::errors_data()
{
    QTest::addColumn<Parts>("parts");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message"); // a fragment the message must hold

    const QByteArray header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
                              "<c r=\"B1\" t=\"inlineStr\"><is><t>b</t></is></c></row>";
    const QByteArray sheet = sheetXml(header);
    const QByteArray sharedCells = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                                            "<c r=\"B1\" t=\"s\"><v>5</v></c></row>");
    QTest::newRow("missing workbook part")
        << package(sheet, Omit, Omit) << QString() << qint64(0) << 0 << "xl/workbook.xml is missing";
    QTest::newRow("missing workbook relationships")
        << package(sheet, Omit, workbookXml(), Omit) << QString() << qint64(0) << 0
        << "xl/_rels/workbook.xml.rels is missing";
    QTest::newRow("missing sheet part")
        << package(Omit) << QString() << qint64(0) << 0 << "xl/worksheets/sheet1.xml is missing";
    QTest::newRow("missing shared strings part")
        << package(sharedCells) << QString() << qint64(1) << 1 << "xl/sharedStrings.xml";
    QTest::newRow("shared string index out of range")
        << package(sharedCells, sharedStringsXml("<si><t>id</t></si>")) << QString() << qint64(1) << 2
        << "no shared string number 5";
    QTest::newRow("malformed sheet XML names the part")
        << package(sheetXml(header + "<row r=\"2\"><c r=\"A2\"><v>1</v></row>")) << QString() << qint64(2) << 0
        << "xl/worksheets/sheet1.xml: malformed XML";
    QTest::newRow("truncated sheet XML names the part")
        << package(sheet.left(sheet.size() - 30)) << QString() << qint64(1) << 0
        << "xl/worksheets/sheet1.xml: malformed XML";
    QTest::newRow("malformed workbook XML names the part")
        << package(sheet, Omit, "<workbook><sheets></workbook>") << QString() << qint64(0) << 0
        << "xl/workbook.xml: malformed XML";
    QTest::newRow("malformed shared strings names the part")
        << package(sharedCells, sharedStringsXml("<si><t>a</si>")) << QString() << qint64(0) << 0
        << "xl/sharedStrings.xml: malformed XML";
    QTest::newRow("DTD refused")
        << package("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY e \"eeee\">]><worksheet/>")
        << QString() << qint64(0) << 0 << "DTD";
    QTest::newRow("workbook without sheets")
        << package(sheet, Omit, workbookXml({})) << QString() << qint64(0) << 0 << "no sheet";
    QTest::newRow("sheet relationship not found")
        << package(sheet, Omit, workbookXml(), relsXml(0)) << QString() << qint64(0) << 0 << "rId1";
    QTest::newRow("unknown sheet name lists the sheets")
        << package(sheet) << QStringLiteral("Données") << qint64(0) << 0
        << "no sheet \"Données\"; its sheets are: \"Feuil1\"";
    QTest::newRow("sheet index out of range")
        << package(sheet) << QStringLiteral("2") << qint64(0) << 0 << "its sheets are: \"Feuil1\"";
    QTest::newRow("empty sheet") << package(sheetXml({})) << QString() << qint64(0) << 0 << "is empty";
    QTest::newRow("value beyond the header's width")
        << package(sheetXml(header + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"C2\"><v>5</v></c></row>"))
        << QString() << qint64(2) << 3 << "beyond the last column";
    QTest::newRow("number cell holding text")
        << package(sheetXml(header + "<row r=\"2\"><c r=\"A2\"><v>abc</v></c></row>")) << QString() << qint64(2)
        << 1 << "\"abc\" is not a number";
    QTest::newRow("cells out of order")
        << package(sheetXml(header + "<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"A2\"><v>2</v></c></row>"))
        << QString() << qint64(2) << 1 << "A2";
    QTest::newRow("rows out of order")
        << package(sheetXml(header + "<row r=\"3\"><c r=\"A3\"><v>1</v></c></row><row r=\"2\"/>")) << QString()
        << qint64(2) << 0 << "row 2 comes after row 3";
    QTest::newRow("column beyond XFD")
        << package(sheetXml("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")) << QString() << qint64(1)
        << 16385 << "more than 16384 columns";
    QTest::newRow("unknown cell type")
        << package(sheetXml(header + "<row r=\"2\"><c r=\"A2\" t=\"zz\"><v>1</v></c></row>")) << QString()
        << qint64(2) << 1 << "unknown cell type";
}

void TestXlsxReader::errors()
{
    QFETCH(Parts, parts);
    QFETCH(QString, sheet);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("hostile.xlsx"));
    QFile::remove(path);
    QVERIFY(writeZip(path, parts));
    ReadOptions options;
    options.sheet = sheet;
    XlsxReader reader(path, options);
    readAll(reader);
    const ReadError error = reader.error();
    QVERIFY(!error.isNull());
    QCOMPARE(error.file, QStringLiteral("hostile.xlsx"));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestXlsxReader::notAWorkbook_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");

    QTest::newRow("PNG image") << true << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16).repeated(8)
                               << "not a zip archive";
    QTest::newRow("empty file") << true << QByteArray() << "not a zip archive";
    QTest::newRow("CSV renamed .xlsx") << true << QByteArray("id;annee\n1;2023\n") << "not a zip archive";
    QTest::newRow("missing file") << false << QByteArray() << "cannot open the file";
}

void TestXlsxReader::notAWorkbook()
{
    QFETCH(bool, exists);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("not-a-workbook.xlsx"));
    QFile::remove(path);
    if (exists) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    XlsxReader reader(path, {});
    QVERIFY(!reader.open());
    QVERIFY2(reader.error().message.contains(message), qPrintable(reader.error().message));
    QCOMPARE(reader.error().file, QStringLiteral("not-a-workbook.xlsx"));
}

// 64 MiB of zeros deflate to about 64 KiB: the declared sizes alone give
// the bomb away, before anything is inflated.
void TestXlsxReader::zipBombRefusedFromDeclaredSizes()
{
    const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
    QVERIFY(writeZip(path, package(QByteArray(64 << 20, '\0'))));
    QVERIFY(QFileInfo(path).size() < (1 << 20));
    QElapsedTimer timer;
    timer.start();
    XlsxReader reader(path, {});
    QVERIFY(!reader.open());
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY2(reader.error().message.contains(QLatin1String("xl/worksheets/sheet1.xml")),
             qPrintable(reader.error().message));
    QVERIFY2(reader.error().message.contains(QLatin1String("zip bomb")), qPrintable(reader.error().message));
}

// A bomb whose compressed size is padded with junk so that its declared
// ratio looks harmless: the ratio measured while inflating catches it once
// it has produced 10 MiB.
void TestXlsxReader::zipBombRefusedWhileInflating()
{
    // One endless inline string: cheap to parse, so the test stays fast.
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>"
                            + QByteArray(32 << 20, 'a') + "</t></is></c></row>";
    const QString honest = m_dir.filePath(QStringLiteral("honest-bomb.xlsx"));
    QVERIFY(writeZip(honest, package(sheetXml(rows))));

    unzFile source = unzOpen64(QFile::encodeName(honest).constData());
    QVERIFY(source);
    QCOMPARE(unzLocateFile(source, "xl/worksheets/sheet1.xml", 1), UNZ_OK);
    unz_file_info64 info{};
    QCOMPARE(unzGetCurrentFileInfo64(source, &info, nullptr, 0, nullptr, 0, nullptr, 0), UNZ_OK);
    int method = 0;
    int level = 0;
    QCOMPARE(unzOpenCurrentFile2(source, &method, &level, 1), UNZ_OK);
    QByteArray deflated(qsizetype(info.compressed_size), '\0');
    QCOMPARE(unzReadCurrentFile(source, deflated.data(), unsigned(deflated.size())), int(deflated.size()));
    unzCloseCurrentFile(source);
    unzClose(source);
    const QByteArray padded = deflated + QByteArray(256 << 10, 'j');
    QVERIFY(qint64(info.uncompressed_size) / padded.size() < XlsxPackage::MaxRatio);

    const QString path = m_dir.filePath(QStringLiteral("padded-bomb.xlsx"));
    Parts parts = package(Omit);
    QVERIFY(writeZip(path, parts));
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_ADDINZIP);
    QVERIFY(zip);
    zip_fileinfo zipInfo{};
    QCOMPARE(zipOpenNewFileInZip2(zip, "xl/worksheets/sheet1.xml", &zipInfo, nullptr, 0, nullptr, 0, nullptr,
                                  Z_DEFLATED, level, 1),
             ZIP_OK);
    QCOMPARE(zipWriteInFileInZip(zip, padded.constData(), unsigned(padded.size())), ZIP_OK);
    QCOMPARE(zipCloseFileInZipRaw64(zip, info.uncompressed_size, info.crc), ZIP_OK);
    QCOMPARE(zipClose(zip, nullptr), ZIP_OK);

    QElapsedTimer timer;
    timer.start();
    XlsxReader reader(path, {});
    QVERIFY2(reader.open(), qPrintable(reader.error().toString()));
    Record record;
    QVERIFY(!reader.next(record));
    QVERIFY2(reader.error().message.contains(QLatin1String("zip bomb")), qPrintable(reader.error().message));
    QCOMPARE(reader.error().line, qint64(2));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
