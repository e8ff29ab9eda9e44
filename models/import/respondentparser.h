#pragma once

#include "codebook.h"
#include "columnmapping.h"
#include "identifiercolumns.h"
#include "readers/readerror.h"
#include "wavedata.h"

#include <functional>
#include <optional>
#include <vector>

class TableReader;

/// Reports progress (0..1); returning false cancels the work.
using ProgressCallback = std::function<bool(double)>;

struct ParseOptions
{
    std::optional<int> year;   ///< from the dialog or the command line
    int maxErrors = 100;
    QStringList dropColumns;   ///< not read at all
    QStringList keepColumns;   ///< kept although they identify people
};

/// A run of consecutive respondents of the file, handed over while it is
/// read so that a wave never has to be held whole in memory.
struct RespondentChunk
{
    /// The chunk's columns; respondentIds is empty. Landlord codes are
    /// positions in order of first appearance in the file (landlordCount of
    /// them so far); segment codes index the dictionaries as they stand.
    const WaveData &columns;
    QByteArrayView ids;   ///< the chunk's ids, UTF-8, each followed by '\n'
    int landlordCount = 0;
    int year = 0;
};

/// Receives each chunk in file order; returning false stops the reading.
using ChunkSink = std::function<bool(const RespondentChunk &)>;

/// Respondents per chunk (the last one holds the rest).
inline constexpr int RespondentChunkSize = 8192;

/// A respondent file read and checked against the codebook; nothing written.
struct ParsedRespondents
{
    /// Without a sink, the whole wave. With one, only what is not
    /// per respondent: year, landlord codes (sorted), answer columns without
    /// values, segment names and dictionaries.
    WaveData data;
    int respondentCount = 0;
    /// With a sink: the code the chunks used for each of data.landlordCodes.
    std::vector<int> landlordBlobIndex;
    ColumnMapping mapping;
    std::vector<ReadError> errors;
    /// Segment columns that identify people (by name or content), not
    /// kept: the file is refused until they are dropped or kept.
    std::vector<IdentifierColumn> identifiers;
    bool moreErrors = false;   ///< errors stopped being collected at maxErrors
    /// Every problem found, also past maxErrors (reading goes on to count
    /// them, so that "1 234 problems" is the file's real number).
    qint64 errorCount = 0;
    bool cancelled = false;
    bool stopped = false;      ///< the sink returned false

    bool isValid() const { return errors.empty() && identifiers.empty() && !cancelled && !stopped; }
};

/// Reads every row of an opened reader into a wave, checking ids, year,
/// landlord, QPV, weights and every answer. All problems are collected (up to
/// maxErrors) with their line and column. With a sink, the respondents are
/// handed over in chunks as long as no problem has been found, and not kept.
ParsedRespondents parseRespondents(TableReader &reader, const Codebook &codebook,
                                   const ParseOptions &options,
                                   const ProgressCallback &progress = {},
                                   const ChunkSink &sink = {});
