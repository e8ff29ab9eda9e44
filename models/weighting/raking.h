#pragma once

#include "margins.h"

#include <QString>

#include <optional>
#include <vector>

struct WaveData;

/// Which margin category each respondent falls in, for every variable of
/// the margins: what raking and the calibrated errors work on.
struct CalibrationCategories
{
    /// categoryOf[k][i]: index in margins.variables[k].values of respondent i.
    std::vector<std::vector<int>> categoryOf;
};

/// Matches the wave's values with the margins' (bailleur: landlord codes;
/// qpv: 1/0; else a segment column's values). nullopt and a message naming
/// the variable and value when a variable is not a column of the wave, a
/// value of the sample is missing from the margins or the other way round.
std::optional<CalibrationCategories> matchMargins(const WaveData &data, const Margins &margins, QString *error);

/// Checks the margins alone: at least one variable, every count > 0, no
/// value twice, every variable's counts adding up to the same total.
bool checkMargins(const Margins &margins, QString *error);

struct RakingOptions
{
    int maxPasses = 100;
    double epsilon = 1e-10;           ///< relative to the sum of the starting weights
    std::optional<double> trimLower;  ///< survey::trimWeights bounds, applied after raking
    std::optional<double> trimUpper;
};

struct RakingResult
{
    std::vector<double> weights;      ///< raked, then trimmed when asked
    std::vector<double> untrimmed;    ///< raked
    int passes = 0;
    /// lastFactors[k][c]: the factor margin k's category c was multiplied by
    /// in the last pass. The weights after margin k in that pass (R's
    /// attr(postStrata[[k]], "weights"), which the calibrated errors centre
    /// on) are untrimmed / Π_{l>k} lastFactors[l][category].
    std::vector<std::vector<double>> lastFactors;
};

/// survey::rake(design, margins, control = list(maxit = 100, epsilon =
/// 1e-10)) starting from start, then trimWeights(lower, upper) when asked.
/// nullopt and a message when it does not converge.
std::optional<RakingResult> rake(const std::vector<double> &start, const Margins &margins,
                                 const CalibrationCategories &categories, const RakingOptions &options,
                                 QString *error);

/// survey::trimWeights(design, lower, upper) (strict = FALSE): weights outside
/// the bounds are set to them and what was trimmed is spread evenly over the
/// others.
std::vector<double> trimWeights(std::vector<double> weights, double lower, double upper);
