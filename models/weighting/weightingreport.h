#pragma once

#include "margins.h"
#include "raking.h"
#include "waveweighting.h"

#include <QString>

#include <optional>
#include <vector>

struct WaveData;

/// What a set of weights costs in precision (Kish).
struct WeightStatistics
{
    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    double cv = 0.0;          ///< standard deviation / mean (population form)
    double designEffect = 1.0; ///< n Σw² / (Σw)² = 1 + cv²
    double effectiveSize = 0.0; ///< (Σw)² / Σw²
    qint64 n = 0;
};
WeightStatistics weightStatistics(const std::vector<double> &weights);

/// One value of a margin variable: its share of the population, and of the
/// sample weighted before and after raking (percent).
struct MarginComparison
{
    QString variable;
    QString value;
    double population = 0.0;
    double before = 0.0;
    double after = 0.0;
};

/// The report of a weighting (the dialog, the `weight` command, the board
/// pack's method page).
struct WeightingReport
{
    WeightStatistics before;   ///< the file's weights
    WeightStatistics after;    ///< the raked weights
    std::vector<MarginComparison> margins;
    int passes = 0;
};

WeightingReport weightingReport(const std::vector<double> &fileWeights, const std::vector<double> &raked,
                                const Margins &margins, const CalibrationCategories &categories, int passes);

/// Rakes a wave (loaded with its file's weights) to the margins: the
/// weighting to store, or nullopt and a message (matchMargins(), rake()).
std::optional<WaveWeighting> computeWeighting(const WaveData &fileData, const Margins &margins,
                                              const RakingOptions &options, QString *error);
