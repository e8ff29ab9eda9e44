#pragma once

#include "tablereader.h"

#include <QFile>
#include <QTemporaryFile>

#include <memory>

#include <vector>

/// Streaming RFC 4180 reader for CSV/TSV/TXT files.
///
/// A UTF-16 file (with its byte-order mark, as Excel's "Unicode text" writes
/// it) is first copied as UTF-8 to a temporary file, then read as any other.
///
/// open() scans the file once to detect its encoding (UTF-8, UTF-8 with BOM,
/// Windows-1252) and, from the header line, its delimiter; both can be forced
/// through ReadOptions. Records are then read in chunks, so a file is never
/// held in memory; quoted fields may span lines, and each record knows the
/// physical line it starts on.
class TextReader : public TableReader
{
public:
    TextReader(const QString &path, const ReadOptions &options);

    bool open() override;
    const Record &header() const override { return m_header; }
    bool next(Record &record) override;
    const ReadError &error() const override { return m_error; }

    QString encodingName() const override;
    QString delimiterName() const override;
    double progress() const override;

    enum class Encoding { Utf8, Utf8Bom, Windows1252 };
    Encoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }

    /// Longest record accepted, so that a file of one endless line is refused
    /// rather than read into memory.
    static constexpr qint64 MaxRecordBytes = 16 * 1024 * 1024;
    static constexpr int MaxFields = 100000;

private:
    bool transcodeUtf16();
    bool detectEncoding();
    bool detectDelimiter();
    bool readRecord(Record &record);
    bool readPlainRecord(Record &record);
    bool checkBytes(const Record &record);
    bool readField(Record &record, int column, bool &lastField);
    void consumeLineBreak();
    bool checkRecordSize(const Record &record, int column);
    bool fillBuffer();
    bool fail(qint64 line, int column, const QString &message);
    bool appendDecoded(Record &record, const char *begin, const char *end, int column);

    QString m_path;
    ReadOptions m_options;
    QFile m_file;
    std::unique_ptr<QTemporaryFile> m_transcoded; // a UTF-16 file, as UTF-8
    QString m_utf16Name;                          // "utf-16le" or "utf-16be" for such a file
    Encoding m_encoding = Encoding::Utf8;
    char m_delimiter = ';';
    Record m_header;
    ReadError m_error;

    QByteArray m_buffer;
    std::vector<int> m_separators; // of the record being split, kept to spare allocations
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_consumed = 0;
};
