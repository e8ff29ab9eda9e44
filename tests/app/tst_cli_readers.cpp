// Reader edge cases of issue #20, through the real binary: answers a reader
// used to lose without a word (an XLSX formula without its saved result, a
// boolean, a SPSS infinity, a case past the declared count) are errors with
// line and column; a SPSS file of unknown case count is read whole; one
// weight rule for every container; UTF-16 text files read.
#include "clirun.h"
#include "hardeningfiles.h"
#include "respondentfiles.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <minizip/zip.h>

class TestCliReaders : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readerEdgeCases_data();
    void readerEdgeCases();
    void weightsInEveryContainer_data();
    void weightsInEveryContainer();
    void utf16File_data();
    void utf16File();

private:
    CliRun run(const QStringList &arguments);
    QString file(const QString &name, const QByteArray &bytes);
    QString dbPath() const { return testStoreLocation(m_dir->filePath(QStringLiteral("satisfecit.sqlite"))); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliReaders::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliReaders::cleanup()
{
    m_dir.reset();
}

CliRun TestCliReaders::run(const QStringList &arguments)
{
    return runSatisfecit(m_dir->path(), QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"),
                                                    QStringLiteral("en")} + arguments);
}

QString TestCliReaders::file(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

namespace {

const QByteArray MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

bool writeZipParts(const QString &path, const QList<QPair<QByteArray, QByteArray>> &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, content] : parts) {
        zip_fileinfo info{};
        ok = ok && zipOpenNewFileInZip(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                       Z_DEFAULT_COMPRESSION) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, content.constData(), unsigned(content.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// A hand-built workbook of one sheet (sheetData as given); duplicate adds a
// second part named like the sheet.
QByteArray xlsxBytes(const QString &path, const QByteArray &sheetData, bool duplicate = false)
{
    QList<QPair<QByteArray, QByteArray>> parts = {
        {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + MainNs + "\" xmlns:r=\"" + RelNs
                                + "\"><sheets><sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" + RelNs + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml",
         "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MainNs + "\"><sheetData>" + sheetData + "</sheetData></worksheet>"},
    };
    if (duplicate)
        parts.append({"xl/worksheets/sheet1.xml", parts.back().second});
    QFile::remove(path);
    if (!writeZipParts(path, parts))
        qFatal("cannot write %s", qPrintable(path));
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QByteArray inlineRow(int row, const QList<QByteArray> &cells)
{
    QByteArray xml = "<row r=\"" + QByteArray::number(row) + "\">";
    for (int c = 0; c < cells.size(); ++c)
        xml += "<c r=\"" + QByteArray(1, char('A' + c)) + QByteArray::number(row) + "\"" + cells[c] + "</c>";
    return xml + "</row>";
}

QByteArray text(const char *value)
{
    return QByteArray(" t=\"inlineStr\"><is><t>") + value + "</t></is>";
}

QByteArray number(const char *value)
{
    return QByteArray("><v>") + value + "</v>";
}

// The header and two respondents; cell E3 (Q01 of the second) as given.
QByteArray surveySheet(const QByteArray &q01OfSecond)
{
    return inlineRow(1, {text("id"), text("annee"), text("bailleur"), text("qpv"), text("Q01")})
           + inlineRow(2, {number("1"), number("2020"), text("L1"), number("0"), number("2")})
           + inlineRow(3, {number("2"), number("2020"), text("L1"), number("1"), q01OfSecond});
}

// A SPSS file of n respondents whose header then declares `declared` cases.
QByteArray savBytes(const QString &path, int n, qint32 declared, const QByteArray &q01 = "2")
{
    QList<QByteArrayList> rows = {{"id", "annee", "bailleur", "qpv", "Q01"}};
    for (int i = 0; i < n; ++i)
        rows.append({QByteArray::number(i + 1), "2020", "L1", QByteArray::number(i % 2), i == 1 ? q01 : "3"});
    if (!writeSavRows(path, rows))
        qFatal("cannot write %s", qPrintable(path));
    QFile file(path);
    file.open(QIODevice::ReadWrite);
    file.seek(80);
    file.write(reinterpret_cast<const char *>(&declared), 4); // little-endian layout
    file.close();
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

void TestCliReaders::readerEdgeCases_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString scratch = QDir::temp().filePath(QStringLiteral("satisfecit-hostile-%1")
                                                      .arg(QCoreApplication::applicationPid()));
    QDir().mkpath(scratch);
    const auto at = [&](const char *name) { return QDir(scratch).filePath(QLatin1String(name)); };
    QTest::newRow("xlsx formula without its saved result")
        << "s.xlsx" << xlsxBytes(at("a.xlsx"), surveySheet("><f>1+1</f>")) << 2
        << "s.xlsx:3:5: the cell holds a formula whose result was not saved";
    QTest::newRow("xlsx boolean in an answer column")
        << "s.xlsx" << xlsxBytes(at("b.xlsx"), surveySheet(" t=\"b\"><v>1</v>")) << 2
        << "s.xlsx:3:5: answer \"true\" to Q01";
    QTest::newRow("xlsx boolean false in an answer column")
        << "s.xlsx" << xlsxBytes(at("c.xlsx"), surveySheet(" t=\"b\"><v>0</v>")) << 2
        << "s.xlsx:3:5: answer \"false\" to Q01";
    QTest::newRow("xlsx formula with its saved result")
        << "s.xlsx" << xlsxBytes(at("d.xlsx"), surveySheet("><f>1+1</f><v>2</v>")) << 0 << "2 respondents";
    QTest::newRow("xlsx with two parts of one name")
        << "s.xlsx" << xlsxBytes(at("e.xlsx"), surveySheet(number("2")), true) << 2
        << "s.xlsx: not a valid Excel workbook: it holds two parts named xl/worksheets/sheet1.xml";
    QTest::newRow("sav +Inf answer")
        << "s.sav" << savBytes(at("f.sav"), 4, 4, "inf") << 2 << "s.sav:2:5: cannot read the SPSS file s.sav: case 2, "
                                                              "variable Q01: +Inf is not a value";
    QTest::newRow("sav -Inf answer")
        << "s.sav" << savBytes(at("g.sav"), 4, 4, "-inf") << 2 << "s.sav:2:5: cannot read the SPSS file s.sav: case 2, "
                                                               "variable Q01: -Inf is not a value";
    QTest::newRow("sav case beyond the declared count")
        << "s.sav" << savBytes(at("h.sav"), 4, 3) << 2
        << "s.sav:4: cannot read the SPSS file s.sav: case 4 lies beyond the 3 cases its header declares";
    QTest::newRow("sav with fewer cases than declared")
        << "s.sav" << savBytes(at("i.sav"), 4, 5) << 2 << "s.sav:4: cannot read the SPSS file s.sav: it declares 5 cases but holds 4";
    QTest::newRow("sav with an unknown case count (-1), read whole")
        << "s.sav" << savBytes(at("j.sav"), 4, -1) << 0 << "4 respondents";
    QDir(scratch).removeRecursively();
}

void TestCliReaders::readerEdgeCases()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun r = run({QStringLiteral("import"), file(name, bytes)});
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
    QVERIFY2((exitCode == 0 ? r.out : r.err).contains(message), qPrintable(r.out + r.err));
}

void TestCliReaders::weightsInEveryContainer_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("weight");
    QTest::addColumn<int>("exitCode");

    for (const char *suffix : {"csv", "xlsx", "sav"}) {
        for (const char *weight : {"1e-300", "1e300", "1e308", "0.5", "1234567.25"})
            QTest::addRow("%s %s accepted", suffix, weight) << QString::fromLatin1(suffix) << QByteArray(weight) << 0;
        QTest::addRow("%s 0 refused", suffix) << QString::fromLatin1(suffix) << QByteArray("0") << 2;
        QTest::addRow("%s -1 refused", suffix) << QString::fromLatin1(suffix) << QByteArray("-1") << 2;
    }
    QTest::newRow("csv 1e309 (not finite) refused") << "csv" << QByteArray("1e309") << 2;
}

// One rule for every container: any finite number greater than 0.
void TestCliReaders::weightsInEveryContainer()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, weight);
    QFETCH(int, exitCode);
    QList<QByteArrayList> rows = {{"id", "annee", "bailleur", "qpv", "poids", "Q01"}};
    for (int i = 0; i < 40; ++i)
        rows.append({QByteArray::number(i + 1), "2020", "L1", QByteArray::number(i % 2), weight,
                     QByteArray::number(1 + i % 4)});
    const QString path = m_dir->filePath(QStringLiteral("w.") + suffix);
    if (suffix == QLatin1String("csv")) {
        QByteArray csv;
        for (const QByteArrayList &row : rows)
            csv += row.join(';') + '\n';
        file(QStringLiteral("w.csv"), csv);
    } else {
        QVERIFY(suffix == QLatin1String("xlsx") ? writeXlsxRows(path, rows) : writeSavRows(path, rows));
    }
    const CliRun r = run({QStringLiteral("import"), path});
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
    if (exitCode == 0)
        QVERIFY2(r.out.contains(QStringLiteral("40 respondents")), qPrintable(r.out));
    else
        QVERIFY2(QRegularExpression(QStringLiteral(":[12]:5: weight ")).match(r.err).hasMatch(), qPrintable(r.err));
}

void TestCliReaders::utf16File_data()
{
    QTest::addColumn<QByteArray>("bom");
    QTest::addColumn<bool>("littleEndian");
    QTest::addColumn<QString>("name");
    QTest::newRow("UTF-16LE with BOM (Excel's Unicode text)") << QByteArray("\xFF\xFE") << true << "utf-16le";
    QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF") << false << "utf-16be";
}

void TestCliReaders::utf16File()
{
    QFETCH(QByteArray, bom);
    QFETCH(bool, littleEndian);
    QFETCH(QString, name);
    QString text = QString::fromUtf8(hardeningSurvey(30));
    text.replace(QStringLiteral("collectif"), QStringLiteral("collectif é"));
    text.replace(QLatin1Char(';'), QLatin1Char('\t'));
    QByteArray bytes = bom;
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        bytes.append(littleEndian ? lo : hi);
        bytes.append(littleEndian ? hi : lo);
    }
    const QString path = file(QStringLiteral("unicode.txt"), bytes);
    const CliRun preview = run({QStringLiteral("preview"), path, QStringLiteral("--rows"), QStringLiteral("2")});
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
    QVERIFY2(preview.out.contains(QStringLiteral("encoding: %1").arg(name)), qPrintable(preview.out));
    QVERIFY2(preview.out.contains(QStringLiteral("collectif é")), qPrintable(preview.out));
    const CliRun imported = run({QStringLiteral("import"), path});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("30 respondents")), qPrintable(imported.out));
}

QTEST_GUILESS_MAIN(TestCliReaders)
#include "tst_cli_readers.moc"
