#pragma once

// Shared by the libFuzzer targets: each writes the input to a file (the
// readers read files, as the importer gives them) and reads every row.
#include "tablereader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <unistd.h>

namespace fuzz {

/// Inputs above this are ignored, whatever -max_len says: the bounds under
/// test (record size, part size) are reached through structure, not bulk.
constexpr std::size_t MaxInput = 1 << 20;

/// One file per fuzzing process, rewritten for every input; in memory
/// (/dev/shm) where there is one, sparing the disk a write per input.
/// Removed when the fuzzer exits normally.
inline QString inputPath(const char *suffix)
{
    static const QString folder = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                           : QDir::tempPath();
    static const QString path = QDir(folder)
                                    .filePath(QStringLiteral("satisfecit-fuzz-%1.%2")
                                                  .arg(::getpid())
                                                  .arg(QLatin1String(suffix)));
    static struct Remover {
        ~Remover() { QFile::remove(path); }
    } remover;
    return path;
}

inline bool writeInput(const QString &path, const std::uint8_t *data, std::size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort(); // the harness is broken, not the reader
    return file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size);
}

/// Reads the header and every row, touching every field as the importer
/// does; an error must stop the reader cleanly with a message.
inline void readAll(TableReader &reader)
{
    if (!reader.open()) {
        if (reader.error().isNull())
            std::abort(); // a refusal must say why
        return;
    }
    std::size_t sink = 0;
    for (int i = 0; i < reader.header().size(); ++i)
        sink += std::size_t(reader.header().text(i).size());
    Record record;
    while (reader.next(record)) {
        // The importer indexes rows by header position: a row of another
        // width would be read out of bounds.
        if (record.size() != reader.header().size())
            std::abort();
        for (int i = 0; i < record.size(); ++i)
            sink += std::size_t(record.at(i).size());
        (void)reader.progress();
    }
    (void)reader.error().toString();
    static volatile std::size_t keep;
    keep = sink;
}

} // namespace fuzz
