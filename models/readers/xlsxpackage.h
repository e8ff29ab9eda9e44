#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QXmlStreamReader>

/// The zip container of an .xlsx file, read with libminizip. One part (zip
/// entry) at a time is decompressed in chunks into a QXmlStreamReader, so no
/// part is ever held whole in memory, and every part is checked against
/// zip-bomb bounds both from its declared sizes and while it inflates.
class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader) // its messages are the reader's

public:
    explicit XlsxPackage(const QString &path);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    /// Largest decompressed part accepted.
    static constexpr qint64 MaxPartBytes = qint64(512) << 20;
    /// A part that has produced more than this many bytes...
    static constexpr qint64 RatioCheckAfterBytes = qint64(10) << 20;
    /// ...must not have inflated more than this many times its compressed size.
    static constexpr qint64 MaxRatio = 200;

    /// False (see errorMessage()) when the file cannot be read or is not a zip.
    bool open();
    /// Part names are matched case-insensitively, as OPC requires.
    bool contains(const QString &part) const;
    /// Starts streaming a part into xml(). False when the part is missing,
    /// encrypted or declared over the bounds.
    bool beginPart(const QString &part);
    /// The next token of the current part, inflating more of the entry when
    /// the parser needs it. EndDocument at the end of a well-formed part;
    /// Invalid on an error (malformed or truncated XML, corrupt entry,
    /// bounds), described by errorMessage().
    QXmlStreamReader::TokenType readNext();
    /// Reads up to the end of the element whose StartElement was just read.
    bool skipElement();
    const QXmlStreamReader &xml() const { return m_xml; }
    const QString &part() const { return m_part; }

    /// How much of the current part's compressed bytes has been read, 0..1.
    double partProgress() const;
    bool failed() const { return !m_message.isEmpty() || m_xml.hasError(); }
    /// What went wrong, naming the part.
    QString errorMessage() const;

private:
    bool feed();
    void closeEntry();
    bool fail(const QString &message);

    QString m_path;
    QFile m_file;
    void *m_zip = nullptr; // unzFile, kept opaque so that minizip stays out of this header
    QString m_part;
    bool m_entryOpen = false;
    bool m_entryDone = false;
    qint64 m_dataStart = 0;
    qint64 m_compressedSize = 0;
    qint64 m_produced = 0;
    QByteArray m_chunk;
    QXmlStreamReader m_xml;
    QString m_message;

    friend struct XlsxPackageIo;
};
