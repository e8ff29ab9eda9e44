#include "scoretable.h"

#include "calibrateddesign.h"

namespace {

// The figures of every question of a group, with a raked wave's standard
// errors unless only the scores are needed.
std::optional<std::vector<ScoreFigure>> figuresOf(FigureEngine &engine, qint64 waveId, const GroupFilter &filter,
                                                  bool rest = false, bool scoresOnly = false)
{
    const auto sums = rest ? engine.restSums(waveId, filter) : engine.groupSums(waveId, filter);
    if (!sums)
        return std::nullopt;
    const auto se = scoresOnly ? std::nullopt : engine.calibratedScoreSe(waveId, filter, rest);
    std::vector<ScoreFigure> figures;
    figures.reserve(sums->size());
    for (std::size_t i = 0; i < sums->size(); ++i)
        figures.push_back(withStandardError(scoreFigure((*sums)[i]), se, int(i)));
    return figures;
}

} // namespace

const ScoreTableRow *ScoreTable::row(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &rows[std::size_t(*it)];
}

ScoreTable scoreTable(FigureEngine &engine, qint64 waveId, const GroupFilter &filter, const QString &language,
                      ScoreTable::Comparisons comparisons)
{
    ScoreTable table;
    table.filter = filter;
    table.comparisons = comparisons;
    table.wave = engine.wave(waveId);
    const WaveSummary *summary = table.wave ? engine.summary(waveId) : nullptr;
    const auto figures = summary ? figuresOf(engine, waveId, filter) : std::nullopt;
    if (!figures)
        return table;

    // The previous wave, same group; the region, same filters without the
    // landlord; the rest of the wave, same filters.
    QHash<QString, ScoreFigure> previous;
    if (comparisons.testFlag(ScoreTable::Comparison::PreviousWave)) {
        if (const std::optional<WaveInfo> before = engine.previousWave(*table.wave)) {
            const WaveSummary *old = engine.summary(before->id);
            if (const auto oldFigures = old ? figuresOf(engine, before->id, filter) : std::nullopt) {
                table.previousYear = before->year;
                for (std::size_t i = 0; i < oldFigures->size(); ++i)
                    previous.insert(old->questions()[i].code, (*oldFigures)[i]);
            }
        }
    }
    std::optional<std::vector<ScoreFigure>> regional, rest;
    if (!filter.landlord.isEmpty() && comparisons.testFlag(ScoreTable::Comparison::Region)) {
        GroupFilter region = filter;
        region.landlord.clear();
        regional = figuresOf(engine, waveId, region, false, /*scoresOnly=*/true);
    }
    if (!filter.landlord.isEmpty() && comparisons.testFlag(ScoreTable::Comparison::Rest))
        rest = figuresOf(engine, waveId, filter, /*rest=*/true);

    for (const Question &q : engine.codebook().questions()) {
        const int i = summary->questionIndex(q.code);
        if (i < 0 || q.type != QuestionType::Satisfaction4)
            continue;
        ScoreTableRow row;
        row.code = q.code;
        row.theme = q.theme;
        row.label = q.label(language);
        row.parent = q.parent;
        row.figure = (*figures)[std::size_t(i)];
        if (const auto p = previous.constFind(q.code); p != previous.cend() && p->sufficient()) {
            row.previous = p->score;
            row.changeSignificant = diffSignificant(row.figure, *p);
        }
        if (regional && (*regional)[std::size_t(i)].sufficient())
            row.regional = (*regional)[std::size_t(i)].score;
        if (rest)
            row.restSignificant = diffSignificant(row.figure, (*rest)[std::size_t(i)]);
        table.m_index.insert(row.code, int(table.rows.size()));
        table.rows.push_back(std::move(row));
    }
    return table;
}
