#include "savreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QtEndian>

#include <readstat.h>

#include <algorithm>
#include <cmath>

namespace {

using NumericLabels = QHash<double, QByteArray>;
using StringLabels = QHash<QByteArray, QByteArray>;

// State shared by ReadStat's callbacks during one parse.
struct ParseContext
{
    SavReader::Table *table = nullptr;
    Record *header = nullptr;
    QFile file;
    QHash<QByteArray, NumericLabels> numericLabels; // label set name -> value -> label
    QHash<QByteArray, StringLabels> stringLabels;
    QList<QByteArray> columnLabelSets; // label set name of each variable, or empty
    QList<const NumericLabels *> columnNumericLabels;
    QList<const StringLabels *> columnStringLabels;
    qint64 declaredRows = -1;
    bool showsAllCases = false; // ioRead() shows ReadStat the largest case count
    bool bigEndian = false;
    qint64 headerCases = -1;    // the count the file's header declares
    qint64 row = -1;
    int nextColumn = 0;
    int refusalColumn = 0;   // 1-based variable the refusal is about, or 0
    QString refusal;         // why a callback aborted the parse
    QByteArray readStatDetail; // last message from ReadStat's error handler
};

ParseContext &context(void *ctx)
{
    return *static_cast<ParseContext *>(ctx);
}

// The header's case count (int32, in the byte order of the layout code at 64).
constexpr qint64 CaseCountOffset = 80;

// Numbers as a file would write them: plain decimals, in exponent form only
// when that would be very long (1e308, 1e-300), which parseDecimal() reads too.
QByteArray numberText(double number)
{
    QByteArray text = QByteArray::number(number, 'f', QLocale::FloatingPointShortest);
    if (text.size() > 30)
        text = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    return text;
}

// SPSS pads strings with blanks to their declared width; the padding is not data.
QByteArray withoutPadding(const char *text)
{
    QByteArray bytes(text ? text : "");
    qsizetype size = bytes.size();
    while (size > 0 && bytes.at(size - 1) == ' ')
        --size;
    bytes.truncate(size);
    return bytes;
}

double numericValue(readstat_value_t value)
{
    switch (readstat_value_type(value)) {
    case READSTAT_TYPE_INT8: return readstat_int8_value(value);
    case READSTAT_TYPE_INT16: return readstat_int16_value(value);
    case READSTAT_TYPE_INT32: return readstat_int32_value(value);
    case READSTAT_TYPE_FLOAT: return readstat_float_value(value);
    default: return readstat_double_value(value);
    }
}

int onMetadata(readstat_metadata_t *metadata, void *ctx)
{
    ParseContext &c = context(ctx);
    c.declaredRows = c.showsAllCases ? c.headerCases : readstat_get_row_count(metadata);
    const qint64 variables = readstat_get_var_count(metadata);
    if (c.declaredRows > SavReader::MaxRows) {
        c.refusal = SavReader::tr("the file declares %1 cases; at most %2 are accepted")
                        .arg(c.declaredRows).arg(SavReader::MaxRows);
        return READSTAT_HANDLER_ABORT;
    }
    if (c.declaredRows > 0 && variables > 0 && c.declaredRows * variables > SavReader::MaxCells) {
        c.refusal = SavReader::tr("the file declares %1 cases of %2 variables; at most %3 values are accepted")
                        .arg(c.declaredRows).arg(variables).arg(SavReader::MaxCells);
        return READSTAT_HANDLER_ABORT;
    }
    // Trust the declared counts only as far as the file's size makes them
    // possible, so that a lying header cannot make us reserve gigabytes.
    if (c.declaredRows > 0 && variables > 0) {
        const qint64 cells = std::min(c.declaredRows * variables, c.file.size());
        c.table->cellEnds.reserve(cells);
        c.table->rowStarts.reserve(std::min(c.declaredRows, cells));
    }
    return READSTAT_HANDLER_OK;
}

int onVariable(int index, readstat_variable_t *variable, const char *labelSet, void *ctx)
{
    ParseContext &c = context(ctx);
    if (index != c.header->size()) {
        c.refusal = SavReader::tr("variable %1 is out of order").arg(index + 1);
        return READSTAT_HANDLER_ABORT;
    }
    c.header->appendField(QByteArrayView(readstat_variable_get_name(variable)));
    c.columnLabelSets.append(QByteArray(labelSet ? labelSet : ""));
    return READSTAT_HANDLER_OK;
}

int onValueLabel(const char *labelSet, readstat_value_t value, const char *label, void *ctx)
{
    ParseContext &c = context(ctx);
    if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING)
        c.stringLabels[labelSet].insert(withoutPadding(readstat_string_value(value)), QByteArray(label));
    else if (!readstat_value_is_system_missing(value))
        c.numericLabels[labelSet].insert(numericValue(value), QByteArray(label));
    return READSTAT_HANDLER_OK;
}

// The dictionary (names, label sets) is complete before the first case.
void resolveLabelSets(ParseContext &c)
{
    for (const QByteArray &set : std::as_const(c.columnLabelSets)) {
        const auto numeric = c.numericLabels.constFind(set);
        const auto string = c.stringLabels.constFind(set);
        c.columnNumericLabels.append(set.isEmpty() || numeric == c.numericLabels.cend() ? nullptr : &*numeric);
        c.columnStringLabels.append(set.isEmpty() || string == c.stringLabels.cend() ? nullptr : &*string);
    }
}

bool startRow(ParseContext &c, int obsIndex)
{
    SavReader::Table &table = *c.table;
    if (c.row >= 0 && c.nextColumn != table.columns)
        c.refusal = SavReader::tr("case %1 has %2 values instead of %3")
                        .arg(c.row + 1)
                        .arg(c.nextColumn)
                        .arg(table.columns);
    else if (obsIndex != c.row + 1)
        c.refusal = SavReader::tr("case %1 is out of order").arg(obsIndex + 1);
    else if (obsIndex >= SavReader::MaxRows)
        c.refusal = SavReader::tr("the file has more than %1 cases").arg(SavReader::MaxRows);
    if (!c.refusal.isEmpty())
        return false;
    if (c.row < 0) {
        table.columns = c.header->size();
        resolveLabelSets(c);
    }
    c.row = obsIndex;
    c.nextColumn = 0;
    table.rowStarts.append(table.bytes.size());
    return true;
}

int onValue(int obsIndex, readstat_variable_t *variable, readstat_value_t value, void *ctx)
{
    ParseContext &c = context(ctx);
    SavReader::Table &table = *c.table;
    if (obsIndex != c.row && !startRow(c, obsIndex))
        return READSTAT_HANDLER_ABORT;
    const int column = readstat_variable_get_index(variable);
    if (column != c.nextColumn || column >= table.columns) {
        c.refusal = SavReader::tr("case %1: value of variable %2 is out of order").arg(obsIndex + 1).arg(column + 1);
        return READSTAT_HANDLER_ABORT;
    }
    if (table.cellEnds.size() >= SavReader::MaxCells) {
        c.refusal = SavReader::tr("the file has more than %1 values").arg(SavReader::MaxCells);
        return READSTAT_HANDLER_ABORT;
    }

    if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING) {
        const QByteArray text = withoutPadding(readstat_string_value(value));
        const StringLabels *labels = c.columnStringLabels[column];
        const auto label = labels ? labels->constFind(text) : StringLabels::const_iterator();
        table.bytes.append(labels && label != labels->cend() ? *label : text);
    } else if (!readstat_value_is_system_missing(value) && !readstat_value_is_tagged_missing(value)) {
        const double number = numericValue(value);
        const NumericLabels *labels = c.columnNumericLabels[column];
        const auto label = labels ? labels->constFind(number) : NumericLabels::const_iterator();
        if (labels && label != labels->cend())
            table.bytes.append(*label);
        else if (std::isfinite(number))
            table.bytes.append(numberText(number));
        else {
            // Neither a value nor SPSS's missing: refused, never read as no answer.
            c.refusal = SavReader::tr("case %1, variable %2: %3 is not a value")
                            .arg(obsIndex + 1).arg(QString::fromUtf8(readstat_variable_get_name(variable)))
                            .arg(std::isnan(number) ? QStringLiteral("NaN")
                                                    : number > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf"));
            c.refusalColumn = column + 1;
            return READSTAT_HANDLER_ABORT;
        }
    }
    if (table.bytes.size() > SavReader::MaxCellBytes) {
        c.refusal = SavReader::tr("the decoded values exceed %1 MiB").arg(SavReader::MaxCellBytes >> 20);
        return READSTAT_HANDLER_ABORT;
    }
    table.cellEnds.append(quint32(table.bytes.size() - table.rowStarts.back()));
    ++c.nextColumn;
    return READSTAT_HANDLER_OK;
}

void onError(const char *message, void *ctx)
{
    context(ctx).readStatDetail = QByteArray(message).trimmed();
}

// ReadStat reads through QFile so that non-ASCII paths open on every platform.
int ioOpen(const char *, void *ioCtx)
{
    return context(ioCtx).file.open(QIODevice::ReadOnly) ? 0 : -1;
}

int ioClose(void *ioCtx)
{
    context(ioCtx).file.close();
    return 0;
}

readstat_off_t ioSeek(readstat_off_t offset, readstat_io_flags_t whence, void *ioCtx)
{
    QFile &file = context(ioCtx).file;
    qint64 target = offset;
    if (whence == READSTAT_SEEK_CUR)
        target += file.pos();
    else if (whence == READSTAT_SEEK_END)
        target += file.size();
    return file.seek(target) ? readstat_off_t(target) : -1;
}

ssize_t ioRead(void *buffer, size_t size, void *ioCtx)
{
    ParseContext &c = context(ioCtx);
    QFile &file = c.file;
    const qint64 at = file.pos();
    const qint64 read = file.read(static_cast<char *>(buffer), qint64(size));
    // ReadStat stops at the case count of the header, leaving any case past
    // it unread, and reads no case of an uncompressed file whose count is
    // -1 (unknown, which the format allows). It is shown the largest count
    // instead, so that it reads every case there is; open() then compares
    // them with the count the file declares.
    const char unknown[4] = {'\xFF', '\xFF', '\xFF', '\x7F'};
    const char bigEndian[4] = {'\x7F', '\xFF', '\xFF', '\xFF'};
    const char *count = c.bigEndian ? bigEndian : unknown;
    const qint64 first = c.showsAllCases ? qMax<qint64>(at, CaseCountOffset) : CaseCountOffset + 4;
    for (qint64 i = first; read > 0 && i < qMin<qint64>(at + read, CaseCountOffset + 4); ++i)
        static_cast<char *>(buffer)[i - at] = count[i - CaseCountOffset];
    return ssize_t(read);
}

readstat_error_t ioUpdate(long, readstat_progress_handler, void *, void *)
{
    return READSTAT_OK;
}

} // namespace

// No option applies: ReadStat takes the encoding from the file itself.
SavReader::SavReader(const QString &path, const ReadOptions &)
    : m_path(path)
{
    m_error.file = QFileInfo(path).fileName();
}

bool SavReader::fail(qint64 line, const QString &message, int column)
{
    m_error.line = line;
    m_error.column = column;
    m_error.message = message;
    m_table = Table();
    m_header.clear();
    return false;
}

bool SavReader::open()
{
    ParseContext c;
    c.table = &m_table;
    c.header = &m_header;
    c.file.setFileName(m_path);
    if (!c.file.exists())
        return fail(0, tr("cannot open the file: %1").arg(tr("no such file")));

    readstat_parser_t *parser = readstat_parser_init();
    readstat_set_metadata_handler(parser, &onMetadata);
    readstat_set_variable_handler(parser, &onVariable);
    readstat_set_value_label_handler(parser, &onValueLabel);
    readstat_set_value_handler(parser, &onValue);
    readstat_set_error_handler(parser, &onError);
    readstat_set_open_handler(parser, &ioOpen);
    readstat_set_close_handler(parser, &ioClose);
    readstat_set_seek_handler(parser, &ioSeek);
    readstat_set_read_handler(parser, &ioRead);
    readstat_set_update_handler(parser, &ioUpdate);
    readstat_set_io_ctx(parser, &c);
    if (c.file.open(QIODevice::ReadOnly)) {
        const QByteArray head = c.file.read(CaseCountOffset + 4);
        c.file.close();
        if (head.size() == CaseCountOffset + 4 && (head.startsWith("$FL2") || head.startsWith("$FL3"))) {
            const qint32 layout = qFromLittleEndian<qint32>(head.constData() + 64);
            c.bigEndian = layout != 2 && layout != 3;
            c.headerCases = c.bigEndian ? qFromBigEndian<qint32>(head.constData() + CaseCountOffset)
                                        : qFromLittleEndian<qint32>(head.constData() + CaseCountOffset);
            c.showsAllCases = true;
        }
    }
    const readstat_error_t status = readstat_parse_sav(parser, QFile::encodeName(m_path).constData(), &c);
    readstat_parser_free(parser);

    const qint64 rows = m_table.rowStarts.size();
    if (!c.refusal.isEmpty())
        return fail(c.row + 1, tr("cannot read the SPSS file %1: %2").arg(m_error.file, c.refusal), c.refusalColumn);
    if (status != READSTAT_OK && !(c.showsAllCases && status == READSTAT_ERROR_ROW_COUNT_MISMATCH)) {
        QString message = QString::fromUtf8(readstat_error_message(status));
        if (!c.readStatDetail.isEmpty())
            message += QLatin1String(" (") + QString::fromUtf8(c.readStatDetail) + QLatin1Char(')');
        return fail(0, tr("cannot read the SPSS file %1: it is damaged or is not an SPSS file (technical detail "
                          "from ReadStat: %2)")
                           .arg(m_error.file, message));
    }
    if (m_header.isEmpty())
        return fail(0, tr("cannot read the SPSS file %1: it has no variables").arg(m_error.file));
    if (rows > 0 && c.nextColumn != m_table.columns)
        return fail(rows, tr("cannot read the SPSS file %1: the last case is incomplete (truncated file?)")
                              .arg(m_error.file));
    if (c.declaredRows >= 0 && rows > c.declaredRows)
        return fail(c.declaredRows + 1, tr("cannot read the SPSS file %1: case %2 lies beyond the %3 cases "
                                           "its header declares")
                                            .arg(m_error.file).arg(c.declaredRows + 1).arg(c.declaredRows));
    // ReadStat stops quietly at a short data section; a truncated file shows
    // as fewer cases than the header declares.
    if (c.declaredRows >= 0 && rows != c.declaredRows)
        return fail(rows, tr("cannot read the SPSS file %1: it declares %2 cases but holds %3 (truncated file?)")
                              .arg(m_error.file).arg(c.declaredRows).arg(rows));
    m_table.columns = m_header.size();
    m_header.line = 0;
    return true;
}

bool SavReader::next(Record &record)
{
    if (!m_error.isNull() || m_nextRow >= m_table.rowStarts.size())
        return false;
    record.clear();
    const qint64 start = m_table.rowStarts[m_nextRow];
    const qint64 firstCell = m_nextRow * m_table.columns;
    quint32 begin = 0;
    for (int column = 0; column < m_table.columns; ++column) {
        const quint32 end = m_table.cellEnds[firstCell + column];
        record.appendField(QByteArrayView(m_table.bytes.constData() + start + begin, end - begin));
        begin = end;
    }
    ++m_nextRow;
    record.line = m_nextRow;
    return true;
}

double SavReader::progress() const
{
    const qint64 rows = m_table.rowStarts.size();
    return rows == 0 ? 1.0 : double(m_nextRow) / double(rows);
}
