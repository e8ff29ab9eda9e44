// Writes the XLSX and SAV seeds of fuzz/corpus/ (the text seeds are written by
// hand). Built with the fuzz targets; run once and commit what it writes:
//   build-fuzz/fuzz/fuzz_makeseeds fuzz/corpus
// Zip entries are stored, not deflated, so that the fuzzer's mutations reach
// the XML rather than break the compressed stream.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QPair>

#include <minizip/zip.h>
#include <readstat.h>
#include <xlsxwriter.h>

#include <cstdio>

namespace {

using Parts = QList<QPair<QByteArray, QByteArray>>;
const QByteArray MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

bool writeZip(const QString &path, const Parts &parts, int method)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, content] : parts) {
        zip_fileinfo info{};
        ok = ok && zipOpenNewFileInZip(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, method,
                                       method ? Z_DEFAULT_COMPRESSION : 0) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, content.constData(), unsigned(content.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

Parts workbook(const QByteArray &sheetData, const QByteArray &sharedStrings, bool packageRels)
{
    Parts parts;
    if (packageRels)
        parts.append({"_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                                     "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + RelNs
                                         + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    parts.append({"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + MainNs + "\" xmlns:r=\"" + RelNs
                                         + "\"><sheets><sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/>"
                                           "<sheet name=\"2023\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"});
    parts.append({"xl/_rels/workbook.xml.rels",
                  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  "relationships\"><Relationship Id=\"rId1\" Type=\"" + RelNs
                      + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + RelNs
                      + "/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/><Relationship Id=\"rId9\" Type=\"" + RelNs
                      + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"});
    parts.append({"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MainNs
                                                  + "\"><sheetPr/><dimension ref=\"A1:E4\"/><sheetData>" + sheetData
                                                  + "</sheetData></worksheet>"});
    if (!sharedStrings.isEmpty())
        parts.append({"xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + MainNs + "\">"
                                                  + sharedStrings + "</sst>"});
    return parts;
}

const QByteArray SharedStrings =
    "<si><t>id</t></si><si><t>bailleur</t></si><si><t>qpv</t></si><si><t>Q01</t></si>"
    "<si><r><t>LOGIS</t></r><r><rPr><b/></rPr><t>62</t></r><rPh><t>x</t></rPh></si>"
    "<si><t xml:space=\"preserve\">Tout _x00E0_ fait satisfait</t></si>";
const QByteArray SheetData =
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
    "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"inlineStr\"><is><t>poids</t></is></c></row>"
    "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>4</v></c><c r=\"C2\" t=\"b\"><v>1</v></c>"
    "<c r=\"D2\" t=\"s\"><v>5</v></c><c r=\"E2\"><v>1.25</v></c></row>"
    "<row r=\"4\"><c r=\"A4\" t=\"str\"><f>1+1</f><v>2</v></c><c r=\"B4\" t=\"inlineStr\"><is><t>SIGH</t></is></c>"
    "<c r=\"C4\"><v>0</v></c><c r=\"D4\" t=\"e\"><v>#N/A</v></c><c r=\"E4\" t=\"d\"><v>2023-01-01</v></c></row>";

bool writeXlsxWriterSurvey(const QString &path, bool constantMemory)
{
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Enquête");
    const char *header[] = {"id", "annee", "bailleur", "qpv", "Q01", "Q02"};
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header[c], nullptr);
    for (int r = 1; r <= 6; ++r) {
        worksheet_write_number(sheet, lxw_row_t(r), 0, r, nullptr);
        worksheet_write_number(sheet, lxw_row_t(r), 1, 2023, nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 2, r % 2 ? "LOGIS62" : "Habitat Hauts-de-France", nullptr);
        worksheet_write_boolean(sheet, lxw_row_t(r), 3, r % 2, nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 4, r % 3 ? "Plutôt satisfait" : "NSP", nullptr);
        worksheet_write_number(sheet, lxw_row_t(r), 5, 1 + r % 4, nullptr);
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

ssize_t writeToFile(const void *data, size_t length, void *ctx)
{
    return ssize_t(static_cast<QFile *>(ctx)->write(static_cast<const char *>(data), qint64(length)));
}

bool writeSav(const QString &path, readstat_compress_t compression, int cases, bool longStrings)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    readstat_writer_t *writer = readstat_writer_init();
    readstat_set_data_writer(writer, &writeToFile);
    readstat_writer_set_compression(writer, compression);
    readstat_label_set_t *satisfaction = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "satisfaction");
    readstat_label_double_value(satisfaction, 1, "Tout à fait satisfait");
    readstat_label_double_value(satisfaction, 2, "Plutôt satisfait");
    readstat_label_double_value(satisfaction, 9, "NSP");
    readstat_label_set_t *ouiNon = readstat_add_label_set(writer, READSTAT_TYPE_STRING, "ouinon");
    readstat_label_string_value(ouiNon, "O", "oui");
    readstat_label_string_value(ouiNon, "N", "non");
    readstat_variable_t *id = readstat_add_variable(writer, "id", READSTAT_TYPE_DOUBLE, 0);
    readstat_variable_t *bailleur = readstat_add_variable(writer, "bailleur", READSTAT_TYPE_STRING, 16);
    readstat_variable_t *qpv = readstat_add_variable(writer, "qpv", READSTAT_TYPE_STRING, 1);
    readstat_variable_set_label_set(qpv, ouiNon);
    readstat_variable_t *q01 = readstat_add_variable(writer, "Q01", READSTAT_TYPE_DOUBLE, 0);
    readstat_variable_set_label(q01, "Satisfaction globale");
    readstat_variable_set_label_set(q01, satisfaction);
    readstat_variable_t *note = readstat_add_variable(writer, "commentaire", READSTAT_TYPE_STRING,
                                                      longStrings ? 300 : 20);
    bool ok = readstat_begin_writing_sav(writer, &file, cases) == READSTAT_OK;
    for (int i = 0; ok && i < cases; ++i) {
        ok = readstat_begin_row(writer) == READSTAT_OK && readstat_insert_double_value(writer, id, i + 1) == READSTAT_OK
             && readstat_insert_string_value(writer, bailleur, i % 2 ? "LOGIS62" : "SIGH") == READSTAT_OK
             && readstat_insert_string_value(writer, qpv, i % 2 ? "O" : "N") == READSTAT_OK
             && (i % 3 ? readstat_insert_double_value(writer, q01, 1 + i % 2)
                       : readstat_insert_missing_value(writer, q01)) == READSTAT_OK
             && readstat_insert_string_value(writer, note, i % 2 ? "Très bien" : "") == READSTAT_OK
             && readstat_end_row(writer) == READSTAT_OK;
    }
    ok = ok && readstat_end_writing(writer) == READSTAT_OK;
    readstat_writer_free(writer);
    return ok;
}

bool truncatedCopy(const QString &from, const QString &to, double share)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = in.readAll();
    QFile out(to);
    return out.open(QIODevice::WriteOnly) && out.write(bytes.left(qsizetype(bytes.size() * share))) >= 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 1;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(corpus.filePath(QStringLiteral("xlsx")));
    QDir().mkpath(corpus.filePath(QStringLiteral("sav")));
    const auto xlsx = [&](const char *name) { return corpus.filePath(QStringLiteral("xlsx/") + QLatin1String(name)); };
    const auto sav = [&](const char *name) { return corpus.filePath(QStringLiteral("sav/") + QLatin1String(name)); };
    bool ok = writeZip(xlsx("stored-shared-strings.xlsx"), workbook(SheetData, SharedStrings, true), 0)
              && writeZip(xlsx("stored-no-package-rels.xlsx"), workbook(SheetData, SharedStrings, false), 0)
              && writeZip(xlsx("stored-missing-shared-strings.xlsx"), workbook(SheetData, QByteArray(), true), 0)
              && writeZip(xlsx("deflated.xlsx"), workbook(SheetData, SharedStrings, true), Z_DEFLATED)
              && writeXlsxWriterSurvey(xlsx("libxlsxwriter.xlsx"), false)
              && writeXlsxWriterSurvey(xlsx("libxlsxwriter-constant-memory.xlsx"), true)
              && truncatedCopy(xlsx("stored-shared-strings.xlsx"), xlsx("truncated.xlsx"), 0.7)
              && writeSav(sav("uncompressed.sav"), READSTAT_COMPRESS_NONE, 6, false)
              && writeSav(sav("row-compressed.sav"), READSTAT_COMPRESS_ROWS, 6, false)
              && writeSav(sav("binary-compressed.sav"), READSTAT_COMPRESS_BINARY, 6, false)
              && writeSav(sav("very-long-strings.sav"), READSTAT_COMPRESS_ROWS, 3, true)
              && truncatedCopy(sav("uncompressed.sav"), sav("truncated.sav"), 0.8);
    return ok ? 0 : 1;
}
