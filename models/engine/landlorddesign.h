#pragma once

#include "calibrateddesign.h"
#include "wavedata.h"
#include "waveweighting.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class Codebook;

/// What a landlord's user of a server store (who reads its own respondents
/// only) needs of the whole wave so that the standard errors of its own
/// groups are the administrator's (survey-files.md §4 and §6): computed by
/// the administrator's client whenever the wave's summary is written, kept
/// per landlord under row-level security (docs/shared-store.md). Nothing in
/// it is per other landlord or per other respondent: sample sizes of the
/// strata the landlord has respondents in, and a raked wave's calibration
/// aggregates cut down to the margin categories its own respondents fall
/// in (the other landlords' categories do not appear at all).
struct LandlordDesign
{
    static constexpr quint32 FormatVersion = 1;

    /// Strata by a segment column: the strata (dictionary codes of that
    /// column) the landlord has respondents in, and for each the valid
    /// answers of the whole wave to every question (the wave's question
    /// order): n_h of the domain's design.
    std::vector<int> strata;
    std::vector<std::vector<double>> stratumValid;

    /// A raked wave: its margins restricted to the categories of the
    /// landlord's respondents (in the wave's margin order; within one
    /// margin, in the margins file's order), their last factors, the
    /// landlord's own respondents' untrimmed weights (chunk order; empty
    /// when not trimmed), and the design's operators on those categories,
    /// its strata numbered as the landlord's user numbers them.
    bool raked = false;
    QStringList marginVariables;
    std::vector<QStringList> marginValues;
    std::vector<std::vector<double>> lastFactors;
    std::vector<double> untrimmed;
    CalibratedDesign::PartOperators operators;

    /// The errors of the region's groups the landlord's user cannot compute
    /// from the peer summary (a raked wave, or strata by a segment column):
    /// per RegionGroup, per question, the score's standard error (NaN for
    /// other types) and the shares' (proportions, index 0 = answer 1). One
    /// number per group and question, as the administrator's figures show.
    std::vector<std::vector<double>> regionScoreSe;
    std::vector<std::vector<std::vector<double>>> regionShareSe;

    /// The region's groups: the whole wave, QPV, hors QPV, then the same
    /// without the landlord (its "rest of the wave").
    static int regionGroup(bool rest, std::optional<bool> qpv) { return (rest ? 3 : 0) + (qpv ? (*qpv ? 1 : 2) : 0); }
    static constexpr int RegionGroups = 6;

    QByteArray serialize() const;
    static std::optional<LandlordDesign> deserialize(const QByteArray &blob);
};

/// Whether a wave needs landlord designs: raked, or stratified by a
/// segment column (without strata, or by landlord, the peer summary holds
/// what the errors need).
bool needsLandlordDesigns(const QString &strataColumn, const WaveWeighting *weighting);

/// Every landlord's design (index in data.landlordCodes); data: the whole
/// wave with its analysis weights (raked when weighting is given).
std::vector<LandlordDesign> landlordDesigns(const WaveData &data, const QString &strataColumn,
                                            const WaveWeighting *weighting, const Codebook *codebook);

/// The calibrated design of a landlord's part of a raked wave (own: its
/// respondents only, with their raked weights); null when design is not
/// raked or does not match own.
std::unique_ptr<CalibratedDesign> partCalibratedDesign(const WaveData &own, const LandlordDesign &design,
                                                       const QString &strataColumn, const Codebook *codebook);
