#include "figuretables.h"

#include <QCoreApplication>

QString designNote(const WaveInfo &wave)
{
    if (wave.strata.isEmpty())
        return QCoreApplication::translate("Figures", "Sample design: no strata; standard errors by linearisation, "
                                                      "each group a domain of its wave.");
    return QCoreApplication::translate("Figures", "Sample design: stratified by %1; standard errors by "
                                                  "linearisation within strata, each group a domain of its wave.")
        .arg(wave.strata);
}

QString publishedSegment(const GroupFilter &filter)
{
    if (filter.needsRespondents() || (!filter.landlord.isEmpty() && filter.qpv))
        return QString();
    if (!filter.landlord.isEmpty())
        return filter.landlord;
    if (!filter.qpv)
        return QStringLiteral("ensemble");
    return *filter.qpv ? QStringLiteral("qpv") : QStringLiteral("hors_qpv");
}

TrendTable trendTable(FigureEngine &engine, const QString &code, const GroupFilter &filter)
{
    TrendTable table;
    table.segment = publishedSegment(filter);
    std::vector<TrendPoint> computed;
    for (const WaveInfo &w : engine.waves()) {
        const WaveSummary *s = engine.summary(w.id);
        const int i = s ? s->questionIndex(code) : -1;
        const auto sums = i >= 0 ? engine.groupSums(w.id, filter) : std::nullopt;
        ScoreFigure f = sums ? scoreFigure((*sums)[std::size_t(i)]) : ScoreFigure{};
        // A raked wave's error knows its calibration: each wave's own, for the test.
        if (const std::optional<double> se = sums ? engine.calibratedQuestionSe(w.id, filter, i) : std::nullopt)
            f = withStandardError(f, *se);
        computed.push_back(f.n > 0 ? computedTrendPoint(w.year, w.scope, f) : absentTrendPoint(w.year, w.scope));
    }
    std::vector<PublishedPoint> published;
    if (!table.segment.isEmpty()) {
        for (const PublishedFigure &p : engine.publishedFigures()) {
            if (p.code != code || p.segment != table.segment || !p.score || !p.option.isEmpty())
                continue;
            published.push_back({p.year, p.scope, *p.score, p.pctSatisfied, p.n, p.source});
            if (p.illustrative)
                table.illustrative.insert(QStringLiteral("%1|%2").arg(p.year).arg(p.scope));
        }
    }
    table.points = buildTrend(std::move(computed), published);
    return table;
}

std::optional<DriverAnalysis> driverTable(FigureEngine &engine, qint64 waveId, const GroupFilter &filter)
{
    const WaveSummary *summary = engine.summary(waveId);
    const auto sums = summary ? engine.groupSums(waveId, filter) : std::nullopt;
    if (!sums)
        return std::nullopt;
    DriverAnalysis analysis = analyseDrivers(summary->questions(), summary->globalColumn(), *sums);
    engine.calibrate(analysis, waveId, filter); // a raked wave's errors
    return analysis;
}

Ranking rankingTable(FigureEngine &engine, qint64 waveId, const GroupFilter &filter, const QString &code)
{
    const WaveSummary *summary = engine.summary(waveId);
    if (!summary)
        return Ranking();
    QString asked = code;
    if (asked.isEmpty() && engine.codebook().globalQuestion())
        asked = engine.codebook().globalQuestion()->code;
    const int question = summary->questionIndex(asked);
    if (question < 0)
        return Ranking();
    Ranking ranking;
    if (!filter.needsRespondents() && !engine.needsRawStrata(waveId)) {
        ranking = rankLandlords(*summary, question, filter.qpv);
        engine.calibrate(ranking, waveId, filter); // a raked wave's errors
        return ranking;
    }
    // Every filter applies: the landlords within the segment value, and the
    // design's strata whatever column holds them.
    GroupFilter landlordFilter = filter;
    std::vector<CrossSums> perLandlord;
    for (const QString &landlord : summary->landlordCodes()) {
        landlordFilter.landlord = landlord;
        const auto sums = engine.groupSums(waveId, landlordFilter);
        perLandlord.push_back(sums ? (*sums)[std::size_t(question)]
                                   : CrossSums(summary->questions()[std::size_t(question)].optionCount));
    }
    ranking = rankLandlords(summary->landlordCodes(), perLandlord, question);
    engine.calibrate(ranking, waveId, filter);
    return ranking;
}

std::vector<DistributionRow> distributionTable(FigureEngine &engine, qint64 waveId, const GroupFilter &filter,
                                               const QString &language)
{
    std::vector<DistributionRow> rows;
    const WaveSummary *summary = engine.summary(waveId);
    const auto sums = summary ? engine.groupSums(waveId, filter) : std::nullopt;
    if (!sums)
        return rows;
    for (const Question &q : engine.codebook().questions()) {
        const int i = summary->questionIndex(q.code);
        if (i < 0 || q.type != QuestionType::Satisfaction4)
            continue;
        ShareFigure shares = distribution((*sums)[std::size_t(i)]);
        if (const auto se = engine.calibratedShareSe(waveId, filter, i)) // a raked wave's
            shares = withStandardErrors(std::move(shares), *se);
        rows.push_back({q.code, q.label(language), std::move(shares)});
    }
    return rows;
}
