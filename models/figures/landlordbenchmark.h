#pragma once

#include "figure.h"
#include "ranking.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class CalibratedDesign;
class WaveSummary;

/// One satisfaction question of one landlord beside its region.
struct LandlordQuestion
{
    int question = -1;   ///< index in WaveSummary::questions()
    QString code;
    ScoreFigure landlord; ///< a domain of the wave's design (se with the design's N)
    ScoreFigure rest;     ///< every other landlord of the wave, same design
    ScoreFigure region;   ///< the whole wave (same QPV filter)
    /// Landlord vs the rest at 95% (survey-files.md §4); nullopt when either
    /// has fewer than 30 valid answers.
    std::optional<bool> significant;
    int rank = 0;        ///< among the sufficient peers, 1 = best; 0 when insufficient
    int peerCount = 0;   ///< sufficient landlords for this question
    int quartile = 0;    ///< 1 = top quarter of the peers … 4 = bottom; 0 when unranked

    /// Landlord − region, when both are shown.
    std::optional<double> gap() const
    {
        if (!landlord.sufficient() || !region.sufficient())
            return std::nullopt;
        return landlord.score - region.score;
    }
};

/// Every landlord of a wave against its region, computed once from the
/// wave's summary: a report per landlord then only reads its rows.
class LandlordBenchmark
{
public:
    /// qpv: nullopt for all respondents, true/false for QPV or hors QPV only;
    /// design: a raked wave's calibrated design (FigureEngine::calibratedDesign()),
    /// whose errors the figures and tests then take (calibrateRanking()).
    explicit LandlordBenchmark(const WaveSummary &summary, std::optional<bool> qpv = std::nullopt,
                               const CalibratedDesign *design = nullptr);

    const QStringList &landlordCodes() const { return m_codes; }
    /// The satisfaction questions of landlord (index in landlordCodes()), in
    /// the summary's question order.
    const std::vector<LandlordQuestion> &questions(int landlord) const { return m_rows[std::size_t(landlord)]; }
    /// The ranking of the peers on a question (index in the summary), or null
    /// when it is not a satisfaction question.
    const Ranking *ranking(int question) const;

private:
    QStringList m_codes;
    std::vector<std::vector<LandlordQuestion>> m_rows; ///< per landlord
    std::vector<Ranking> m_rankings;                    ///< per satisfaction question
    std::vector<int> m_rankingOf;                       ///< question → m_rankings index or -1
};

/// Quartile of score among the peers of ranking: 1 at or above the upper
/// quartile, 2 at or above the median, 3 at or above the lower quartile, else
/// 4; 0 when not sufficient or there are no peers.
int quartileOf(const Ranking &ranking, const ScoreFigure &figure);

/// Stable letters for anonymous peers: the position of each landlord code in
/// an order drawn from salt (e.g. the wave's fingerprint), so the same
/// landlord has the same letter in every report of a wave while the letters
/// do not follow the codes. Letters: "A" … "Z", "AA", "AB", …
QStringList peerLetters(const QStringList &codes, const QByteArray &salt);
