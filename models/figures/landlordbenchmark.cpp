#include "landlordbenchmark.h"

#include "calibrateddesign.h"
#include "wavesummary.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <numeric>

int quartileOf(const Ranking &ranking, const ScoreFigure &figure)
{
    if (!figure.sufficient() || ranking.peerCount == 0)
        return 0;
    if (figure.score >= ranking.peerQ3)
        return 1;
    if (figure.score >= ranking.peerMedian)
        return 2;
    if (figure.score >= ranking.peerQ1)
        return 3;
    return 4;
}

LandlordBenchmark::LandlordBenchmark(const WaveSummary &summary, std::optional<bool> qpv,
                                     const CalibratedDesign *design)
    : m_codes(summary.landlordCodes())
{
    const std::vector<QuestionInfo> &questions = summary.questions();
    m_rows.resize(std::size_t(m_codes.size()));
    m_rankingOf.assign(questions.size(), -1);
    // A raked wave's errors, every question of a group at once.
    const std::optional<RankingErrors> errors =
        design ? std::optional<RankingErrors>(rankingErrors(*design, m_codes, {-1, false, qpv})) : std::nullopt;
    for (int q = 0; q < int(questions.size()); ++q) {
        if (questions[std::size_t(q)].type != QuestionType::Satisfaction4)
            continue;
        // The summary's sums are domains of the question's design (its valid
        // answers, strata as the wave was imported): the figures are R's
        // svymean(~x, subset(design, group)).
        Ranking ranking = rankLandlords(summary, q, qpv);
        if (errors)
            calibrateRanking(ranking, *errors);
        const ScoreFigure &region = ranking.regional;
        for (const LandlordRank &r : ranking.landlords) {
            LandlordQuestion row;
            row.question = q;
            row.code = questions[std::size_t(q)].code;
            row.landlord = r.figure;
            row.rest = r.rest;
            row.region = region;
            row.significant = diffSignificant(row.landlord, row.rest);
            row.rank = r.rank;
            row.peerCount = ranking.peerCount;
            row.quartile = quartileOf(ranking, r.figure);
            m_rows[std::size_t(r.landlord)].push_back(std::move(row));
        }
        m_rankingOf[std::size_t(q)] = int(m_rankings.size());
        m_rankings.push_back(std::move(ranking));
    }
}

const Ranking *LandlordBenchmark::ranking(int question) const
{
    if (question < 0 || question >= int(m_rankingOf.size()) || m_rankingOf[std::size_t(question)] < 0)
        return nullptr;
    return &m_rankings[std::size_t(m_rankingOf[std::size_t(question)])];
}

namespace {

QString letters(int index)
{
    QString text;
    for (int i = index + 1; i > 0; i = (i - 1) / 26)
        text.prepend(QChar(u'A' + (i - 1) % 26));
    return text;
}

} // namespace

QStringList peerLetters(const QStringList &codes, const QByteArray &salt)
{
    std::vector<QByteArray> keys;
    keys.reserve(std::size_t(codes.size()));
    for (const QString &code : codes)
        keys.push_back(QCryptographicHash::hash(salt + '\0' + code.toUtf8(), QCryptographicHash::Sha256));
    std::vector<int> order(std::size_t(codes.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return keys[std::size_t(a)] != keys[std::size_t(b)] ? keys[std::size_t(a)] < keys[std::size_t(b)]
                                                            : codes[a] < codes[b];
    });
    QStringList result;
    for (int i = 0; i < codes.size(); ++i)
        result << QString();
    for (std::size_t position = 0; position < order.size(); ++position)
        result[order[position]] = letters(int(position));
    return result;
}
