#pragma once

#include <QByteArray>
#include <QtEndian>

#include <algorithm>
#include <cstdint>
#include <vector>

// How a chunk's columns are stored as blobs, the same on both backends
// (WaveWriter; Store::loadWave() reads them back).
namespace ChunkEncoding {

inline QByteArray codes(const std::vector<std::uint16_t> &codes)
{
    QByteArray bytes(qsizetype(codes.size() * 2), Qt::Uninitialized);
    for (std::size_t i = 0; i < codes.size(); ++i)
        qToLittleEndian(codes[i], bytes.data() + 2 * i);
    return bytes;
}

inline QByteArray weights(const std::vector<double> &weights)
{
    QByteArray bytes(qsizetype(weights.size() * sizeof(double)), Qt::Uninitialized);
    for (std::size_t i = 0; i < weights.size(); ++i)
        qToLittleEndian(weights[i], bytes.data() + i * sizeof(double));
    return bytes;
}

// The driver binds blobs without copying them: the column's own bytes are
// written as they are (the batches are written before the chunk goes).
inline QByteArray bytesOf(const std::vector<std::uint8_t> &values)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(values.data()), qsizetype(values.size()));
}

// Most answers are codes 0..4: two to a byte halve the bytes written, which
// the import pays for twice (the WAL, then the checkpoint).
inline QByteArray packAnswers(const std::vector<std::uint8_t> &values, int *bits)
{
    const bool fits = std::all_of(values.begin(), values.end(), [](std::uint8_t v) { return v <= 15; });
    *bits = fits ? 4 : 8;
    if (!fits)
        return bytesOf(values);
    QByteArray bytes((qsizetype(values.size()) + 1) / 2, '\0');
    char *out = bytes.data();
    const std::size_t pairs = values.size() / 2;
    for (std::size_t i = 0; i < pairs; ++i)
        out[i] = char(values[2 * i] | (values[2 * i + 1] << 4));
    if (values.size() % 2)
        out[pairs] = char(values.back());
    return bytes;
}

} // namespace ChunkEncoding
