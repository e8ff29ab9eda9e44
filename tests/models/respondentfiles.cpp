// Respondent files for the RespondentImporter tests.
#include "respondentfiles.h"

#include <QFile>

#include <readstat.h>
#include <xlsxwriter.h>

#include <vector>

namespace {

QByteArray encoded(const QString &text, Encoding encoding)
{
    return encoding == Encoding::Windows1252 ? toWindows1252(text) : text.toUtf8();
}

QStringList headerOf(const Variant &v)
{
    QStringList header = {v.roles[0]};
    if (v.withYear)
        header << v.roles[1];
    header << v.roles[2] << v.roles[3];
    if (v.withWeight)
        header << v.roles[4];
    header << QStringLiteral("Q01") << QStringLiteral("Q02") << QStringLiteral("Q03") << QStringLiteral("Q30")
           << QStringLiteral("Q31") << QStringLiteral("departement") << QStringLiteral("residence");
    return header;
}

QStringList cellsOf(const Respondent &r, const Variant &v)
{
    const auto satisfaction = [&](int code) {
        return code == 0 ? v.noAnswer : v.satisfaction.isEmpty() ? QString::number(code) : v.satisfaction[code];
    };
    QStringList cells = {QString::fromUtf8(r.id)};
    if (v.withYear)
        cells << QStringLiteral("2023");
    cells << QString::fromUtf8(r.landlord) << (r.qpv ? v.qpvYes : v.qpvNo);
    if (v.withWeight) {
        QString weight = QString::number(r.weight, 'g', 10);
        cells << (v.decimalComma ? weight.replace(QLatin1Char('.'), QLatin1Char(',')) : weight);
    }
    cells << satisfaction(r.q01) << satisfaction(r.q02) << satisfaction(r.q03)
          << (r.q30 == 0 ? v.noAnswer : v.singleByLabel ? Q30Labels[r.q30] : QString::number(r.q30))
          << (r.q31 == 0 ? v.noAnswer : r.q31 == 1 ? v.yes : v.no)
          << QString::fromUtf8(r.departement) << QString::fromUtf8(r.residence);
    return cells;
}

bool writeText(const QString &path, const Variant &v)
{
    QByteArray bytes = v.encoding == Encoding::Utf8Bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += textLine(headerOf(v), v);
    for (const Respondent &r : Respondents)
        bytes += textLine(cellsOf(r, v), v);
    for (int i = 0; i < v.trailingEmptyRows; ++i)
        bytes += QByteArray(headerOf(v).size() - 1, v.delimiter) + v.eol;
    for (int i = 0; i < v.trailingEmptyLines; ++i)
        bytes += v.eol;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Numbers as numbers (codes 1.0, 2.0…), text as shared strings.
bool writeXlsx(const QString &path, const Variant &v)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Enquête 2023");
    const QStringList header = headerOf(v);
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header[c].toUtf8().constData(), nullptr);
    for (int i = 0; i < RespondentCount; ++i) {
        const Respondent &r = Respondents[i];
        const lxw_row_t row = lxw_row_t(i + 1);
        lxw_col_t c = 0;
        const auto number = [&](double value) {
            if (value != 0)
                worksheet_write_number(sheet, row, c, value, nullptr);
            ++c;
        };
        const auto text = [&](const char *value) {
            if (*value)
                worksheet_write_string(sheet, row, c, value, nullptr);
            ++c;
        };
        text(r.id);
        number(2023.0);
        text(r.landlord);
        worksheet_write_number(sheet, row, c++, r.qpv ? 1.0 : 0.0, nullptr);
        number(r.weight);
        for (int code : {r.q01, r.q02, r.q03, r.q30, r.q31})
            number(code);
        number(QByteArray(r.departement).toDouble());
        text(r.residence);
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

ssize_t writeToFile(const void *data, size_t length, void *context)
{
    return ssize_t(static_cast<QFile *>(context)->write(static_cast<const char *>(data), qint64(length)));
}

// Codes with value labels; no answer as 9 ("NSP") for satisfaction, as
// system-missing for the others. READSTAT_COMPRESS_BINARY writes a .zsav.
bool writeSav(const QString &path, readstat_compress_t compression = READSTAT_COMPRESS_NONE)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    readstat_writer_t *writer = readstat_writer_init();
    readstat_set_data_writer(writer, &writeToFile);
    readstat_writer_set_compression(writer, compression);
    readstat_label_set_t *satisfaction = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "satisfaction");
    for (int code = 1; code <= 4; ++code)
        readstat_label_double_value(satisfaction, code, SatisfactionLabels[code].toUtf8().constData());
    readstat_label_double_value(satisfaction, 9, "NSP");
    readstat_label_set_t *support = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "support");
    for (int code = 1; code <= 4; ++code)
        readstat_label_double_value(support, code, Q30Labels[code].toUtf8().constData());
    readstat_label_set_t *ouiNon = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "ouinon");
    readstat_label_double_value(ouiNon, 1, "Oui");
    readstat_label_double_value(ouiNon, 2, "Non");

    const auto variable = [&](const char *name, readstat_type_t type, size_t width = 0,
                              readstat_label_set_t *labels = nullptr) {
        readstat_variable_t *v = readstat_add_variable(writer, name, type, width);
        if (labels)
            readstat_variable_set_label_set(v, labels);
        return v;
    };
    readstat_variable_t *id = variable("id", READSTAT_TYPE_STRING, 8);
    readstat_variable_t *annee = variable("annee", READSTAT_TYPE_DOUBLE);
    readstat_variable_t *bailleur = variable("bailleur", READSTAT_TYPE_STRING, 64);
    readstat_variable_t *qpv = variable("qpv", READSTAT_TYPE_DOUBLE);
    readstat_variable_t *poids = variable("poids", READSTAT_TYPE_DOUBLE);
    readstat_variable_t *q[3] = {variable("Q01", READSTAT_TYPE_DOUBLE, 0, satisfaction),
                                 variable("Q02", READSTAT_TYPE_DOUBLE, 0, satisfaction),
                                 variable("Q03", READSTAT_TYPE_DOUBLE, 0, satisfaction)};
    readstat_variable_t *q30 = variable("Q30", READSTAT_TYPE_DOUBLE, 0, support);
    readstat_variable_t *q31 = variable("Q31", READSTAT_TYPE_DOUBLE, 0, ouiNon);
    readstat_variable_t *departement = variable("departement", READSTAT_TYPE_STRING, 8);
    readstat_variable_t *residence = variable("residence", READSTAT_TYPE_STRING, 64);

    bool ok = readstat_begin_writing_sav(writer, &file, RespondentCount) == READSTAT_OK;
    const auto number = [&](readstat_variable_t *v, double value, bool missing = false) {
        ok = ok && (missing ? readstat_insert_missing_value(writer, v)
                            : readstat_insert_double_value(writer, v, value)) == READSTAT_OK;
    };
    const auto string = [&](readstat_variable_t *v, const char *value) {
        ok = ok && readstat_insert_string_value(writer, v, value) == READSTAT_OK;
    };
    for (const Respondent &r : Respondents) {
        ok = ok && readstat_begin_row(writer) == READSTAT_OK;
        string(id, r.id);
        number(annee, 2023);
        string(bailleur, r.landlord);
        number(qpv, r.qpv ? 1 : 0);
        number(poids, r.weight);
        const int codes[3] = {r.q01, r.q02, r.q03};
        for (int i = 0; i < 3; ++i)
            number(q[i], codes[i] == 0 ? 9 : codes[i]);
        number(q30, r.q30, r.q30 == 0);
        number(q31, r.q31, r.q31 == 0);
        string(departement, r.departement);
        string(residence, r.residence);
        ok = ok && readstat_end_row(writer) == READSTAT_OK;
    }
    ok = ok && readstat_end_writing(writer) == READSTAT_OK;
    readstat_writer_free(writer);
    return ok;
}

} // namespace

QByteArray toWindows1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF))
            out += char(u);
        else if (u == 0x0153)
            out += '\x9C'; // œ
        else if (u == 0x0152)
            out += '\x8C'; // Œ
        else if (u == 0x2019)
            out += '\x92'; // ’
        else
            qFatal("no Windows-1252 byte for U+%04X", unsigned(u));
    }
    return out;
}

QByteArray textLine(const QStringList &cells, const Variant &v)
{
    QByteArrayList fields;
    for (const QString &cell : cells) {
        QByteArray bytes = encoded(cell, v.encoding);
        if (v.quoteAll || bytes.contains(v.delimiter) || bytes.contains('"') || bytes.contains('\n')
            || bytes.contains('\r'))
            bytes = '"' + bytes.replace("\"", "\"\"") + '"';
        fields << bytes;
    }
    return fields.join(v.delimiter) + v.eol;
}

bool writeSurvey(const QString &path, const Variant &v)
{
    if (v.suffix == QLatin1String("xlsx"))
        return writeXlsx(path, v);
    if (v.suffix == QLatin1String("sav"))
        return writeSav(path);
    if (v.suffix == QLatin1String("zsav"))
        return writeSav(path, READSTAT_COMPRESS_BINARY);
    return writeText(path, v);
}

bool writeXlsxRows(const QString &path, const QList<QByteArrayList> &rows)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            bool number = false;
            const double value = rows[r][c].toDouble(&number);
            if (number && r > 0)
                worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), value, nullptr);
            else if (!rows[r][c].isEmpty())
                worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), rows[r][c].constData(), nullptr);
        }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

bool writeSavRows(const QString &path, const QList<QByteArrayList> &rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    readstat_writer_t *writer = readstat_writer_init();
    readstat_set_data_writer(writer, &writeToFile);
    std::vector<bool> numeric;
    for (int c = 0; c < rows[0].size(); ++c) {
        bool allNumbers = true;
        for (int r = 1; r < rows.size(); ++r) {
            bool ok = false;
            rows[r][c].toDouble(&ok);
            allNumbers = allNumbers && ok;
        }
        numeric.push_back(allNumbers);
        readstat_add_variable(writer, rows[0][c].constData(), allNumbers ? READSTAT_TYPE_DOUBLE : READSTAT_TYPE_STRING,
                              allNumbers ? 0 : 64);
    }
    bool ok = readstat_begin_writing_sav(writer, &file, long(rows.size() - 1)) == READSTAT_OK;
    for (int r = 1; r < rows.size(); ++r) {
        ok = ok && readstat_begin_row(writer) == READSTAT_OK;
        for (int c = 0; c < rows[r].size(); ++c) {
            readstat_variable_t *variable = readstat_get_variable(writer, c);
            ok = ok && (numeric[std::size_t(c)] ? readstat_insert_double_value(writer, variable, rows[r][c].toDouble())
                                                : readstat_insert_string_value(writer, variable, rows[r][c].constData()))
                           == READSTAT_OK;
        }
        ok = ok && readstat_end_row(writer) == READSTAT_OK;
    }
    ok = ok && readstat_end_writing(writer) == READSTAT_OK;
    readstat_writer_free(writer);
    return ok;
}
