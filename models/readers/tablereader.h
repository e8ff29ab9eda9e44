#pragma once

#include "readerror.h"
#include "record.h"

#include <QString>

#include <memory>

/// How to read a file; empty members mean "detect".
struct ReadOptions
{
    QString encoding;   ///< "utf-8" or "windows-1252"; text files only
    QChar delimiter;    ///< ';', ',', '\t' or '|'; text files only
    QString sheet;      ///< 1-based index or name; Excel files only
};

/// Streams the rows of a table file (text, Excel, SPSS). The first record
/// returned by header() is the header row; next() yields the data rows.
class TableReader
{
public:
    virtual ~TableReader() = default;

    /// Opens the file and reads the header. False on failure, see error().
    virtual bool open() = 0;
    virtual const Record &header() const = 0;
    /// Reads the next data row into record. False at the end of the file or
    /// on an error: error().isNull() tells which.
    virtual bool next(Record &record) = 0;
    virtual const ReadError &error() const = 0;

    /// What was detected or chosen, for previews and messages.
    virtual QString encodingName() const { return QStringLiteral("utf-8"); }
    virtual QString delimiterName() const { return QString(); }
    virtual QString sheetName() const { return QString(); }

    /// For progress bars: how far through the file, 0..1.
    virtual double progress() const = 0;
};

/// The message for a path that exists but is no regular file.
QString notRegularFileMessage();

/// Picks the reader from the file's extension (.csv .tsv .txt .xlsx .sav).
/// Returns null and fills error when the extension is not supported.
std::unique_ptr<TableReader> createTableReader(const QString &path, const ReadOptions &options,
                                               ReadError *error);
