#include "textencoding.h"

#include <cstdint>
#include <cstring>

namespace {

// Length of the well-formed UTF-8 sequence at p (1..4), 0 when malformed,
// -1 when it may be complete only with bytes beyond end.
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = *p;
    if (c < 0x80)
        return 1;
    int length;
    uchar min = 0x80, max = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            min = 0xA0;
        else if (c == 0xED)
            max = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            min = 0x90;
        else if (c == 0xF4)
            max = 0x8F;
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (p + i >= end)
            return -1;
        const uchar b = p[i];
        if (b < (i == 1 ? min : 0x80) || b > (i == 1 ? max : 0xBF))
            return 0;
    }
    return length;
}

// Windows-1252 code points for bytes 0x80..0x9F; 0 where the byte is undefined.
constexpr char16_t HighControls[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

} // namespace

Utf8Scan scanUtf8(QByteArrayView bytes, bool final)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        // Eight ASCII bytes at a time: a whole ASCII file is scanned here.
        std::uint64_t word;
        if (end - p >= 8 && (std::memcpy(&word, p, 8), (word & 0x8080808080808080ULL) == 0)) {
            p += 8;
            continue;
        }
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length < 0) {
            if (final)
                scan.invalid = true;
            else
                scan.incompleteTail = end - p;
            break;
        }
        if (length == 0) {
            scan.invalid = true;
            ++p;
            continue;
        }
        scan.validMultiByte = true;
        p += length;
    }
    return scan;
}

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *begin = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = begin + bytes.size();
    for (const uchar *p = begin; p < end;) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length <= 0)
            return p - begin;
        p += length;
    }
    return -1;
}

qsizetype appendWindows1252AsUtf8(Record &record, const char *begin, const char *end)
{
    const char *run = begin; // ASCII bytes are appended in runs
    for (const char *p = begin; p < end; ++p) {
        const auto c = uchar(*p);
        if (c < 0x80)
            continue;
        record.appendToField(QByteArrayView(run, p - run));
        run = p + 1;
        const char16_t u = c < 0xA0 ? HighControls[c - 0x80] : char16_t(c);
        if (u == 0)
            return p - begin;
        char utf8[3];
        if (u < 0x800) {
            utf8[0] = char(0xC0 | (u >> 6));
            utf8[1] = char(0x80 | (u & 0x3F));
            record.appendToField(QByteArrayView(utf8, 2));
        } else {
            utf8[0] = char(0xE0 | (u >> 12));
            utf8[1] = char(0x80 | ((u >> 6) & 0x3F));
            utf8[2] = char(0x80 | (u & 0x3F));
            record.appendToField(QByteArrayView(utf8, 3));
        }
    }
    record.appendToField(QByteArrayView(run, end - run));
    return -1;
}
