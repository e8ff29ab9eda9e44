#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include <vector>

/// One record (row) read from a table file: fields as UTF-8 bytes.
/// Readers reuse one Record per row so that reading a large file allocates
/// almost nothing; callers copy what they keep.
class Record
{
public:
    void clear()
    {
        m_bytes.clear();
        m_begins.clear();
        m_ends.clear();
        m_openBegin = 0;
        m_filled = 0;
    }
    void appendField(QByteArrayView utf8)
    {
        appendToField(utf8);
        closeField();
    }
    /// Grows the field being built; closeField() ends it.
    void appendToField(char c) { m_bytes.push_back(c); }
    void appendToField(QByteArrayView utf8) { m_bytes.insert(m_bytes.end(), utf8.begin(), utf8.end()); }
    void closeField() { addField(m_openBegin, int(m_bytes.size())); }
    /// Adds the field at [begin, end) of bytes(): a reader may append a whole
    /// line at once and mark its fields, delimiters left in between.
    void addField(int begin, int end)
    {
        m_begins.append(begin);
        m_ends.append(end);
        m_filled += end - begin;
        m_openBegin = int(m_bytes.size());
    }
    /// Adds the fields of bytes() from `from` to `to` that count separators
    /// (their offsets, ascending) split: count + 1 fields, separators left out.
    void addFieldsSplitAt(int from, const int *separators, int count, int to)
    {
        for (int i = 0; i < count; ++i) {
            m_begins.append(from);
            m_ends.append(separators[i]);
            m_filled += separators[i] - from;
            from = separators[i] + 1;
        }
        addField(from, to);
    }
    /// The bytes appended since the last closed field.
    QByteArrayView openField() const
    {
        return QByteArrayView(m_bytes.data() + m_openBegin, qsizetype(m_bytes.size()) - m_openBegin);
    }
    qsizetype byteSize() const { return qsizetype(m_bytes.size()); }
    /// Every field's bytes, in order, possibly with delimiters in between.
    QByteArrayView bytes() const { return QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size())); }
    /// Offset of field i in bytes().
    qsizetype fieldOffset(int i) const { return m_begins[i]; }

    int size() const { return int(m_ends.size()); }
    bool isEmpty() const { return m_ends.isEmpty(); }
    QByteArrayView at(int i) const
    {
        return QByteArrayView(m_bytes.data() + m_begins[i], m_ends[i] - m_begins[i]);
    }
    QString text(int i) const { return QString::fromUtf8(at(i)); }
    /// True when every field is empty (a blank line or a row of empty cells).
    bool isBlank() const { return m_filled == 0; }

    /// Where the record starts in the file, 1-based: the physical line of a
    /// text file, the row number of a sheet, the case number of an SPSS file.
    qint64 line = 0;

private:
    // std::vector rather than QByteArray: appending a field is then a plain
    // copy, which matters at millions of fields per import.
    std::vector<char> m_bytes;
    QVarLengthArray<int, 64> m_begins;
    QVarLengthArray<int, 64> m_ends;
    int m_openBegin = 0;
    qint64 m_filled = 0;
};
