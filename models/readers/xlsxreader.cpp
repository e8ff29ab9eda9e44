#include "xlsxreader.h"

#include "xlsxpackage.h"
#include "textkey.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace {

using Token = QXmlStreamReader::TokenType;

bool named(const QXmlStreamReader &xml, QLatin1StringView name)
{
    return xml.name() == name;
}

// "C5" -> 3. Counting stops past the bound so that absurd references cannot
// overflow; 0 means the reference has no column letters.
int columnOfReference(QStringView ref)
{
    int column = 0;
    for (const QChar c : ref) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
        if (column > XlsxReader::MaxColumns)
            return XlsxReader::MaxColumns + 1;
    }
    return column;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Excel escapes characters XML cannot carry as _xHHHH_ (a carriage return is
// _x000D_, a literal "_x" is _x005F_x).
void unescapeXstring(QByteArray &text)
{
    qsizetype at = text.indexOf("_x");
    if (at < 0)
        return;
    QByteArray out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (at >= 0) {
        const char *p = text.constData() + at;
        if (at + 7 <= text.size() && p[6] == '_' && isHex(p[2]) && isHex(p[3]) && isHex(p[4])
            && isHex(p[5])) {
            const char16_t code = char16_t(QByteArray(p + 2, 4).toUInt(nullptr, 16));
            if (!QChar::isSurrogate(code)) {
                out.append(text.constData() + from, at - from);
                out.append(QString(QChar(code)).toUtf8());
                from = at + 7;
                at = text.indexOf("_x", from);
                continue;
            }
        }
        at = text.indexOf("_x", at + 2);
    }
    out.append(text.constData() + from, text.size() - from);
    text = out;
}

} // namespace

XlsxReader::XlsxReader(const QString &path, const ReadOptions &options)
    : m_path(path)
    , m_options(options)
{
    m_error.file = QFileInfo(path).fileName();
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::fail(qint64 line, int column, const QString &message)
{
    if (m_error.isNull()) {
        m_error.line = line;
        m_error.column = column;
        m_error.message = message;
    }
    m_sheetDone = true;
    return false;
}

bool XlsxReader::failPart()
{
    const bool inSheet = !m_sheetPart.isEmpty() && m_package->part() == m_sheetPart;
    return fail(inSheet ? m_lastRow : 0, 0, m_package->errorMessage());
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const XlsxWorkbook::Sheet &sheet : m_workbook.sheets())
        names.append(sheet.name);
    return names;
}

double XlsxReader::progress() const
{
    if (m_sheetDone)
        return 1.0;
    return m_package && m_package->part() == m_sheetPart ? m_package->partProgress() : 0.0;
}

bool XlsxReader::open()
{
    m_package = std::make_unique<XlsxPackage>(m_path);
    if (!m_package->open())
        return failPart();
    if (!m_workbook.read(*m_package))
        return fail(0, 0, m_workbook.errorMessage());
    if (!chooseSheet() || !readSharedStrings() || !enterSheetData())
        return false;
    if (!readRow(m_header, 0)) {
        if (m_error.isNull())
            return fail(0, 0, tr("the sheet \"%1\" is empty: a header row was expected").arg(m_sheetName));
        return false;
    }
    // Formatted but empty cells after the last name are not columns.
    int width = m_header.size();
    while (width > 0 && m_header.at(width - 1).isEmpty())
        --width;
    if (width < m_header.size()) {
        Record trimmed;
        for (int i = 0; i < width; ++i)
            trimmed.appendField(m_header.at(i));
        trimmed.line = m_header.line;
        m_header = trimmed;
    }
    return true;
}

bool XlsxReader::next(Record &record)
{
    if (!m_error.isNull() || m_sheetDone)
        return false;
    return readRow(record, m_header.size());
}

bool XlsxReader::chooseSheet()
{
    const qsizetype index = m_workbook.findSheet(m_options.sheet);
    if (index < 0) {
        QStringList names;
        for (const XlsxWorkbook::Sheet &sheet : m_workbook.sheets())
            names.append(QLatin1Char('"') + sheet.name + QLatin1Char('"'));
        return fail(0, 0, tr("the workbook has no sheet \"%1\"; its sheets are: %2")
                              .arg(m_options.sheet.trimmed(), names.join(QLatin1String(", "))));
    }
    const XlsxWorkbook::Sheet &sheet = m_workbook.sheets()[index];
    m_sheetName = sheet.name;
    m_sheetPart = sheet.part;
    if (m_sheetPart.isEmpty())
        return fail(0, 0, tr("%1: the sheet \"%2\" has no part (relationship \"%3\" not found)")
                              .arg(m_workbook.workbookPart(), m_sheetName, sheet.relationId));
    return true;
}

// A missing shared-string part only matters if a cell refers to it, which
// readCell() reports with the cell's position.
bool XlsxReader::readSharedStrings()
{
    m_sharedStringsPart = m_workbook.sharedStringsPart();
    if (!m_package->contains(m_sharedStringsPart))
        return true;
    if (!m_package->beginPart(m_sharedStringsPart))
        return failPart();
    for (Token token = m_package->readNext(); token != QXmlStreamReader::EndDocument;
         token = m_package->readNext()) {
        if (token == QXmlStreamReader::Invalid)
            return failPart();
        if (token != QXmlStreamReader::StartElement || !named(m_package->xml(), QLatin1StringView("si")))
            continue;
        m_value.clear();
        if (!readRichText(m_value, false))
            return false;
        unescapeXstring(m_value);
        m_shared.append(m_value);
        m_sharedEnds.append(quint32(m_shared.size()));
        if (m_shared.size() + 4 * m_sharedEnds.size() > MaxSharedStringBytes)
            return fail(0, 0, tr("%1: the shared-string table exceeds %2 MiB")
                                  .arg(m_sharedStringsPart).arg(MaxSharedStringBytes >> 20));
    }
    m_hasSharedStrings = true;
    return true;
}

bool XlsxReader::enterSheetData()
{
    if (!m_package->beginPart(m_sheetPart))
        return failPart();
    for (;;) {
        const Token token = m_package->readNext();
        if (token == QXmlStreamReader::Invalid)
            return failPart();
        if (token == QXmlStreamReader::EndDocument) {
            m_sheetDone = true; // no cells at all: open() reports an empty sheet
            return true;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (named(m_package->xml(), QLatin1StringView("sheetData")))
            return true;
        // Sheet properties, views and column widths come before the data.
        if (!named(m_package->xml(), QLatin1StringView("worksheet")) && !m_package->skipElement())
            return failPart();
    }
}

// Reads the next row holding a non-empty cell. width 0 means "as many fields
// as the cells go" (the header); otherwise the row is padded to width.
bool XlsxReader::readRow(Record &record, int width)
{
    while (!m_sheetDone) {
        Token token = m_package->readNext();
        if (token == QXmlStreamReader::Invalid)
            return failPart();
        if (token == QXmlStreamReader::EndDocument
            || (token == QXmlStreamReader::EndElement && named(m_package->xml(), QLatin1StringView("sheetData")))) {
            m_sheetDone = true;
            break;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!named(m_package->xml(), QLatin1StringView("row"))) {
            if (!m_package->skipElement())
                return failPart();
            continue;
        }
        qint64 row = m_lastRow + 1;
        const QStringView reference = m_package->xml().attributes().value(QLatin1StringView("r"));
        if (!reference.isEmpty()) {
            bool ok = false;
            row = reference.toLongLong(&ok);
            if (!ok || row < 1)
                return fail(m_lastRow + 1, 0, tr("%1: invalid row number \"%2\"")
                                                  .arg(m_sheetPart, reference.toString()));
            if (row <= m_lastRow)
                return fail(row, 0, tr("%1: row %2 comes after row %3").arg(m_sheetPart).arg(row).arg(m_lastRow));
        }
        m_lastRow = row;
        if (++m_rowCount > MaxRows)
            return fail(row, 0, tr("the sheet has more than %1 rows").arg(MaxRows));
        record.clear();
        int lastColumn = 0;
        for (token = m_package->readNext();
             token != QXmlStreamReader::EndElement || !named(m_package->xml(), QLatin1StringView("row"));
             token = m_package->readNext()) {
            if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
                return failPart();
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (named(m_package->xml(), QLatin1StringView("c"))) {
                if (!readCell(record, row, lastColumn, width))
                    return false;
            } else if (!m_package->skipElement()) {
                return failPart();
            }
        }
        if (record.isBlank())
            continue;
        while (record.size() < width)
            record.appendField({});
        record.line = row;
        return true;
    }
    return false;
}

bool XlsxReader::readCell(Record &record, qint64 row, int &lastColumn, int width)
{
    const QXmlStreamAttributes attributes = m_package->xml().attributes();
    int column = lastColumn + 1;
    const QStringView reference = attributes.value(QLatin1StringView("r"));
    if (!reference.isEmpty()) {
        column = columnOfReference(reference);
        if (column == 0)
            return fail(row, lastColumn + 1, tr("invalid cell reference \"%1\"").arg(reference.toString()));
    }
    if (column > MaxColumns)
        return fail(row, column, tr("the sheet has more than %1 columns").arg(MaxColumns));
    if (column <= lastColumn)
        return fail(row, column, tr("cell %1 comes after a cell to its right").arg(reference.toString()));
    lastColumn = column;
    if (++m_cellCount > MaxCells)
        return fail(row, column, tr("the sheet has more than %1 cells").arg(MaxCells));

    const QStringView t = attributes.value(QLatin1StringView("t"));
    CellType type = CellType::Number;
    if (t == QLatin1StringView("s"))
        type = CellType::SharedString;
    else if (t == QLatin1StringView("inlineStr"))
        type = CellType::InlineString;
    else if (t == QLatin1StringView("str"))
        type = CellType::String;
    else if (t == QLatin1StringView("b"))
        type = CellType::Boolean;
    else if (t == QLatin1StringView("e"))
        type = CellType::Error;
    else if (t == QLatin1StringView("d"))
        type = CellType::Date;
    else if (!t.isEmpty() && t != QLatin1StringView("n"))
        return fail(row, column, tr("unknown cell type \"%1\"").arg(t.toString()));

    m_raw.clear();
    bool hasFormula = false, hasValue = false;
    for (Token token = m_package->readNext();
         token != QXmlStreamReader::EndElement || !named(m_package->xml(), QLatin1StringView("c"));
         token = m_package->readNext()) {
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return failPart();
        if (token != QXmlStreamReader::StartElement)
            continue;
        const bool isValue = named(m_package->xml(), QLatin1StringView("v"));
        hasValue = hasValue || isValue;
        hasFormula = hasFormula || named(m_package->xml(), QLatin1StringView("f"));
        if (isValue || (type == CellType::InlineString && named(m_package->xml(), QLatin1StringView("is")))) {
            if (!readRichText(m_raw, isValue))
                return false;
        } else if (!m_package->skipElement()) { // formulas, extensions
            return failPart();
        }
    }
    // Without its saved result a formula would read as an empty cell: an
    // answer lost without a word.
    if (hasFormula && !hasValue && type != CellType::InlineString)
        return fail(row, column, tr("the cell holds a formula whose result was not saved; open the file in "
                                    "Excel or LibreOffice and save it again"));
    if (!cellText(type, row, column))
        return false;
    if (width > 0 && column > width) {
        if (!m_value.isEmpty())
            return fail(row, column, tr("a value lies beyond the last column of the header (%1 columns)")
                                         .arg(width));
        return true;
    }
    while (record.size() < column - 1)
        record.appendField({});
    record.appendField(m_value);
    return true;
}

// Collects the text of the element just started: the <t> runs of an <si> or
// <is> (plain or rich text, leaving out phonetic <rPh> runs), or the whole
// text of a <v> when inText is true.
bool XlsxReader::readRichText(QByteArray &out, bool inText)
{
    int depth = 1;
    int textDepth = inText ? 1 : 0;
    int phoneticDepth = 0;
    while (depth > 0) {
        const Token token = m_package->readNext();
        const QXmlStreamReader &xml = m_package->xml();
        switch (token) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (phoneticDepth == 0 && named(xml, QLatin1StringView("rPh")))
                phoneticDepth = depth;
            else if (phoneticDepth == 0 && textDepth == 0 && named(xml, QLatin1StringView("t")))
                textDepth = depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth == phoneticDepth)
                phoneticDepth = 0;
            if (depth == textDepth)
                textDepth = inText ? 1 : 0;
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (textDepth > 0 && phoneticDepth == 0)
                out.append(xml.text().toUtf8());
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return failPart();
        default:
            break;
        }
    }
    return true;
}

// Turns m_raw, the cell's XML content, into m_value, the field's text.
bool XlsxReader::cellText(CellType type, qint64 row, int column)
{
    m_value.clear();
    switch (type) {
    case CellType::Number: {
        const QByteArray text = m_raw.trimmed();
        if (text.isEmpty())
            return true;
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return fail(row, column, tr("\"%1\" is not a number").arg(shownValue(QString::fromUtf8(text))));
        m_value = QByteArray::number(number, 'f', QLocale::FloatingPointShortest);
        // 1e308 or 1e-300 as a plain decimal is hundreds of digits, more than
        // any number parser takes: written in exponent form, as a text file would.
        if (m_value.size() > 30)
            m_value = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        return true;
    }
    case CellType::SharedString: {
        const QByteArray text = m_raw.trimmed();
        if (text.isEmpty())
            return true;
        if (!m_hasSharedStrings)
            return fail(row, column, tr("the cell refers to a shared string but the part %1 is missing")
                                         .arg(m_sharedStringsPart));
        bool ok = false;
        const qsizetype index = text.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedEnds.size())
            return fail(row, column, tr("%1: no shared string number %2 (the table has %3)")
                                         .arg(m_sharedStringsPart, QString::fromUtf8(text))
                                         .arg(m_sharedEnds.size()));
        const quint32 begin = index == 0 ? 0 : m_sharedEnds[index - 1];
        m_value.append(m_shared.constData() + begin, m_sharedEnds[index] - begin);
        return true;
    }
    case CellType::Boolean: {
        const QByteArray text = m_raw.trimmed();
        // As words, not 1 and 0: a QPV column reads them, an answer column
        // refuses them rather than taking TRUE for the answer coded 1.
        if (text == "1" || text == "true")
            m_value = "true";
        else if (text == "0" || text == "false")
            m_value = "false";
        else if (!text.isEmpty())
            return fail(row, column, tr("\"%1\" is not a boolean").arg(shownValue(QString::fromUtf8(text))));
        return true;
    }
    case CellType::InlineString:
    case CellType::String:
    case CellType::Error:
    case CellType::Date:
        m_value = m_raw;
        unescapeXstring(m_value);
        return true;
    }
    return true;
}
