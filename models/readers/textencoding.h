#pragma once

#include "record.h"

#include <QByteArrayView>

/// What a look at some bytes says about UTF-8.
struct Utf8Scan
{
    bool validMultiByte = false;   ///< at least one well-formed non-ASCII sequence
    bool invalid = false;          ///< at least one malformed byte
    qsizetype incompleteTail = 0;  ///< bytes at the end that may continue in the next chunk
};

/// Scans bytes for UTF-8 evidence; when final is false, a sequence cut at the
/// end is reported as incompleteTail rather than as invalid.
Utf8Scan scanUtf8(QByteArrayView bytes, bool final);

/// Offset of the first byte that is not well-formed UTF-8, or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

/// Appends Windows-1252 bytes to the record's open field as UTF-8. Returns the
/// offset of a byte that Windows-1252 leaves undefined, or -1.
qsizetype appendWindows1252AsUtf8(Record &record, const char *begin, const char *end);
