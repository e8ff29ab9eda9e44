#include "tableexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QStringBuilder>
#include <QVariant>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isNumeric(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

// A decimal comma needs another field separator than the comma.
bool usesDecimalComma(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",");
}

QString csvField(const QString &text, QChar separator)
{
    if (!text.contains(separator) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') % quoted % QLatin1Char('"');
}

// What Excel shows for a number: the decimals the app displays, grouping
// when the app groups (counts). The full-precision value stays in the cell.
struct NumberLook
{
    int decimals = -1; ///< -1: Excel's General format
    bool grouped = false;
    auto operator<=>(const NumberLook &) const = default;
};

NumberLook numberLook(const QString &display)
{
    const QLocale locale;
    NumberLook look;
    bool digits = false;
    for (const QChar c : display)
        digits = digits || c.isDigit();
    if (!digits)
        return look;
    look.decimals = 0;
    const qsizetype point = display.lastIndexOf(locale.decimalPoint());
    if (point >= 0) {
        for (qsizetype i = point + 1; i < display.size() && display[i].isDigit(); ++i)
            ++look.decimals;
    }
    const QString group = locale.groupSeparator();
    look.grouped = !group.isEmpty() && display.contains(group);
    return look;
}

QByteArray numberFormatCode(const NumberLook &look)
{
    QByteArray code = look.grouped ? "#,##0" : "0";
    if (look.decimals > 0)
        code += '.' + QByteArray(look.decimals, '0');
    return code;
}

// Excel refuses []:*?/\ in sheet names, a leading or trailing apostrophe,
// more than 31 characters, "History", and two names equal but for case.
QString sheetName(const QString &wanted, int index, QSet<QString> &used)
{
    QString name;
    for (const QChar c : wanted)
        name += QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control ? QChar(u' ') : c;
    name = name.simplified().left(31);
    const auto trimmable = [](QChar c) { return c == u'\'' || c.isSpace(); };
    while (!name.isEmpty() && trimmable(name.front()))
        name.remove(0, 1);
    while (!name.isEmpty() && trimmable(name.back()))
        name.chop(1);
    if (name.isEmpty() || name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        name = Tr::tr("Sheet %1").arg(index + 1);
    QString unique = name;
    for (int n = 2; used.contains(unique.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = name.left(31 - suffix.size()).trimmed() + suffix;
    }
    used.insert(unique.toLower());
    return unique;
}

bool writeSheet(lxw_workbook *book, lxw_worksheet *sheet, const QAbstractItemModel &model, lxw_format *bold,
                std::map<NumberLook, lxw_format *> &formats, QString *error)
{
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    std::vector<int> widths(std::size_t(columns), 0);
    const auto check = [&](lxw_error rc, int row) {
        if (rc == LXW_NO_ERROR)
            return true;
        return fail(error, Tr::tr("Cannot write row %1 of the sheet: %2").arg(row + 1).arg(QString::fromUtf8(lxw_strerror(rc))));
    };
    for (int c = 0; c < columns; ++c) {
        const QString text = neutraliseFormula(TableExport::header(model, c));
        widths[std::size_t(c)] = int(text.size());
        if (!check(worksheet_write_string(sheet, 0, lxw_col_t(c), text.toUtf8().constData(), bold), 0))
            return false;
    }
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const TableExport::Cell cell = TableExport::cell(model, r, c);
            const auto row = lxw_row_t(r + 1);
            const auto col = lxw_col_t(c);
            int &width = widths[std::size_t(c)];
            if (cell.isNumber) {
                const QString shown = model.index(r, c).data(Qt::DisplayRole).toString();
                const NumberLook look = numberLook(shown);
                lxw_format *&format = formats[look];
                if (!format && look.decimals >= 0) {
                    format = workbook_add_format(book);
                    format_set_num_format(format, numberFormatCode(look).constData());
                }
                width = std::max(width, int(shown.size()));
                if (!check(worksheet_write_number(sheet, row, col, cell.number, format), r + 1))
                    return false;
            } else if (!cell.text.isEmpty()) {
                // Excel holds at most 32,767 characters in a cell.
                const QString text = neutraliseFormula(cell.text).left(32767);
                width = std::max(width, int(text.size()));
                if (!check(worksheet_write_string(sheet, row, col, text.toUtf8().constData(), nullptr), r + 1))
                    return false;
            }
        }
    }
    for (int c = 0; c < columns; ++c) {
        // In characters of the default font, with room for the filter button.
        const double width = std::clamp(widths[std::size_t(c)] + 3, 6, 60);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows), lxw_col_t(columns - 1));
    return true;
}

} // namespace

namespace TableExport {

Cell cell(const QAbstractItemModel &model, int row, int column)
{
    const QModelIndex index = model.index(row, column);
    const QVariant edit = index.data(Qt::EditRole);
    Cell cell;
    if (isNumeric(edit)) {
        const double value = edit.toDouble();
        if (std::isfinite(value)) {
            cell.isNumber = true;
            cell.number = value;
            return cell;
        }
    }
    const QVariant display = index.data(Qt::DisplayRole);
    cell.text = display.isValid() ? display.toString() : edit.toString();
    return cell;
}

QString header(const QAbstractItemModel &model, int column)
{
    const QVariant text = model.headerData(column, Qt::Horizontal, Qt::DisplayRole);
    return text.isValid() ? text.toString() : QString::number(column + 1);
}

QString formatNumber(double value, const QLocale &locale)
{
    QLocale numbers = locale;
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    QString text = value == std::trunc(value) && std::abs(value) < 1e15
                       ? numbers.toString(qint64(value))
                       : numbers.toString(value, 'f', QLocale::FloatingPointShortest);
    // Spreadsheets read an ASCII minus only (some locales write U+2212).
    if (numbers.negativeSign() != QLatin1String("-"))
        text.replace(numbers.negativeSign(), QLatin1String("-"));
    return text;
}

} // namespace TableExport

QString neutraliseFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

bool exportCsv(const QAbstractItemModel &model, const QString &path, const QLocale &locale, QString *error)
{
    const bool comma = usesDecimalComma(locale);
    const QChar separator = comma ? QLatin1Char(';') : QLatin1Char(',');
    const QLocale numbers = comma ? locale : QLocale::c();
    QString text = QStringLiteral("\uFEFF"); // the BOM tells Excel it is UTF-8
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            text += separator;
        text += csvField(neutraliseFormula(TableExport::header(model, c)), separator);
    }
    text += QLatin1String("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                text += separator;
            const TableExport::Cell cell = TableExport::cell(model, r, c);
            text += cell.isNumber ? TableExport::formatNumber(cell.number, numbers)
                                  : csvField(neutraliseFormula(cell.text), separator);
        }
        text += QLatin1String("\r\n");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(text.toUtf8());
    if (!file.commit())
        return fail(error, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

bool exportXlsx(const QList<QPair<QString, const QAbstractItemModel *>> &sheets, const QString &path,
                QString *error)
{
    // libxlsxwriter writes the file itself: write beside it, then replace, so
    // that a failure never leaves half a workbook under the user's name.
    const QString partial = path + QStringLiteral(".part");
    lxw_workbook *book = workbook_new(QFile::encodeName(partial).constData());
    if (!book)
        return fail(error, Tr::tr("Cannot create %1").arg(path));
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    std::map<NumberLook, lxw_format *> formats;
    QSet<QString> used;
    bool ok = true;
    for (int i = 0; i < sheets.size() && ok; ++i) {
        const QString name = sheetName(sheets[i].first, i, used);
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.toUtf8().constData());
        if (!sheet)
            ok = fail(error, Tr::tr("Cannot add the sheet \"%1\"").arg(name));
        else if (sheets[i].second)
            ok = writeSheet(book, sheet, *sheets[i].second, bold, formats, error);
    }
    if (sheets.isEmpty())
        workbook_add_worksheet(book, nullptr); // a workbook needs a sheet
    const lxw_error closed = workbook_close(book); // frees book, even after a failure
    if (ok && closed != LXW_NO_ERROR)
        ok = fail(error, Tr::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed))));
    if (ok && QFile::exists(path) && !QFile::remove(path))
        ok = fail(error, Tr::tr("Cannot replace %1").arg(path));
    if (ok && !QFile::rename(partial, path))
        ok = fail(error, Tr::tr("Cannot write %1").arg(path));
    if (!ok)
        QFile::remove(partial);
    return ok;
}

QString modelAsTabSeparated(const QAbstractItemModel &model)
{
    const QLocale locale;
    const auto clean = [](QString text) {
        text = neutraliseFormula(text);
        for (QChar &c : text)
            if (c == u'\t' || c == u'\n' || c == u'\r')
                c = u' ';
        return text;
    };
    QString text;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c)
        text += (c > 0 ? QStringLiteral("\t") : QString()) + clean(TableExport::header(model, c));
    text += QLatin1Char('\n');
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                text += QLatin1Char('\t');
            const TableExport::Cell cell = TableExport::cell(model, r, c);
            text += cell.isNumber ? TableExport::formatNumber(cell.number, locale) : clean(cell.text);
        }
        text += QLatin1Char('\n');
    }
    return text;
}
