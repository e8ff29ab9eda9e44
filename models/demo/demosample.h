#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

/// The demo survey between drawing and writing. Internal to models/demo.
namespace demo {

/// Whether a respondent answers a question, before calibration picks the answer.
enum class Status : std::uint8_t { Answered, DontKnow, NotConcerned };

struct Respondent
{
    std::uint16_t landlord = 0;
    const char *department = nullptr;
    bool qpv = false;
    bool collectif = false;
    std::int64_t weight = 0; ///< in WeightUnits, as written in the file
};

/// Weights are written with four decimals and computed in those units, so
/// that calibration sees exactly the weights a reader of the file sees.
constexpr std::int64_t WeightUnits = 10000;

/// Latent value of a Q30 respondent with no preferred medium (option 4).
constexpr std::int32_t NoPreference = INT32_MIN;

struct Sample
{
    std::vector<Respondent> respondents;
    // Per question (codebook order), per respondent:
    std::vector<std::vector<std::int32_t>> latent;  ///< LatentScale units
    std::vector<std::vector<Status>> status;
    std::vector<std::vector<std::uint8_t>> style;   ///< 0..99: how the cell is written
    std::vector<std::vector<std::uint8_t>> answers; ///< 0 = no answer, else the code; set by calibrate()
};

/// Draws respondents, their situation, weights and latent answers.
Sample drawSample(std::uint64_t seed);

/// Turns latent values into answer codes whose weighted figures hit the
/// targets of demotargets.cpp.
void calibrate(Sample &sample);

/// The respondent file (survey-files.md section 1).
QByteArray writeRespondentCsv(const Sample &sample);

} // namespace demo
