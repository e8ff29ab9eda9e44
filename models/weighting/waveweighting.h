#pragma once

#include "margins.h"

#include <QDateTime>

#include <optional>
#include <vector>

/// A wave's raking as the store keeps it beside the file's own weights
/// (which the wave never loses): the margins it was raked to, identified by
/// their file's fingerprint, and the weights it gave.
struct WaveWeighting
{
    Margins margins;
    std::optional<double> trimLower;
    std::optional<double> trimUpper;
    int passes = 0;
    std::vector<std::vector<double>> lastFactors; ///< RakingResult::lastFactors
    std::vector<double> weights;                  ///< per respondent, in the wave's order
    std::vector<double> untrimmed;
    QDateTime appliedAt;

    bool trimmed() const { return trimLower || trimUpper; }
};
