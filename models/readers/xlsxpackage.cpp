#include "xlsxpackage.h"

#include "textkey.h"

#include <QCoreApplication>
#include <QSet>

#include <minizip/unzip.h>

#include <algorithm>

namespace {

constexpr int ChunkSize = 64 * 1024;

unzFile zip(void *handle)
{
    return static_cast<unzFile>(handle);
}

} // namespace

// minizip reads through these callbacks rather than fopen(): QFile opens
// non-ASCII paths on every platform, and its position tells how many
// compressed bytes the current entry has consumed (progress, ratio bound).
struct XlsxPackageIo
{
    static voidpf ZCALLBACK open(voidpf opaque, const void *, int)
    {
        auto *package = static_cast<XlsxPackage *>(opaque);
        return package->m_file.open(QIODevice::ReadOnly) ? opaque : nullptr;
    }
    static uLong ZCALLBACK read(voidpf opaque, voidpf, void *buf, uLong size)
    {
        const qint64 n = static_cast<XlsxPackage *>(opaque)->m_file.read(static_cast<char *>(buf), qint64(size));
        return n < 0 ? 0 : uLong(n);
    }
    static uLong ZCALLBACK write(voidpf, voidpf, const void *, uLong) { return 0; }
    static ZPOS64_T ZCALLBACK tell(voidpf opaque, voidpf)
    {
        return ZPOS64_T(static_cast<XlsxPackage *>(opaque)->m_file.pos());
    }
    static long ZCALLBACK seek(voidpf opaque, voidpf, ZPOS64_T offset, int origin)
    {
        QFile &file = static_cast<XlsxPackage *>(opaque)->m_file;
        qint64 target = qint64(offset);
        if (origin == ZLIB_FILEFUNC_SEEK_CUR)
            target += file.pos();
        else if (origin == ZLIB_FILEFUNC_SEEK_END)
            target += file.size();
        return file.seek(target) ? 0 : -1;
    }
    static int ZCALLBACK close(voidpf opaque, voidpf)
    {
        static_cast<XlsxPackage *>(opaque)->m_file.close();
        return 0;
    }
    static int ZCALLBACK error(voidpf opaque, voidpf)
    {
        return static_cast<XlsxPackage *>(opaque)->m_file.error() == QFileDevice::NoError ? 0 : 1;
    }
};

XlsxPackage::XlsxPackage(const QString &path)
    : m_path(path)
    , m_file(path)
{
}

XlsxPackage::~XlsxPackage()
{
    if (m_zip) {
        closeEntry();
        unzClose(zip(m_zip));
    }
}

bool XlsxPackage::fail(const QString &message)
{
    if (m_message.isEmpty())
        m_message = message;
    return false;
}

bool XlsxPackage::open()
{
    if (!m_file.exists())
        return fail(tr("cannot open the file: %1").arg(tr("no such file")));
    zlib_filefunc64_def io{};
    io.zopen64_file = &XlsxPackageIo::open;
    io.zread_file = &XlsxPackageIo::read;
    io.zwrite_file = &XlsxPackageIo::write;
    io.ztell64_file = &XlsxPackageIo::tell;
    io.zseek64_file = &XlsxPackageIo::seek;
    io.zclose_file = &XlsxPackageIo::close;
    io.zerror_file = &XlsxPackageIo::error;
    io.opaque = this;
    m_zip = unzOpen2_64(m_path.utf16(), &io);
    if (!m_zip) {
        if (!m_file.isOpen() && m_file.error() != QFileDevice::NoError)
            return fail(tr("cannot open the file: %1").arg(m_file.errorString()));
        m_file.close();
        return fail(tr("not an Excel workbook: the file is not a zip archive"));
    }
    // Two parts of one name: which one a reader takes is up to it, and Excel
    // and this reader could show different data. Parts are found ignoring
    // case (contains()), so names are compared that way too.
    QSet<QString> names;
    for (int status = unzGoToFirstFile(zip(m_zip)); status == UNZ_OK; status = unzGoToNextFile(zip(m_zip))) {
        char name[1024];
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip(m_zip), &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return fail(tr("not an Excel workbook: its list of parts is damaged"));
        const QString key = QString::fromUtf8(name, qsizetype(qstrnlen(name, sizeof name))).toCaseFolded();
        if (names.contains(key))
            return fail(tr("not a valid Excel workbook: it holds two parts named %1").arg(shownValue(key)));
        names.insert(key);
    }
    return true;
}

bool XlsxPackage::contains(const QString &part) const
{
    return m_zip && unzLocateFile(zip(m_zip), part.toUtf8().constData(), 2) == UNZ_OK;
}

void XlsxPackage::closeEntry()
{
    if (m_entryOpen)
        unzCloseCurrentFile(zip(m_zip));
    m_entryOpen = false;
}

bool XlsxPackage::beginPart(const QString &part)
{
    closeEntry();
    m_part = part;
    m_message.clear();
    m_xml.clear();
    m_entryDone = false;
    m_produced = 0;
    m_compressedSize = 0;
    if (!contains(part))
        return fail(tr("the part %1 is missing from the workbook").arg(part));

    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip(m_zip), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return fail(tr("%1: corrupt zip entry").arg(part));
    if (info.flag & 1)
        return fail(tr("%1: the workbook is encrypted").arg(part));
    // The declared sizes also cap what minizip inflates, so checking them
    // first refuses most bombs before a byte is decompressed.
    const qint64 declared = qint64(info.uncompressed_size);
    const qint64 compressed = std::max<qint64>(qint64(info.compressed_size), 1);
    if (declared > MaxPartBytes)
        return fail(tr("%1: the part is %2 MiB once decompressed; at most %3 MiB are accepted")
                        .arg(part).arg(declared >> 20).arg(MaxPartBytes >> 20));
    if (declared > RatioCheckAfterBytes && declared / compressed > MaxRatio)
        return fail(tr("%1: the part inflates %2 times its compressed size (a zip bomb?); "
                       "at most %3 times is accepted")
                        .arg(part).arg(declared / compressed).arg(MaxRatio));
    if (unzOpenCurrentFile(zip(m_zip)) != UNZ_OK)
        return fail(tr("%1: unsupported or corrupt zip entry").arg(part));
    m_entryOpen = true;
    m_compressedSize = compressed;
    m_dataStart = qint64(unzGetCurrentFileZStreamPos64(zip(m_zip)));
    return true;
}

bool XlsxPackage::feed()
{
    if (!m_entryOpen)
        return fail(tr("%1: no part is being read").arg(m_part));
    m_chunk.resize(ChunkSize);
    const int n = unzReadCurrentFile(zip(m_zip), m_chunk.data(), unsigned(m_chunk.size()));
    if (n < 0)
        return fail(tr("%1: corrupt zip entry (error %2)").arg(m_part).arg(n));
    if (n == 0) {
        m_entryDone = true;
        m_entryOpen = false;
        if (unzCloseCurrentFile(zip(m_zip)) == UNZ_CRCERROR)
            return fail(tr("%1: corrupt zip entry (checksum mismatch)").arg(m_part));
        return true;
    }
    m_produced += n;
    if (m_produced > MaxPartBytes)
        return fail(tr("%1: the part exceeds %2 MiB once decompressed")
                        .arg(m_part).arg(MaxPartBytes >> 20));
    const qint64 consumed = std::max<qint64>(m_file.pos() - m_dataStart, 1);
    if (m_produced > RatioCheckAfterBytes && m_produced / consumed > MaxRatio)
        return fail(tr("%1: the part inflates %2 times its compressed size (a zip bomb?); "
                       "at most %3 times is accepted")
                        .arg(m_part).arg(m_produced / consumed).arg(MaxRatio));
    m_chunk.resize(n);
    m_xml.addData(m_chunk);
    return true;
}

QXmlStreamReader::TokenType XlsxPackage::readNext()
{
    for (;;) {
        if (!m_message.isEmpty())
            return QXmlStreamReader::Invalid;
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            // OOXML never has a DTD; refusing it rules out entity expansion tricks.
            fail(tr("%1: a DTD is not allowed in a workbook part").arg(m_part));
            return QXmlStreamReader::Invalid;
        }
        if (token != QXmlStreamReader::Invalid)
            return token;
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_entryDone)
            return token;
        if (!feed())
            return QXmlStreamReader::Invalid;
    }
}

bool XlsxPackage::skipElement()
{
    for (int depth = 1; depth > 0;) {
        switch (readNext()) {
        case QXmlStreamReader::StartElement: ++depth; break;
        case QXmlStreamReader::EndElement: --depth; break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument: return false;
        default: break;
        }
    }
    return true;
}

double XlsxPackage::partProgress() const
{
    if (m_entryDone)
        return 1.0;
    if (!m_entryOpen || m_compressedSize <= 0)
        return 0.0;
    return std::clamp(double(m_file.pos() - m_dataStart) / double(m_compressedSize), 0.0, 1.0);
}

QString XlsxPackage::errorMessage() const
{
    if (!m_message.isEmpty())
        return m_message;
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return tr("%1: malformed XML: the part ends before its last element is closed").arg(m_part);
    if (m_xml.hasError())
        return tr("%1: malformed XML at line %2, column %3: %4")
            .arg(m_part)
            .arg(m_xml.lineNumber())
            .arg(m_xml.columnNumber())
            .arg(m_xml.errorString());
    return QString();
}
