#pragma once

#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QVariant;
QT_END_NAMESPACE

/// Table exports of any item model (the figure models first): CSV for Excel,
/// XLSX, and tab-separated text for the clipboard. A cell is a number when
/// its Qt::EditRole is numeric (written at full precision), otherwise the
/// Qt::DisplayRole text, so that "n < 30" or "oui" read as shown in the app.
/// No text cell can run as a formula in a spreadsheet: see neutraliseFormula().

/// Writes model (horizontal header, then every row) as CSV: UTF-8 with a
/// BOM, CRLF line ends, RFC 4180 quoting. A French locale gives `;` and a
/// decimal comma (what a French Excel opens by double-click), any other
/// locale `,` and a decimal point. Numbers never carry a group separator.
/// Returns false and fills error (when not null) on failure.
bool exportCsv(const QAbstractItemModel &model, const QString &path, const QLocale &locale,
               QString *error = nullptr);

/// Writes one sheet per model (name, model) to an .xlsx workbook: numbers as
/// numbers (shown with the decimals the app shows), text otherwise, a bold
/// frozen header row and column widths fitted to the content. Sheet names
/// are made valid for Excel (at most 31 characters, none of []:*?/\, unique).
bool exportXlsx(const QList<QPair<QString, const QAbstractItemModel *>> &sheets, const QString &path,
                QString *error = nullptr);

/// A text cell that a spreadsheet would read as a formula (starting with
/// =, +, -, @, a tab or a carriage return) prefixed with an apostrophe, so
/// that it stays text; any other text unchanged. Numbers exported as
/// numbers never pass through here: a number -5 stays -5, a text "-5"
/// becomes "'-5".
QString neutraliseFormula(const QString &text);

/// The model as tab-separated text (header line, then rows, "\n" line ends)
/// for the clipboard: pastes into Excel as cells. Numbers are written in the
/// default QLocale without group separators; tabs and line breaks inside a
/// cell become spaces.
QString modelAsTabSeparated(const QAbstractItemModel &model);

namespace TableExport {

/// A cell as exported: a number (isNumber) or text.
struct Cell
{
    bool isNumber = false;
    double number = 0.0;
    QString text;
};

/// How exportCsv()/exportXlsx() read one cell of the model.
Cell cell(const QAbstractItemModel &model, int row, int column);
/// The header of a column (Qt::DisplayRole), or its number when it has none.
QString header(const QAbstractItemModel &model, int column);
/// A number as the exports write it: the locale's decimal separator, no
/// group separator, the shortest text that reads back to the same double.
QString formatNumber(double value, const QLocale &locale);

} // namespace TableExport
