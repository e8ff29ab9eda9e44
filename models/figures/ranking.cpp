#include "ranking.h"

#include "calibrateddesign.h"
#include "quantile.h"
#include "wavesummary.h"

#include <algorithm>
#include <limits>

Ranking rankLandlords(const WaveSummary &summary, int question, std::optional<bool> qpv)
{
    std::vector<CrossSums> perLandlord;
    perLandlord.reserve(std::size_t(summary.landlordCodes().size()));
    for (int l = 0; l < int(summary.landlordCodes().size()); ++l)
        perLandlord.push_back(summary.sums(question, SummaryGroup::ofLandlord(l, qpv)));
    return rankLandlords(summary.landlordCodes(), perLandlord, question);
}

Ranking rankLandlords(const QStringList &codes, const std::vector<CrossSums> &perLandlord, int question)
{
    Ranking ranking;
    ranking.question = question;
    const int landlords = int(codes.size());

    // "All but l" for every l from prefix and suffix sums: linear in the
    // number of landlords instead of quadratic, and no subtraction (which
    // would lose precision on small landlords).
    const int options = landlords > 0 ? perLandlord.front().optionCount() : 4;
    std::vector<CrossSums> prefix(std::size_t(landlords) + 1, CrossSums(options));
    std::vector<CrossSums> suffix(std::size_t(landlords) + 1, CrossSums(options));
    for (int l = 0; l < landlords; ++l) {
        prefix[std::size_t(l) + 1] = prefix[std::size_t(l)];
        prefix[std::size_t(l) + 1] += perLandlord[std::size_t(l)];
        const int r = landlords - 1 - l;
        suffix[std::size_t(r)] = suffix[std::size_t(r) + 1];
        suffix[std::size_t(r)] += perLandlord[std::size_t(r)];
    }
    ranking.regional = scoreFigure(prefix[std::size_t(landlords)]);

    std::vector<double> peerScores;
    for (int l = 0; l < landlords; ++l) {
        LandlordRank rank;
        rank.landlord = l;
        rank.code = codes.at(l);
        rank.figure = scoreFigure(perLandlord[std::size_t(l)]);
        CrossSums rest = prefix[std::size_t(l)];
        rest += suffix[std::size_t(l) + 1];
        rank.rest = scoreFigure(rest);
        rank.differsFromRest = diffSignificant(rank.figure, rank.rest);
        if (rank.figure.sufficient())
            peerScores.push_back(rank.figure.score);
        ranking.landlords.push_back(rank);
    }

    std::stable_sort(ranking.landlords.begin(), ranking.landlords.end(),
                     [](const LandlordRank &a, const LandlordRank &b) {
                         if (a.figure.sufficient() != b.figure.sufficient())
                             return a.figure.sufficient();
                         if (a.figure.sufficient() && a.figure.score != b.figure.score)
                             return a.figure.score > b.figure.score;
                         return a.code < b.code;
                     });
    for (std::size_t i = 0; i < ranking.landlords.size(); ++i) {
        LandlordRank &r = ranking.landlords[i];
        if (!r.figure.sufficient())
            break;
        r.rank = i > 0 && ranking.landlords[i - 1].figure.score == r.figure.score
            ? ranking.landlords[i - 1].rank
            : int(i) + 1;
    }

    ranking.peerCount = int(peerScores.size());
    ranking.peerQ1 = quantileType7(peerScores, 0.25);
    ranking.peerMedian = quantileType7(peerScores, 0.5);
    ranking.peerQ3 = quantileType7(peerScores, 0.75);
    return ranking;
}

void calibrateRanking(Ranking &ranking, const CalibratedDesign &design, const CalibratedGroup &filter)
{
    CalibratedGroup group = filter;
    group.landlord = -1;
    group.allButLandlord = false;
    ranking.regional = withStandardError(ranking.regional, design.scoreSe(ranking.question, group));
    for (LandlordRank &rank : ranking.landlords) {
        group.landlord = design.landlordIndex(rank.code);
        if (group.landlord < 0)
            continue;
        group.allButLandlord = false;
        rank.figure = withStandardError(rank.figure, design.scoreSe(ranking.question, group));
        group.allButLandlord = true;
        rank.rest = withStandardError(rank.rest, design.scoreSe(ranking.question, group));
        rank.differsFromRest = diffSignificant(rank.figure, rank.rest);
    }
}

RankingErrors rankingErrors(const CalibratedDesign &design, const QStringList &codes, const CalibratedGroup &filter)
{
    RankingErrors errors;
    CalibratedGroup group = filter;
    group.landlord = -1;
    group.allButLandlord = false;
    errors.region = design.scoreSe(group);
    for (const QString &code : codes) {
        group.landlord = design.landlordIndex(code);
        if (group.landlord < 0)
            continue;
        group.allButLandlord = false;
        std::vector<double> own = design.scoreSe(group);
        group.allButLandlord = true;
        errors.landlords.insert(code, {std::move(own), design.scoreSe(group)});
    }
    return errors;
}

void calibrateRanking(Ranking &ranking, const RankingErrors &errors)
{
    const auto at = [&](const std::vector<double> &se) {
        return ranking.question >= 0 && ranking.question < int(se.size()) ? se[std::size_t(ranking.question)]
                                                                          : std::numeric_limits<double>::quiet_NaN();
    };
    ranking.regional = withStandardError(ranking.regional, at(errors.region));
    for (LandlordRank &rank : ranking.landlords) {
        const auto it = errors.landlords.constFind(rank.code);
        if (it == errors.landlords.cend())
            continue;
        rank.figure = withStandardError(rank.figure, at(it->first));
        rank.rest = withStandardError(rank.rest, at(it->second));
        rank.differsFromRest = diffSignificant(rank.figure, rank.rest);
    }
}
