#include "landlordbatch.h"

#include "boardpack.h"
#include "figureengine.h"
#include "figureselection.h"
#include "landlordbenchmark.h"
#include "pptxreport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

QString suffix(LandlordBatch::Format format)
{
    return format == LandlordBatch::Format::Pptx ? QStringLiteral(".pptx") : QStringLiteral(".pdf");
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Replaces (rename(2) does so atomically); QFile::rename() refuses to.
bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

LandlordBatch::LandlordBatch(FigureEngine &engine, qint64 waveId, const QString &language, PeerNames peers)
    : m_engine(engine)
    , m_waveId(waveId)
    , m_language(language)
    , m_peers(peers)
{
    if (const WaveSummary *summary = engine.summary(waveId))
        m_benchmark = std::make_unique<LandlordBenchmark>(*summary, std::nullopt, engine.calibratedDesign(waveId));
    m_writer = [this](const QString &landlord, const QString &path, QString *error) {
        return writePack(landlord, path, error);
    };
}

LandlordBatch::~LandlordBatch() = default;

QStringList LandlordBatch::landlords() const
{
    return m_benchmark ? m_benchmark->landlordCodes() : QStringList();
}

QString LandlordBatch::fileName(const QString &landlord, Format format)
{
    QString name;
    for (const QChar c : landlord.trimmed())
        name += (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c)) ? QChar(u'_') : c;
    // No hidden file: every leading dot goes.
    for (qsizetype i = 0; i < name.size() && name[i] == QLatin1Char('.'); ++i)
        name[i] = QChar(u'_');
    if (name.isEmpty())
        name = QStringLiteral("_");
    return name + suffix(format);
}

bool LandlordBatch::checkFolder(const QString &dir, Format format, QString *error) const
{
    const QFileInfo info(dir);
    if (dir.isEmpty() || !info.exists()) {
        *error = tr("%1: no such folder").arg(native(dir));
        return false;
    }
    if (!info.isDir()) {
        *error = tr("%1 is not a folder: --each-landlord writes one file per landlord into a folder").arg(native(dir));
        return false;
    }
    if (!info.isWritable()) {
        *error = tr("%1: cannot write into this folder").arg(native(dir));
        return false;
    }
    if (!m_benchmark || m_benchmark->landlordCodes().isEmpty()) {
        *error = tr("the wave has no landlord to report on");
        return false;
    }
    QStringList names;
    for (const QString &landlord : landlords()) {
        const QString name = fileName(landlord, format);
        if (names.contains(name, Qt::CaseInsensitive)) {
            *error = tr("two landlords would share the file name %1").arg(name);
            return false;
        }
        names << name;
        const QFileInfo target(QDir(dir).filePath(name));
        if (target.exists() && !target.isFile()) {
            *error = tr("%1 exists and is not a file").arg(native(target.filePath()));
            return false;
        }
    }
    return true;
}

bool LandlordBatch::writePack(const QString &landlord, const QString &path, QString *error)
{
    FigureSelection selection;
    selection.setLanguage(m_language);
    selection.set(m_waveId, landlord, FigureSelection::QpvFilter::All, QString(), QString());
    BoardPackOptions options;
    options.peers = m_peers;
    options.benchmark = m_benchmark.get();
    if (m_format == Format::Pptx) {
        PptxReport::DeckOptions deck;
        deck.namedPeers = m_peers == PeerNames::Named;
        deck.benchmark = m_benchmark.get();
        return PptxReport::writeBoardPackDeck(m_engine, selection, path, m_language, error, deck);
    }
    return writeBoardPack(m_engine, selection, path, m_language, error, options);
}

bool LandlordBatch::run(const QString &dir, Format format, const Progress &progress, QStringList *written,
                        QString *error, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    if (!checkFolder(dir, format, error))
        return false;
    m_format = format;
    const QDir folder(dir);
    const QStringList all = landlords();
    struct Entry
    {
        QString temporary, final, backup;
        bool replaced = false; ///< final now holds the new report
    };
    std::vector<Entry> entries;
    const auto discard = [&] {
        for (Entry &e : entries) {
            if (e.replaced) {
                if (e.backup.isEmpty())
                    QFile::remove(e.final);
                else
                    replaceFile(e.backup, e.final);
            }
            QFile::remove(e.temporary);
        }
    };

    const QString stem = QStringLiteral(".satisfecit-%1-").arg(QCoreApplication::applicationPid());
    for (int i = 0; i < all.size(); ++i) {
        Entry e;
        e.final = folder.filePath(fileName(all[i], format));
        e.temporary = folder.filePath(stem + QString::number(i) + suffix(format) + QStringLiteral(".part"));
        entries.push_back(e);
        QString message;
        if (!m_writer(all[i], e.temporary, &message)) {
            discard();
            *error = tr("the report of %1 failed, no report written: %2").arg(all[i], message);
            return false;
        }
        if (progress && !progress(i + 1, int(all.size()))) {
            discard();
            if (cancelled)
                *cancelled = true;
            *error = tr("cancelled: no report written");
            return false;
        }
    }
    // Every report is written: existing files of the same names set aside,
    // then the new ones moved in; undone if any move fails.
    for (Entry &e : entries) {
        if (QFileInfo::exists(e.final)) {
            e.backup = e.temporary + QStringLiteral(".old");
            if (!replaceFile(e.final, e.backup)) {
                e.backup.clear();
                discard();
                *error = tr("cannot replace %1, no report written").arg(native(e.final));
                return false;
            }
        }
        if (!replaceFile(e.temporary, e.final)) {
            if (!e.backup.isEmpty())
                replaceFile(e.backup, e.final);
            e.backup.clear();
            discard();
            *error = tr("cannot write %1, no report written").arg(native(e.final));
            return false;
        }
        e.replaced = true;
    }
    for (const Entry &e : entries) {
        if (!e.backup.isEmpty())
            QFile::remove(e.backup);
        if (written)
            *written << e.final;
    }
    return true;
}
