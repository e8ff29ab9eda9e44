#pragma once

#include "landlordpages.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class FigureEngine;
class LandlordBenchmark;

/// One report per landlord of a wave, written into a folder all at once:
/// each to a temporary file there, renamed to its own name only when every
/// report has been written (an existing file of that name is replaced);
/// on a failure or a cancel, nothing of the batch is left and the folder is
/// as it was.
class LandlordBatch
{
    Q_DECLARE_TR_FUNCTIONS(LandlordBatch)

public:
    enum class Format { Pdf, Pptx };
    /// Writes landlord's report to path; false with *error filled on failure.
    using Writer = std::function<bool(const QString &landlord, const QString &path, QString *error)>;
    /// After each report: done of total written; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    /// The wave's summary must be readable (engine.summary(waveId)).
    LandlordBatch(FigureEngine &engine, qint64 waveId, const QString &language, PeerNames peers);
    ~LandlordBatch();

    /// The landlords of the wave, in the wave's order.
    QStringList landlords() const;
    /// The file name of a landlord's report: its code (which carries its name
    /// when the file gave one) with what no file name may hold replaced.
    static QString fileName(const QString &landlord, Format format);

    /// A clear error when dir is no folder one can write into, or a report's
    /// name there is taken by something that is not a file. Nothing written.
    bool checkFolder(const QString &dir, Format format, QString *error) const;

    /// Replaces the board-pack writer (tests; other formats).
    void setWriter(Writer writer) { m_writer = std::move(writer); }

    /// Writes every report; the final paths in *written on success.
    /// *cancelled tells a cancel from a failure.
    bool run(const QString &dir, Format format, const Progress &progress, QStringList *written, QString *error,
             bool *cancelled = nullptr);

private:
    bool writePack(const QString &landlord, const QString &path, QString *error);

    FigureEngine &m_engine;
    qint64 m_waveId;
    QString m_language;
    PeerNames m_peers;
    Format m_format = Format::Pdf; ///< of the run under way
    std::unique_ptr<LandlordBenchmark> m_benchmark; ///< built once for every report
    Writer m_writer;
};
