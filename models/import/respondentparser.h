#pragma once

#include "codebook.h"
#include "columnmapping.h"
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
};

/// A respondent file read and checked against the codebook; nothing written.
struct ParsedRespondents
{
    WaveData data;
    ColumnMapping mapping;
    std::vector<ReadError> errors;
    bool moreErrors = false;   ///< errors stopped being collected at maxErrors
    bool cancelled = false;

    bool isValid() const { return errors.empty() && !cancelled; }
};

/// Reads every row of an opened reader into a wave, checking ids, year,
/// landlord, QPV, weights and every answer. All problems are collected (up to
/// maxErrors) with their line and column.
ParsedRespondents parseRespondents(TableReader &reader, const Codebook &codebook,
                                   const ParseOptions &options,
                                   const ProgressCallback &progress = {});
