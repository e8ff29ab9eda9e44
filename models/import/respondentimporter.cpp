#include "respondentimporter.h"

#include "store.h"
#include "wavesummary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <openssl/evp.h>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RespondentImporter", text);
}

// Reading and checking is most of the work; writing the rest.
constexpr double ReadShare = 0.85;

} // namespace

RespondentImporter::RespondentImporter(Store &store)
    : m_store(store)
{
}

// OpenSSL's SHA-256 uses the processor's SHA extensions: several times faster
// than QCryptographicHash's portable code on the large files providers send.
QString RespondentImporter::fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return QString();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return QString();
        if (read == 0)
            break;
        EVP_DigestUpdate(context.get(), buffer.constData(), std::size_t(read));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        return QString();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

ImportResult RespondentImporter::run(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    const QString fileName = QFileInfo(path).fileName();
    const auto invalid = [&](const ReadError &error) {
        result.status = ImportResult::Status::InvalidFile;
        result.errors.push_back(error);
        return result;
    };
    if (!QFileInfo(path).isFile())
        return invalid({fileName, 0, 0, tr("the file does not exist")});
    const QString sha256 = fileSha256(path);
    if (sha256.isEmpty())
        return invalid({fileName, 0, 0, tr("the file cannot be read")});
    if (const auto existing = m_store.waveBySha256(sha256)) {
        result.status = ImportResult::Status::AlreadyImported;
        result.existing = existing;
        result.message = tr("%1 was already imported on %2 as the wave %3 %4")
                             .arg(fileName,
                                  QLocale().toString(existing->importedAt.toLocalTime(), QLocale::ShortFormat))
                             .arg(existing->year)
                             .arg(existing->scope);
        return result;
    }

    ReadError openError;
    std::unique_ptr<TableReader> reader = createTableReader(path, options.read, &openError);
    if (!reader)
        return invalid(openError);
    if (!reader->open())
        return invalid(reader->error());
    result.encoding = reader->encodingName();
    result.delimiter = reader->delimiterName();
    result.sheet = reader->sheetName();

    Codebook codebook = m_store.codebook();
    if (options.codebook) {
        std::vector<Question> merged = codebook.questions();
        for (const Question &q : options.codebook->questions()) {
            const int i = codebook.indexOf(q.code);
            if (q.isGlobal)
                for (Question &m : merged)
                    m.isGlobal = false;
            if (i >= 0)
                merged[i] = q;
            else
                merged.push_back(q);
        }
        codebook = Codebook(std::move(merged));
    }

    ParseOptions parseOptions;
    parseOptions.year = options.year;
    parseOptions.maxErrors = options.maxErrors;
    ProgressCallback readProgress;
    if (m_progress)
        readProgress = [this](double f) { return m_progress(f * ReadShare); };
    ParsedRespondents parsed = parseRespondents(*reader, codebook, parseOptions, readProgress);
    result.mapping = parsed.mapping;
    if (parsed.cancelled) {
        result.status = ImportResult::Status::Cancelled;
        result.message = tr("import cancelled: nothing was written");
        return result;
    }
    if (!parsed.errors.empty()) {
        result.status = ImportResult::Status::InvalidFile;
        result.errors = std::move(parsed.errors);
        result.moreErrors = parsed.moreErrors;
        return result;
    }

    WaveData &data = parsed.data;
    data.scope = options.scope;
    qint64 replacedId = 0;
    if (const auto existing = m_store.waveByYearAndScope(data.year, data.scope)) {
        if (!options.replace) {
            result.status = ImportResult::Status::NeedsReplacement;
            result.existing = existing;
            result.message = tr("the store already has the wave %1 %2 (%3, %4 respondents); "
                                "replace it to import this file")
                                 .arg(data.year).arg(data.scope, existing->sourceFile)
                                 .arg(existing->respondentCount);
            return result;
        }
        replacedId = existing->id;
    }
    if (m_progress && !m_progress(ReadShare)) {
        result.status = ImportResult::Status::Cancelled;
        result.message = tr("import cancelled: nothing was written");
        return result;
    }

    WaveInfo info;
    info.year = data.year;
    info.scope = data.scope;
    info.sourceFile = fileName;
    info.sha256 = sha256;
    info.importedAt = QDateTime::currentDateTimeUtc();
    info.respondentCount = data.respondentCount();
    info.isDemo = options.isDemo;
    const QByteArray summary = WaveSummary::build(data, globalColumn(data, codebook), &codebook).serialize();
    const qint64 id = m_store.insertWave(info, data, summary, replacedId,
                                         options.codebook ? &*options.codebook : nullptr);
    if (id == 0) {
        result.status = ImportResult::Status::StoreFailed;
        result.message = m_store.error().message;
        return result;
    }
    info.id = id;
    result.wave = info;
    result.status = ImportResult::Status::Imported;
    if (m_progress)
        m_progress(1.0);
    return result;
}
