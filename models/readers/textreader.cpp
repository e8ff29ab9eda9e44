#include "textreader.h"

#include "textencoding.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace {

constexpr qint64 ChunkSize = 1 << 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("TextReader", text);
}

bool isDelimiterCandidate(char c)
{
    return c == ';' || c == ',' || c == '\t' || c == '|';
}

} // namespace

TextReader::TextReader(const QString &path, const ReadOptions &options)
    : m_path(path)
    , m_options(options)
    , m_file(path)
{
    m_error.file = QFileInfo(path).fileName();
}

bool TextReader::fail(qint64 line, int column, const QString &message)
{
    m_error.line = line;
    m_error.column = column;
    m_error.message = message;
    return false;
}

bool TextReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(0, 0, tr("cannot open the file: %1").arg(m_file.errorString()));
    if (!transcodeUtf16() || !detectEncoding() || !detectDelimiter())
        return false;
    if (!readRecord(m_header)) {
        if (m_error.isNull())
            return fail(1, 0, tr("the file is empty: a header line was expected"));
        return false;
    }
    if (m_header.size() > MaxFields)
        return fail(1, 0, tr("the header has %1 columns; at most %2 are accepted")
                              .arg(m_header.size()).arg(MaxFields));
    // A binary file (an image, an old .xls) must be refused as not text, not
    // for a header that lacks the required columns: when a NUL byte follows
    // closely, read up to it so that checkBytes() locates it.
    const QByteArrayView ahead = QByteArrayView(m_buffer).sliced(m_pos).first(
        qMin<qsizetype>(4096, m_buffer.size() - m_pos));
    if (ahead.contains('\0')) {
        Record skipped;
        while (readRecord(skipped)) {
        }
        if (m_error.isNull())
            fail(1, 0, tr("the file contains NUL bytes: it is not a text file"));
        return false;
    }
    return true;
}

// A UTF-16 byte-order mark: the file is decoded into a temporary UTF-8 copy,
// which is read instead. Lines stay lines, so positions in messages hold.
bool TextReader::transcodeUtf16()
{
    const QByteArray head = m_file.peek(2);
    const bool little = head == QByteArrayView("\xFF\xFE");
    if (!little && head != QByteArrayView("\xFE\xFF"))
        return true;
    m_utf16Name = little ? QStringLiteral("utf-16le") : QStringLiteral("utf-16be");
    QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
    m_transcoded = std::make_unique<QTemporaryFile>();
    if (!m_transcoded->open())
        return fail(0, 0, tr("cannot open the file: %1").arg(m_transcoded->errorString()));
    m_file.seek(2);
    while (!m_file.atEnd()) {
        const QByteArray chunk = m_file.read(ChunkSize);
        if (chunk.isEmpty() && m_file.error() != QFileDevice::NoError)
            return fail(0, 0, tr("cannot read the file: %1").arg(m_file.errorString()));
        const QString text = decoder.decode(chunk);
        if (decoder.hasError())
            return fail(0, 0, tr("the file starts as UTF-16 but is not valid UTF-16"));
        if (m_transcoded->write(text.toUtf8()) < 0)
            return fail(0, 0, tr("cannot read the file: %1").arg(m_transcoded->errorString()));
    }
    m_file.close();
    m_transcoded->close();
    m_file.setFileName(m_transcoded->fileName());
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(0, 0, tr("cannot open the file: %1").arg(m_file.errorString()));
    return true;
}

// Decides the encoding from the bytes: a BOM says UTF-8; otherwise the first
// well-formed multi-byte UTF-8 sequence says UTF-8 (later malformed bytes are
// then reported as errors), and high bytes that never form one say
// Windows-1252.
bool TextReader::detectEncoding()
{
    const QByteArray head = m_file.peek(3);
    const bool bom = head.startsWith("\xEF\xBB\xBF");
    const QString forced = m_options.encoding.toLower().remove(QLatin1Char('-'));
    if (!forced.isEmpty()) {
        if (forced == QLatin1String("utf8"))
            m_encoding = bom ? Encoding::Utf8Bom : Encoding::Utf8;
        else if (forced == QLatin1String("windows1252") || forced == QLatin1String("cp1252"))
            m_encoding = Encoding::Windows1252;
        else
            return fail(0, 0, tr("unknown encoding \"%1\": expected utf-8 or windows-1252")
                                  .arg(m_options.encoding));
    } else if (bom) {
        m_encoding = Encoding::Utf8Bom;
    } else {
        m_encoding = Encoding::Utf8;
        bool sawInvalid = false;
        // One buffer for the whole scan, an incomplete sequence carried over
        // to its front: no allocation per chunk.
        QByteArray chunk(ChunkSize + 4, Qt::Uninitialized);
        qsizetype carried = 0;
        while (!m_file.atEnd()) {
            const qint64 read = m_file.read(chunk.data() + carried, ChunkSize);
            if (read <= 0)
                break;
            const qsizetype size = carried + qsizetype(read);
            const Utf8Scan scan = scanUtf8(QByteArrayView(chunk).first(size), m_file.atEnd());
            if (scan.validMultiByte) {
                sawInvalid = false;
                break;
            }
            sawInvalid = sawInvalid || scan.invalid;
            carried = scan.incompleteTail;
            std::memmove(chunk.data(), chunk.constData() + size - carried, std::size_t(carried));
        }
        if (sawInvalid)
            m_encoding = Encoding::Windows1252;
        m_file.seek(0);
    }
    if (m_encoding == Encoding::Utf8Bom || (bom && m_encoding == Encoding::Utf8))
        m_file.seek(3);
    m_consumed = m_file.pos();
    return true;
}

bool TextReader::detectDelimiter()
{
    if (!m_options.delimiter.isNull()) {
        const char d = m_options.delimiter.toLatin1();
        if (!isDelimiterCandidate(d))
            return fail(0, 0, tr("unsupported delimiter \"%1\": expected ; , tab or |")
                                  .arg(m_options.delimiter));
        m_delimiter = d;
        return true;
    }
    // Count candidates outside quotes on the header line.
    while (!m_eof && m_buffer.indexOf('\n', m_pos) < 0 && m_buffer.size() - m_pos < MaxRecordBytes)
        fillBuffer();
    int counts[4] = {0, 0, 0, 0};
    const char order[4] = {';', '\t', ',', '|'};
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted)
            for (int k = 0; k < 4; ++k)
                counts[k] += c == order[k];
    }
    int best = 0;
    for (int k = 1; k < 4; ++k)
        if (counts[k] > counts[best])
            best = k;
    m_delimiter = order[best];
    return true;
}

bool TextReader::fillBuffer()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    // Read straight into the buffer's room: no chunk allocated and copied.
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + ChunkSize);
    const qint64 read = m_file.read(m_buffer.data() + kept, ChunkSize);
    m_buffer.resize(kept + qMax<qint64>(read, 0));
    if (read <= 0) {
        m_eof = true;
        return false;
    }
    m_consumed += read;
    return true;
}

QString TextReader::encodingName() const
{
    if (!m_utf16Name.isEmpty())
        return m_utf16Name;
    switch (m_encoding) {
    case Encoding::Utf8: return QStringLiteral("utf-8");
    case Encoding::Utf8Bom: return QStringLiteral("utf-8-bom");
    case Encoding::Windows1252: return QStringLiteral("windows-1252");
    }
    return QString();
}

QString TextReader::delimiterName() const
{
    return m_delimiter == '\t' ? QStringLiteral("\\t") : QString(QLatin1Char(m_delimiter));
}

double TextReader::progress() const
{
    const qint64 size = m_file.size();
    return size > 0 ? double(m_consumed - (m_buffer.size() - m_pos)) / double(size) : 1.0;
}

bool TextReader::next(Record &record)
{
    if (!m_error.isNull())
        return false;
    while (readRecord(record)) {
        if (record.size() == 1 && record.isBlank())
            continue; // empty line
        if (record.size() != m_header.size())
            return fail(record.line, qMin(record.size(), m_header.size()) + 1,
                        tr("expected %1 fields as in the header, found %2")
                            .arg(m_header.size()).arg(record.size()));
        return true;
    }
    return false;
}

bool TextReader::appendDecoded(Record &record, const char *begin, const char *end, int column)
{
    if (m_encoding != Encoding::Windows1252) {
        record.appendToField(QByteArrayView(begin, end - begin));
        return true;
    }
    const qsizetype bad = appendWindows1252AsUtf8(record, begin, end);
    if (bad < 0)
        return true;
    return fail(m_line + std::count(begin, begin + bad, '\n'), column,
                tr("byte 0x%1 is not a Windows-1252 character")
                    .arg(uchar(begin[bad]), 2, 16, QLatin1Char('0')));
}

// The common record: a whole line in the buffer, without any quote, in
// UTF-8. Its bytes are copied at once and split in one pass; anything else
// (quotes, a line cut by the buffer's end, Windows-1252) goes field by field.
bool TextReader::readPlainRecord(Record &record)
{
    if (m_encoding == Encoding::Windows1252)
        return false;
    const char *begin = m_buffer.constData() + m_pos;
    const qsizetype available = m_buffer.size() - m_pos;
    const char *lineEnd = static_cast<const char *>(std::memchr(begin, '\n', std::size_t(available)));
    if (!lineEnd)
        return false;
    // A lone CR ends a record too, as consumeLineBreak() reads it.
    if (const void *cr = std::memchr(begin, '\r', std::size_t(lineEnd - begin)))
        lineEnd = static_cast<const char *>(cr);
    // A longer line (a hostile file's, say) goes field by field rather than
    // sizing m_separators by it.
    constexpr qsizetype MaxPlainRecordBytes = 64 * 1024;
    const qsizetype length = lineEnd - begin;
    if (length > MaxPlainRecordBytes || std::memchr(begin, '"', std::size_t(length)))
        return false;
    // Delimiters are found without a branch per byte: in a survey file they
    // are every second or third byte, too often for a branch to predict.
    m_separators.resize(length + 1);
    int *separators = m_separators.data();
    int count = 0;
    const char delimiter = m_delimiter;
    for (int i = 0; i < int(length); ++i) {
        separators[count] = i;
        count += begin[i] == delimiter;
    }
    if (count >= MaxFields)
        return false;
    record.appendToField(QByteArrayView(begin, length));
    record.addFieldsSplitAt(0, separators, count, int(length));
    m_pos += length;
    consumeLineBreak();
    return true;
}

// Reads one record into record; false at the end of the file or on an error.
bool TextReader::readRecord(Record &record)
{
    record.clear();
    record.line = m_line;
    if (m_pos >= m_buffer.size() && !fillBuffer())
        return false;
    if (readPlainRecord(record))
        return checkBytes(record);
    for (;;) {
        const int column = record.size() + 1;
        bool lastField = false;
        if (!readField(record, column, lastField))
            return false;
        record.closeField();
        if (record.size() > MaxFields)
            return fail(record.line, column, tr("more than %1 fields in one record").arg(MaxFields));
        if (lastField)
            return checkBytes(record);
    }
}

// Checked once per record rather than per field: most records are plain
// ASCII, and this is on the path of every byte of the file.
bool TextReader::checkBytes(const Record &record)
{
    const QByteArrayView all = record.bytes();
    unsigned char high = 0;
    for (char c : all)
        high |= uchar(c);
    const bool mayBeInvalidUtf8 = (high & 0x80) && m_encoding != Encoding::Windows1252;
    if (!mayBeInvalidUtf8 && !all.contains('\0'))
        return true;
    for (int i = 0; i < record.size(); ++i) {
        const QByteArrayView field = record.at(i);
        // A quoted field may span lines: errors count lines from the record's start.
        const auto lineOf = [&](qsizetype offset) {
            return record.line + std::count(all.begin(), all.begin() + record.fieldOffset(i) + offset, '\n');
        };
        if (const qsizetype nul = field.indexOf('\0'); nul >= 0)
            return fail(lineOf(nul), i + 1, tr("the file contains NUL bytes: it is not a text file"));
        if (mayBeInvalidUtf8) {
            const qsizetype bad = firstInvalidUtf8(field);
            if (bad >= 0)
                return fail(lineOf(bad), i + 1,
                            tr("invalid UTF-8 byte 0x%1; if the file is not UTF-8, choose its "
                               "encoding (windows-1252)")
                                .arg(uchar(field.at(bad)), 2, 16, QLatin1Char('0')));
        }
    }
    return true;
}

bool TextReader::checkRecordSize(const Record &record, int column)
{
    if (record.byteSize() <= MaxRecordBytes)
        return true;
    return fail(record.line, column,
                tr("a record longer than %1 MiB: the file is not a table of answers")
                    .arg(MaxRecordBytes >> 20));
}

void TextReader::consumeLineBreak()
{
    if (m_buffer.at(m_pos) == '\r') {
        ++m_pos;
        if ((m_pos < m_buffer.size() || fillBuffer()) && m_buffer.at(m_pos) == '\n')
            ++m_pos;
    } else {
        ++m_pos;
    }
    ++m_line;
}

bool TextReader::readField(Record &record, int column, bool &lastField)
{
    if (m_pos >= m_buffer.size() && !fillBuffer()) {
        lastField = true; // a delimiter right before the end of the file
        return true;
    }
    if (m_buffer.at(m_pos) != '"') {
        for (;;) {
            const char *data = m_buffer.constData();
            qsizetype i = m_pos;
            const qsizetype size = m_buffer.size();
            while (i < size && data[i] != m_delimiter && data[i] != '\n' && data[i] != '\r')
                ++i;
            if (!appendDecoded(record, data + m_pos, data + i, column))
                return false;
            m_pos = i;
            if (!checkRecordSize(record, column))
                return false;
            if (i < size)
                break;
            if (!fillBuffer()) {
                lastField = true;
                return true;
            }
        }
    } else {
        const qint64 openedOn = m_line;
        ++m_pos;
        for (;;) {
            if (m_pos >= m_buffer.size() && !fillBuffer())
                return fail(openedOn, column,
                            tr("a quoted field opened here is never closed (missing \")"));
            const qsizetype quote = m_buffer.indexOf('"', m_pos);
            const qsizetype end = quote < 0 ? m_buffer.size() : quote;
            const char *data = m_buffer.constData();
            if (!appendDecoded(record, data + m_pos, data + end, column))
                return false;
            m_line += std::count(data + m_pos, data + end, '\n');
            m_pos = end;
            if (!checkRecordSize(record, column))
                return false;
            if (quote < 0)
                continue;
            ++m_pos;
            if (m_pos >= m_buffer.size() && !fillBuffer()) {
                lastField = true;
                return true;
            }
            if (m_buffer.at(m_pos) != '"')
                break;
            record.appendToField('"'); // a doubled quote stands for one
            ++m_pos;
        }
        const char c = m_buffer.at(m_pos);
        if (c != m_delimiter && c != '\n' && c != '\r')
            return fail(m_line, column,
                        tr("unexpected character \"%1\" after a closing quote: expected the "
                           "delimiter or the end of the line")
                            .arg(QString::fromLatin1(&c, 1)));
    }
    if (m_buffer.at(m_pos) == m_delimiter) {
        ++m_pos;
        lastField = false;
    } else {
        consumeLineBreak();
        lastField = true;
    }
    return true;
}
