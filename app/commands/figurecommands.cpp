// Commands that print figures: scores, trend, drivers (cli.md).
#include "commands.h"

#include "drivers.h"
#include "figure.h"
#include "figureengine.h"
#include "figuretables.h"
#include "filteroptions.h"
#include "scoretable.h"
#include "smallsegments.h"
#include "store.h"
#include "trend.h"
#include "waveselection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {


QVariant number(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

QVariant optionalBool(const std::optional<bool> &value)
{
    return value ? QVariant(*value) : QVariant();
}

const QList<Output::Column> &scoreColumns()
{
    static const QList<Output::Column> columns = {
        {QStringLiteral("year"), Output::Kind::Year},     {QStringLiteral("scope"), Output::Kind::Text},
        {QStringLiteral("code"), Output::Kind::Text},     {QStringLiteral("label"), Output::Kind::Text},
        {QStringLiteral("theme"), Output::Kind::Text},    {QStringLiteral("segment"), Output::Kind::Text},
        {QStringLiteral("score"), Output::Kind::Score},   {QStringLiteral("pct_satisfied"), Output::Kind::Percent},
        {QStringLiteral("se"), Output::Kind::Decimal},    {QStringLiteral("ci_low"), Output::Kind::Score},
        {QStringLiteral("ci_high"), Output::Kind::Score}, {QStringLiteral("n"), Output::Kind::Integer},
        {QStringLiteral("n_eff"), Output::Kind::Score}, {QStringLiteral("band"), Output::Kind::Text},
        {QStringLiteral("diff_significant"), Output::Kind::Boolean},
        {QStringLiteral("source"), Output::Kind::Text},
    };
    return columns;
}

// A figure as a row of scores; an insufficient group shows its size only.
QVariantList scoreRow(const WaveInfo &wave, const Question &q, const QString &language, const QString &segment,
                      const ScoreFigure &f, const std::optional<bool> &significant)
{
    const bool shown = f.sufficient();
    return {wave.year, wave.scope, q.code, q.label(language), q.theme, segment,
            shown ? number(f.score) : QVariant(), shown ? number(f.pctSatisfied) : QVariant(),
            shown ? number(f.se) : QVariant(), shown ? number(f.ciLow) : QVariant(),
            shown ? number(f.ciHigh) : QVariant(), f.n, number(f.nEff), bandName(f.band),
            optionalBool(significant), QVariant()};
}

// The published figures of a year, for waves kept only as aggregates.
int printPublishedScores(CommandContext &context, FigureEngine &engine, int year, const QString &code)
{
    Output output(scoreColumns());
    for (const PublishedFigure &p : engine.publishedFigures()) {
        const Question *q = engine.codebook().find(p.code);
        if (p.year != year || !p.score || !q || (!code.isEmpty() && p.code != code))
            continue;
        const Band band = p.n && *p.n < MinimumEffectif ? Band::EffectifInsuffisant
                                                        : bandOf(*p.score, MinimumEffectif);
        output.addRow({p.year, p.scope, p.code, q->label(context.language), q->theme, p.segment,
                       *p.score, p.pctSatisfied ? QVariant(*p.pctSatisfied) : QVariant(), QVariant(), QVariant(),
                       QVariant(), p.n ? QVariant(*p.n) : QVariant(), QVariant(), bandName(band), QVariant(),
                       p.source});
    }
    if (output.rowCount() == 0)
        return context.fail(ExitUsage, Cli::tr("no wave and no published figure for %1").arg(year));
    output.write(context.out, context.format, context.locale);
    return ExitOk;
}

} // namespace

QList<QCommandLineOption> scoresOptions()
{
    return QList<QCommandLineOption>{
               latestYearOption(), scopeOption(),
               QCommandLineOption(QStringLiteral("by"), Cli::tr("none, qpv, landlord or a segment column."), QStringLiteral("BY"),
                                  QStringLiteral("none")),
               QCommandLineOption(QStringLiteral("code"), Cli::tr("Only this question."), QStringLiteral("Q"))}
        + groupFilterOptions();
}

int runScores(CommandContext &context)
{
    FigureEngine engine(context.store);
    int year = 0;
    if (const int rc = parseYear(context, &year))
        return rc;
    const QString code = context.parser.value(QStringLiteral("code"));
    if (!code.isEmpty() && !engine.codebook().find(code))
        return context.fail(ExitUsage, Cli::tr("question %1 is not in the codebook").arg(code));
    const std::optional<WaveInfo> wave = engine.latestWave(year, context.parser.value(QStringLiteral("scope")));
    if (!wave) {
        if (year > 0)
            return printPublishedScores(context, engine, year, code);
        return context.fail(ExitUsage, Cli::tr("the store has no wave yet: import one first"));
    }
    const WaveSummary *summary = engine.summary(wave->id);
    if (!summary)
        return context.fail(ExitStoreError, context.store->error().message);

    // The filter bar's filters: landlord, QPV, a segment value.
    const QString by = context.parser.value(QStringLiteral("by"));
    if (by == QLatin1String("qpv") && context.parser.isSet(QStringLiteral("qpv")))
        return context.fail(ExitUsage, Cli::tr("--qpv cannot be used with --by qpv"));
    const bool bySegment = by != QLatin1String("none") && by != QLatin1String("qpv") && by != QLatin1String("landlord");
    if (bySegment && context.parser.isSet(QStringLiteral("segment")))
        return context.fail(ExitUsage, Cli::tr("--segment cannot be used with --by a segment column"));
    GroupFilter base;
    if (const int rc = parseGroupFilter(context, engine, *wave, &base))
        return rc;

    // One score table per group (scoretable.h, what the window's models
    // read), each with the significance of its comparison by question code.
    struct Group
    {
        QString segment;
        ScoreTable table;
        QHash<QString, std::optional<bool>> significant;
    };
    const auto tableOf = [&](const GroupFilter &f, ScoreTable::Comparisons comparisons) {
        return scoreTable(engine, wave->id, f, context.language, comparisons);
    };
    std::vector<Group> groups;
    if (by == QLatin1String("none")) {
        // A landlord against the rest of the wave, else the wave against the previous one.
        const bool landlord = !base.landlord.isEmpty();
        Group g{filterSegmentName(base),
                tableOf(base, landlord ? ScoreTable::Comparison::Rest : ScoreTable::Comparison::PreviousWave), {}};
        for (const ScoreTableRow &row : g.table.rows)
            g.significant.insert(row.code, landlord ? row.restSignificant : row.changeSignificant);
        groups.push_back(std::move(g));
    } else if (by == QLatin1String("qpv")) {
        GroupFilter qpv = base, hors = base;
        qpv.qpv = true;
        hors.qpv = false;
        Group q{QStringLiteral("qpv"), tableOf(qpv, ScoreTable::Comparison::None), {}};
        Group h{QStringLiteral("hors_qpv"), tableOf(hors, ScoreTable::Comparison::None), {}};
        for (const ScoreTableRow &row : q.table.rows) {
            if (const ScoreTableRow *other = h.table.row(row.code)) {
                q.significant.insert(row.code, diffSignificant(row.figure, other->figure));
                h.significant.insert(row.code, diffSignificant(other->figure, row.figure));
            }
        }
        groups.push_back(std::move(q));
        groups.push_back(std::move(h));
    } else if (by == QLatin1String("landlord")) {
        for (const QString &landlord : summary->landlordCodes()) {
            if (!base.landlord.isEmpty() && landlord != base.landlord)
                continue;
            GroupFilter f = base;
            f.landlord = landlord;
            Group g{landlord, tableOf(f, ScoreTable::Comparison::Rest), {}};
            for (const ScoreTableRow &row : g.table.rows)
                g.significant.insert(row.code, row.restSignificant);
            groups.push_back(std::move(g));
        }
    } else {
        QStringList values;
        if (const int rc = segmentGroupValues(context, engine, *wave, by, QStringLiteral("by"), &values))
            return rc;
        for (const QString &value : std::as_const(values)) {
            GroupFilter f = base;
            f.segmentColumn = by;
            f.segmentValue = value;
            groups.push_back({value, tableOf(f, ScoreTable::Comparison::None), {}});
        }
    }

    Output output(scoreColumns());
    const std::vector<QuestionInfo> &questions = summary->questions();
    for (int i = 0; i < int(questions.size()); ++i) {
        const Question *q = engine.codebook().find(questions[i].code);
        if (!q || q->type != QuestionType::Satisfaction4 || (!code.isEmpty() && q->code != code))
            continue;
        for (const Group &g : groups) {
            if (const ScoreTableRow *row = g.table.row(q->code))
                output.addRow(scoreRow(*wave, *q, context.language, g.segment, row->figure,
                                       g.significant.value(q->code)));
        }
    }
    output.write(context.out, context.format, context.locale);
    return ExitOk;
}

QList<QCommandLineOption> trendOptions()
{
    return {QCommandLineOption(QStringLiteral("code"), Cli::tr("The question (required)."), QStringLiteral("Q")),
            QCommandLineOption(QStringLiteral("by"), Cli::tr("none or qpv."), QStringLiteral("BY"), QStringLiteral("none")),
            QCommandLineOption(QStringLiteral("option"), Cli::tr("One option's share (yes/no and single-choice "
                                                                 "questions)."), QStringLiteral("CODE")),
            QCommandLineOption(QStringLiteral("scope"), Cli::tr("Only the waves and published figures of this scope."),
                               QStringLiteral("S"))};
}

int runTrend(CommandContext &context)
{
    // --scope keeps one scope's waves and published figures (both trends).
    const QString scopeAsked = context.parser.value(QStringLiteral("scope"));
    if (!scopeAsked.isEmpty()) {
        const QList<WaveInfo> waves = context.store->waves();
        const QList<PublishedFigure> published = context.store->publishedFigures();
        if (std::none_of(waves.cbegin(), waves.cend(), [&](const WaveInfo &w) { return w.scope == scopeAsked; })
            && std::none_of(published.cbegin(), published.cend(),
                            [&](const PublishedFigure &p) { return p.scope == scopeAsked; }))
            return context.fail(ExitUsage, Cli::tr("no wave or published figure has the scope \"%1\"").arg(scopeAsked));
    }
    if (context.parser.isSet(QStringLiteral("option")))
        return runShareTrend(context);
    FigureEngine engine(context.store);
    const QString code = context.parser.value(QStringLiteral("code"));
    const Question *question = engine.codebook().find(code);
    if (code.isEmpty())
        return context.fail(ExitUsage, Cli::tr("trend needs --code, e.g. --code Q01"));
    if (!question)
        return context.fail(ExitUsage, Cli::tr("question %1 is not in the codebook").arg(code));
    const QString by = context.parser.value(QStringLiteral("by"));
    QList<QPair<QString, std::optional<bool>>> segments;
    if (by == QLatin1String("none"))
        segments << qMakePair(QStringLiteral("ensemble"), std::optional<bool>());
    else if (by == QLatin1String("qpv"))
        segments << qMakePair(QStringLiteral("qpv"), std::optional<bool>(true))
                 << qMakePair(QStringLiteral("hors_qpv"), std::optional<bool>(false));
    else
        return context.fail(ExitUsage, Cli::tr("--by %1: expected none or qpv").arg(by));
    const QString scope = context.parser.value(QStringLiteral("scope"));
    const auto inScope = [&scope](const QString &s) { return scope.isEmpty() || s == scope; };

    Output output({{QStringLiteral("year"), Output::Kind::Year},
                   {QStringLiteral("scope"), Output::Kind::Text},
                   {QStringLiteral("code"), Output::Kind::Text},
                   {QStringLiteral("label"), Output::Kind::Text},
                   {QStringLiteral("segment"), Output::Kind::Text},
                   {QStringLiteral("score"), Output::Kind::Score},
                   {QStringLiteral("pct_satisfied"), Output::Kind::Percent},
                   {QStringLiteral("se"), Output::Kind::Decimal},
                   {QStringLiteral("ci_low"), Output::Kind::Score},
                   {QStringLiteral("ci_high"), Output::Kind::Score},
                   {QStringLiteral("n"), Output::Kind::Integer},
                   {QStringLiteral("band"), Output::Kind::Text},
                   {QStringLiteral("published"), Output::Kind::Boolean},
                   {QStringLiteral("illustrative"), Output::Kind::Boolean},
                   {QStringLiteral("scope_break"), Output::Kind::Boolean},
                   {QStringLiteral("diff_significant"), Output::Kind::Boolean},
                   {QStringLiteral("source"), Output::Kind::Text}});
    for (const auto &[segment, qpv] : segments) {
        GroupFilter filter;
        filter.qpv = qpv;
        const TrendTable table = trendTable(engine, code, filter);
        for (const TrendPoint &t : table.points) {
            if (!inScope(t.scope))
                continue;
            const auto opt = [&t](const std::optional<double> &v) { return v && t.sufficient() ? QVariant(*v) : QVariant(); };
            const Band band = !t.sufficient() ? Band::EffectifInsuffisant : bandOf(t.score, t.n > 0 ? t.n : MinimumEffectif);
            output.addRow({t.year, t.scope, code, question->label(context.language), segment,
                           t.sufficient() ? number(t.score) : QVariant(), opt(t.pctSatisfied), opt(t.se), opt(t.ciLow),
                           opt(t.ciHigh), t.n > 0 ? QVariant(t.n) : QVariant(), bandName(band), t.published,
                           table.isIllustrative(t), scope.isEmpty() && t.scopeBreakBefore, // one scope: no break
                           optionalBool(t.diffSignificant), t.source});
        }
    }
    output.write(context.out, context.format, context.locale);
    return ExitOk;
}

QList<QCommandLineOption> driversOptions()
{
    return QList<QCommandLineOption>{
               latestYearOption(), scopeOption()}
        + groupFilterOptions();
}

int runDrivers(CommandContext &context)
{
    FigureEngine engine(context.store);
    WaveInfo wave;
    const WaveSummary *summary = nullptr;
    if (const int rc = selectLatestWave(context, engine, &wave, &summary))
        return rc;
    GroupFilter group;
    if (const int rc = parseGroupFilter(context, engine, wave, &group))
        return rc;
    if (summary->globalColumn() < 0)
        return context.fail(ExitUsage, Cli::tr("the wave has no overall-satisfaction question: no driver analysis"));
    // The same table as the Levers page reads (one figures layer).
    const std::optional<DriverAnalysis> table = driverTable(engine, wave.id, group);
    if (!table)
        return context.fail(ExitStoreError, context.store->error().message);
    const DriverAnalysis &analysis = *table;
    const QString segment = filterSegmentName(group);

    Output output({{QStringLiteral("year"), Output::Kind::Year},
                   {QStringLiteral("scope"), Output::Kind::Text},
                   {QStringLiteral("segment"), Output::Kind::Text},
                   {QStringLiteral("code"), Output::Kind::Text},
                   {QStringLiteral("label"), Output::Kind::Text},
                   {QStringLiteral("theme"), Output::Kind::Text},
                   {QStringLiteral("importance"), Output::Kind::Decimal},
                   {QStringLiteral("score"), Output::Kind::Score},
                   {QStringLiteral("n"), Output::Kind::Integer},
                   {QStringLiteral("n_pairs"), Output::Kind::Integer},
                   {QStringLiteral("band"), Output::Kind::Text},
                   {QStringLiteral("quadrant"), Output::Kind::Text},
                   {QStringLiteral("priority_rank"), Output::Kind::Integer}});
    for (int d = 0; d < int(analysis.drivers.size()); ++d) {
        const DriverFigure &driver = analysis.drivers[d];
        const Question *q = engine.codebook().find(driver.code);
        const auto rank = std::find(analysis.priorityLevers.begin(), analysis.priorityLevers.end(), d);
        const bool shown = driver.score.sufficient();
        output.addRow({wave.year, wave.scope, segment,
                       driver.code, q ? q->label(context.language) : driver.code, q ? q->theme : QString(),
                       number(driver.importance.r), shown ? number(driver.score.score) : QVariant(),
                       driver.score.n, driver.importance.nPairs, bandName(driver.score.band),
                       quadrantName(driver.quadrant),
                       rank == analysis.priorityLevers.end() ? QVariant() : QVariant(int(rank - analysis.priorityLevers.begin()) + 1)});
    }
    output.write(context.out, context.format, context.locale);
    return ExitOk;
}
