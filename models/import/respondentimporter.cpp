#include "respondentimporter.h"

#include "readers/tablereader.h"
#include "store.h"
#include "wavewriter.h"
#include "wavesummary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <openssl/evp.h>

#include <atomic>
#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RespondentImporter", text);
}

// Reading and checking is most of the work; writing the rest.
constexpr double ReadShare = 0.85;

// OpenSSL's SHA-256 uses the processor's SHA extensions: several times faster
// than QCryptographicHash's portable code on the large files providers send.
// stop, when given and set, abandons the work (an import cancelled meanwhile).
QString sha256Of(const QString &path, const std::atomic<bool> *stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return QString();
    QByteArray buffer(256 << 10, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return QString();
        if (read == 0)
            break;
        if (stop && stop->load(std::memory_order_relaxed))
            return QString();
        EVP_DigestUpdate(context.get(), buffer.constData(), std::size_t(read));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        return QString();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

// A chunk handed over from the reading thread to the writing one.
struct OwnedChunk
{
    WaveData columns;
    QByteArray ids;
    int landlordCount = 0;
    int year = 0;
};

// Reads on a second core while the calling thread, which owns the store's
// connection, writes each chunk as it comes: writing no longer waits for
// reading, and the other way round. At most one chunk waits between them,
// so memory stays flat. Progress and cancellation still go through the
// calling thread (progress may update a widget).
ParsedRespondents readAlongside(TableReader &reader, const Codebook &codebook, const ParseOptions &options,
                                const ProgressCallback &progress, const ChunkSink &write)
{
    std::mutex mutex;
    std::condition_variable changed;
    std::optional<OwnedChunk> waiting;
    std::vector<double> reported; // every fraction, in order: none is skipped
    bool done = false;
    bool stop = false; // the writer failed or gave up, or the user cancelled

    const ChunkSink handOver = [&](const RespondentChunk &chunk) {
        OwnedChunk owned{{}, chunk.ids.toByteArray(), chunk.landlordCount, chunk.year};
        owned.columns.landlord = chunk.columns.landlord;
        owned.columns.qpv = chunk.columns.qpv;
        owned.columns.weights = chunk.columns.weights;
        owned.columns.answers = chunk.columns.answers;
        // The landlord codes so far (a server files each chunk under its
        // landlord); Qt's implicit sharing is safe across threads.
        owned.columns.landlordCodes = chunk.columns.landlordCodes;
        // Without the dictionaries, which the reading thread goes on growing:
        // the writer does not need them, and a shared copy would be written
        // to on one thread while released on the other.
        for (const WaveData::SegmentColumn &segment : chunk.columns.segments)
            owned.columns.segments.push_back({segment.name, {}, segment.values});
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return !waiting || stop; });
        if (stop)
            return false;
        waiting = std::move(owned);
        changed.notify_all();
        return true;
    };
    ProgressCallback report;
    if (progress) {
        report = [&](double fraction) {
            std::lock_guard lock(mutex);
            reported.push_back(fraction);
            changed.notify_all();
            return !stop;
        };
    }
    std::future<ParsedRespondents> reading = std::async(std::launch::async, [&] {
        ParsedRespondents parsed = parseRespondents(reader, codebook, options, report, handOver);
        std::lock_guard lock(mutex);
        done = true;
        changed.notify_all();
        return parsed;
    });

    bool cancelled = false;
    for (bool finished = false; !finished;) {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return waiting || !reported.empty() || done; });
        const std::vector<double> fractions = std::exchange(reported, {});
        const std::optional<OwnedChunk> chunk = std::exchange(waiting, std::nullopt);
        finished = done && !chunk;
        const bool stopped = stop;
        changed.notify_all();
        lock.unlock();

        // The chunk first: it was handed over before any of these fractions
        // was reported, or together with them.
        bool giveUp = chunk && !stopped
                      && !write({chunk->columns, QByteArrayView(chunk->ids), chunk->landlordCount, chunk->year});
        for (double fraction : fractions) {
            if (stopped || giveUp)
                break;
            if (!progress(fraction)) {
                cancelled = true;
                giveUp = true;
            }
        }
        if (giveUp) {
            lock.lock();
            stop = true;
            changed.notify_all();
        }
    }
    ParsedRespondents parsed = reading.get();
    // Cancelled here rather than by the reader's own check, which may have
    // been passed already.
    parsed.cancelled = parsed.cancelled || cancelled;
    return parsed;
}

} // namespace

RespondentImporter::RespondentImporter(Store &store)
    : m_store(store)
{
}

QString RespondentImporter::fileSha256(const QString &path)
{
    return sha256Of(path, nullptr);
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
    if (QFileInfo(path).exists() && !QFileInfo(path).isFile())
        return invalid({fileName, 0, 0, notRegularFileMessage()});
    if (!QFileInfo(path).isFile())
        return invalid({fileName, 0, 0, tr("the file does not exist")});
    // The SHA-256 is computed on another core while the file is read. It is
    // first needed when the first chunk is about to be written (a file already
    // imported stops the reading there), else once the file is read.
    std::atomic<bool> stopHashing = false;
    std::future<QString> pendingSha256 =
        std::async(std::launch::async, [path, &stopHashing] { return sha256Of(path, &stopHashing); });
    bool sha256Checked = false;
    QString sha256;
    // True when the import stops here, result saying why.
    const auto alreadyImportedOrUnreadable = [&]() {
        if (sha256Checked)
            return false;
        sha256Checked = true;
        if (pendingSha256.valid())
            sha256 = pendingSha256.get();
        if (sha256.isEmpty()) {
            result = ImportResult();
            invalid({fileName, 0, 0, tr("the file cannot be read")});
            return true;
        }
        const std::optional<WaveInfo> existing = m_store.waveBySha256(sha256);
        // A damaged wave is repaired by importing its own file again, in its place.
        if (existing && !m_store.verifyWave(existing->id)) {
            if (options.replace)
                return false;
            result = ImportResult();
            result.status = ImportResult::Status::NeedsReplacement;
            result.existing = existing;
            result.message = tr("the wave %1 %2 is damaged in the store; replace it with %3 to repair it")
                                 .arg(existing->year).arg(existing->scope, fileName);
            return true;
        }
        if (existing) {
            result = ImportResult();
            result.status = ImportResult::Status::AlreadyImported;
            result.existing = existing;
            result.message = tr("%1 was already imported on %2 as the wave %3 %4")
                                 .arg(fileName,
                                      QLocale().toString(existing->importedAt.toLocalTime(), QLocale::ShortFormat))
                                 .arg(existing->year)
                                 .arg(existing->scope);
            return true;
        }
        return false;
    };

    ReadError openError;
    std::unique_ptr<TableReader> reader = createTableReader(path, options.read, &openError);
    if (!reader || !reader->open()) {
        if (alreadyImportedOrUnreadable())
            return result;
        return invalid(reader ? reader->error() : openError);
    }
    result.encoding = reader->encodingName();
    result.delimiter = reader->delimiterName();
    result.sheet = reader->sheetName();

    // A codebook that cannot be read is the store's failure, not a file
    // whose columns match no question.
    Codebook codebook;
    if (!m_store.readCodebook(&codebook)) {
        result.status = ImportResult::Status::StoreFailed;
        result.message = m_store.error().message;
        return result;
    }
    if (options.codebook)
        codebook = codebook.withQuestions(*options.codebook);

    ParseOptions parseOptions;
    parseOptions.year = options.year;
    parseOptions.maxErrors = options.maxErrors;
    parseOptions.dropColumns = options.dropColumns;
    parseOptions.keepColumns = options.keepColumns;
    ProgressCallback readProgress;
    if (m_progress)
        readProgress = [this](double f) { return m_progress(f * ReadShare); };

    // Each chunk is written as soon as it is read, inside the one transaction
    // that finish() commits: a wave is never held whole in memory, and on any
    // problem the writer rolls back, leaving the store unchanged.
    WaveInfo info;
    info.scope = options.scope;
    info.sourceFile = fileName;
    info.importedAt = QDateTime::currentDateTimeUtc();
    info.isDemo = options.isDemo;
    if (!options.keepColumns.isEmpty())
        info.notes = tr("Kept at import although they may identify tenants: %1.")
                         .arg(options.keepColumns.join(QLatin1String(", ")));
    WaveWriter writer(m_store);
    std::optional<WaveSummaryBuilder> summary;
    std::optional<WaveInfo> existing;
    bool checkedExisting = false;
    bool storeFailed = false;
    bool stoppedBySha256 = false;
    QString strataError;
    const auto write = [&](const RespondentChunk &chunk) {
        if (!sha256Checked && alreadyImportedOrUnreadable()) {
            stoppedBySha256 = true;
            return false;
        }
        if (!checkedExisting) {
            // The year is known from the first chunk on: whether the wave
            // replaces another is settled before anything is written.
            checkedExisting = true;
            existing = m_store.waveByYearAndScope(chunk.year, info.scope);
            if (existing && !options.replace)
                return true; // read on to report the file's problems first
            info.year = chunk.year;
            info.sha256 = sha256;
            if (!options.strata.isEmpty()) {
                QStringList segments;
                for (const WaveData::SegmentColumn &s : chunk.columns.segments)
                    segments << s.name;
                info.strata = ColumnMapping::strataColumn(options.strata, segments);
                if (info.strata.isEmpty()) {
                    strataError = segments.isEmpty()
                        ? tr("the sample design's stratum column %1 is not in the file: expected the landlord "
                             "column (bailleur)").arg(options.strata)
                        : tr("the sample design's stratum column %1 is not in the file: expected the "
                             "landlord column or one of the other columns (%2)")
                              .arg(options.strata, segments.join(QLatin1String(", ")));
                    return false;
                }
            }
            if (!writer.begin(info, existing ? existing->id : 0,
                              options.codebook ? &*options.codebook : nullptr)) {
                storeFailed = true;
                return false;
            }
            summary.emplace(describeQuestions(chunk.columns, &codebook), globalColumn(chunk.columns, codebook));
        }
        if (!writer.isStarted())
            return true;
        summary->add(chunk.columns, chunk.landlordCount);
        if (!writer.writeChunk(chunk.ids.chopped(1), chunk.columns)) {
            storeFailed = true;
            return false;
        }
        return true;
    };
    ParsedRespondents parsed = readAlongside(*reader, codebook, parseOptions, readProgress, write);
    // A cancelled import does not wait for the whole file's hash.
    stopHashing = parsed.cancelled;
    if (stoppedBySha256 || (!parsed.cancelled && alreadyImportedOrUnreadable()))
        return result;
    result.mapping = parsed.mapping;
    if (!strataError.isEmpty()) {
        result.status = ImportResult::Status::InvalidFile;
        result.errors.push_back(ReadError{fileName, 1, 0, strataError});
        return result;
    }
    // Another import of the same file or wave may have committed between the
    // checks above and this one's first write: its row then refuses ours.
    // Said as when the imports follow each other, not as a store error.
    const auto committedMeanwhile = [&]() {
        writer.rollback();
        sha256Checked = false;
        if (alreadyImportedOrUnreadable())
            return true;
        const std::optional<WaveInfo> other = m_store.waveByYearAndScope(info.year, info.scope);
        if (!other || options.replace || info.year == 0)
            return false;
        result.status = ImportResult::Status::NeedsReplacement;
        result.existing = other;
        result.message = tr("the store already has the wave %1 %2 (%3, %4 respondents); "
                            "replace it to import this file")
                             .arg(info.year).arg(info.scope, other->sourceFile)
                             .arg(other->respondentCount);
        return true;
    };
    if (storeFailed && committedMeanwhile())
        return result;
    if (storeFailed) {
        result.status = ImportResult::Status::StoreFailed;
        result.message = m_store.error().message;
        return result;
    }
    if (parsed.cancelled) {
        result.status = ImportResult::Status::Cancelled;
        result.message = tr("import cancelled: nothing was written");
        return result;
    }
    if (!parsed.errors.empty() || !parsed.identifiers.empty()) {
        result.status = ImportResult::Status::InvalidFile;
        result.errors = std::move(parsed.errors);
        if (!parsed.identifiers.empty())
            result.errors.insert(result.errors.begin(),
                                 ReadError{fileName, 1, 0, identifierColumnsMessage(parsed.identifiers)});
        result.identifiers = std::move(parsed.identifiers);
        result.moreErrors = parsed.moreErrors;
        return result;
    }

    const WaveData &data = parsed.data;
    // The same file may have been imported by another process since the
    // first check: said as "already imported", as when they follow each other.
    if (existing && !options.replace && committedMeanwhile())
        return result;
    if (existing && !options.replace) {
        result.status = ImportResult::Status::NeedsReplacement;
        result.existing = existing;
        result.message = tr("the store already has the wave %1 %2 (%3, %4 respondents); "
                            "replace it to import this file")
                             .arg(data.year).arg(info.scope, existing->sourceFile)
                             .arg(existing->respondentCount);
        return result;
    }
    Q_ASSERT(writer.isStarted());
    if (m_progress && !m_progress(ReadShare)) {
        result.status = ImportResult::Status::Cancelled;
        result.message = tr("import cancelled: nothing was written");
        return result;
    }

    info.respondentCount = parsed.respondentCount;
    // The columns kept knowingly, as the file names them.
    QStringList kept;
    for (const ColumnMapping::Column &c : parsed.mapping.columns)
        if (c.kept)
            kept << c.header;
    if (!kept.isEmpty()) {
        info.notes = tr("Kept at import although they may identify tenants: %1.").arg(kept.join(QLatin1String(", ")));
        writer.setNotes(info.notes);
    }
    // A server stores the last respondents while the summary is made.
    if (!writer.flush()) {
        result.status = ImportResult::Status::StoreFailed;
        result.message = m_store.error().message;
        return result;
    }
    const QByteArray blob = summary->finish(data.landlordCodes, parsed.landlordBlobIndex).serialize();
    const qint64 id = writer.finish(data.landlordCodes, parsed.landlordBlobIndex, data.segments, blob);
    if (id == 0 && committedMeanwhile())
        return result;
    if (id == 0) {
        result.status = ImportResult::Status::StoreFailed;
        result.message = m_store.error().message;
        return result;
    }
    info.id = id;
    result.wave = info;
    result.status = ImportResult::Status::Imported;
    // Duplicates across files: the same pseudonym in another wave of the year.
    for (const WaveInfo &other : m_store.waves()) {
        if (other.id == id || other.year != info.year)
            continue;
        if (const int shared = m_store.sharedRespondents(id, other.id); shared > 0)
            result.warnings << QCoreApplication::translate("RespondentImporter",
                                                           "%n respondent(s) of this file have an id already in the "
                                                           "wave %1 %2 (%3)",
                                                           nullptr, shared)
                                   .arg(other.year)
                                   .arg(other.scope, other.sourceFile);
    }
    if (m_progress)
        m_progress(1.0);
    return result;
}
