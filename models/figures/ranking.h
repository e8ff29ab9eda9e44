#pragma once

#include "figure.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class CalibratedDesign;
struct CalibratedGroup;
class WaveSummary;

/// One landlord's figure for a question, beside the rest of its wave.
struct LandlordRank
{
    int landlord = -1;   ///< index in WaveSummary::landlordCodes()
    QString code;
    ScoreFigure figure;
    ScoreFigure rest;    ///< every other landlord of the wave together
    /// Landlord vs rest at 95%; nullopt unless both are sufficient.
    std::optional<bool> differsFromRest;
    int rank = 0;        ///< 1 = best score among sufficient landlords; 0 when insufficient
};

/// A satisfaction question's landlords compared with the region and their
/// peers.
struct Ranking
{
    int question = -1;
    ScoreFigure regional;               ///< the whole wave (same QPV filter)
    /// Sufficient landlords by score, best first (equal scores share a rank),
    /// then the insufficient ones by code.
    std::vector<LandlordRank> landlords;
    int peerCount = 0;                  ///< sufficient landlords
    double peerMedian = 0.0;            ///< of their scores, R quantile type 7; NaN if none
    double peerQ1 = 0.0;
    double peerQ3 = 0.0;
};

/// qpv: nullopt for all respondents, true/false to rank within QPV or hors
/// QPV only (the regional and rest figures follow the same filter).
Ranking rankLandlords(const WaveSummary &summary, int question, std::optional<bool> qpv = std::nullopt);
/// The same from each landlord's sums of the question (codes[l]'s at
/// perLandlord[l], all domains of one design): for groups the summary alone
/// cannot give (a segment value, strata of another column).
Ranking rankLandlords(const QStringList &codes, const std::vector<CrossSums> &perLandlord, int question);

/// A raked wave's ranking with the standard errors of its calibrated design
/// (each landlord, the rest of the wave without it, the region; filter: the
/// QPV filter and segment value the ranking was made within, its landlord
/// ignored) and the landlord-vs-rest tests redone with them. Scores, ranks
/// and quartiles do not change.
void calibrateRanking(Ranking &ranking, const CalibratedDesign &design, const CalibratedGroup &filter);

/// The same errors for every question at once (CalibratedDesign::scoreSe()
/// in the questions' order): one pass per group instead of one per group
/// and question, for rankings of many questions.
struct RankingErrors
{
    std::vector<double> region;
    /// Per landlord code: its own errors, and those of the rest without it.
    QHash<QString, std::pair<std::vector<double>, std::vector<double>>> landlords;
};
RankingErrors rankingErrors(const CalibratedDesign &design, const QStringList &codes, const CalibratedGroup &filter);
void calibrateRanking(Ranking &ranking, const RankingErrors &errors);
