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
        m_ends.clear();
    }
    void appendField(QByteArrayView utf8)
    {
        appendToField(utf8);
        closeField();
    }
    /// Grows the field being built; closeField() ends it.
    void appendToField(char c) { m_bytes.push_back(c); }
    void appendToField(QByteArrayView utf8) { m_bytes.insert(m_bytes.end(), utf8.begin(), utf8.end()); }
    void closeField() { m_ends.append(int(m_bytes.size())); }
    /// The bytes appended since the last closed field.
    QByteArrayView openField() const
    {
        const int begin = m_ends.isEmpty() ? 0 : m_ends.back();
        return QByteArrayView(m_bytes.data() + begin, qsizetype(m_bytes.size()) - begin);
    }
    qsizetype byteSize() const { return qsizetype(m_bytes.size()); }
    /// Every field's bytes, one after the other.
    QByteArrayView bytes() const { return QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size())); }
    /// Offset of field i in bytes().
    qsizetype fieldOffset(int i) const { return i == 0 ? 0 : m_ends[i - 1]; }

    int size() const { return int(m_ends.size()); }
    bool isEmpty() const { return m_ends.isEmpty(); }
    QByteArrayView at(int i) const
    {
        const int begin = i == 0 ? 0 : m_ends[i - 1];
        return QByteArrayView(m_bytes.data() + begin, m_ends[i] - begin);
    }
    QString text(int i) const { return QString::fromUtf8(at(i)); }
    /// True when every field is empty (a blank line or a row of empty cells).
    bool isBlank() const { return m_bytes.empty(); }

    /// Where the record starts in the file, 1-based: the physical line of a
    /// text file, the row number of a sheet, the case number of an SPSS file.
    qint64 line = 0;

private:
    // std::vector rather than QByteArray: appending a field is then a plain
    // copy, which matters at millions of fields per import.
    std::vector<char> m_bytes;
    QVarLengthArray<int, 64> m_ends;
};
