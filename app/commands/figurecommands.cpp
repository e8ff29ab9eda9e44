// Commands that print figures: scores, trend, drivers (cli.md).
#include "commands.h"

#include "drivers.h"
#include "figure.h"
#include "figureengine.h"
#include "figuretables.h"
#include "smallsegments.h"
#include "store.h"
#include "trend.h"

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

int parseYear(const CommandContext &context, int *year)
{
    *year = 0;
    if (!context.parser.isSet(QStringLiteral("year")))
        return ExitOk;
    bool ok = false;
    *year = context.parser.value(QStringLiteral("year")).toInt(&ok);
    return ok ? ExitOk : context.fail(ExitUsage, Cli::tr("--year: expected a year"));
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
    return {QCommandLineOption(QStringLiteral("year"), Cli::tr("The wave's year (default: the latest)."), QStringLiteral("Y")),
            QCommandLineOption(QStringLiteral("scope"), Cli::tr("The wave's scope, when a year has several."), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("by"), Cli::tr("none, qpv, landlord or a segment column."), QStringLiteral("BY"),
                               QStringLiteral("none")),
            QCommandLineOption(QStringLiteral("landlord"), Cli::tr("Only this landlord's tenants."), QStringLiteral("CODE")),
            QCommandLineOption(QStringLiteral("code"), Cli::tr("Only this question."), QStringLiteral("Q"))};
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

    GroupFilter base;
    base.landlord = context.parser.value(QStringLiteral("landlord"));
    if (!base.landlord.isEmpty() && summary->landlordIndex(base.landlord) < 0)
        return context.fail(ExitUsage, Cli::tr("landlord %1 is not in the wave %2").arg(base.landlord).arg(wave->year));
    const QString by = context.parser.value(QStringLiteral("by"));

    // The groups to print, each with what it is compared with (by question code).
    struct Group
    {
        QString segment;
        std::vector<CrossSums> sums;
        QHash<QString, CrossSums> reference;
        // A raked wave's standard errors know the calibration (section 6).
        std::optional<std::vector<double>> se;
        QHash<QString, double> referenceSe;
    };
    const auto calibrated = [&](qint64 waveId, const GroupFilter &f, bool rest = false) {
        return engine.calibratedScoreSe(waveId, f, rest);
    };
    const auto seByCode = [](const WaveSummary *s, const std::optional<std::vector<double>> &se) {
        QHash<QString, double> map;
        if (s && se)
            for (std::size_t i = 0; i < se->size(); ++i)
                map.insert(s->questions()[i].code, (*se)[i]);
        return map;
    };
    const auto byCode = [](const WaveSummary *s, const std::optional<std::vector<CrossSums>> &sums) {
        QHash<QString, CrossSums> map;
        if (s && sums)
            for (std::size_t i = 0; i < sums->size(); ++i)
                map.insert(s->questions()[i].code, (*sums)[i]);
        return map;
    };
    std::vector<Group> groups;
    const auto sumsOf = [&](const GroupFilter &f) { return engine.groupSums(wave->id, f).value_or(std::vector<CrossSums>()); };
    if (by == QLatin1String("none")) {
        Group g{base.landlord.isEmpty() ? QStringLiteral("ensemble") : base.landlord, sumsOf(base), {}};
        g.se = calibrated(wave->id, base);
        if (!base.landlord.isEmpty()) {
            g.reference = byCode(summary, engine.restSums(wave->id, base));
            g.referenceSe = seByCode(summary, calibrated(wave->id, base, true));
        } else if (const auto previous = engine.previousWave(*wave)) {
            g.reference = byCode(engine.summary(previous->id), engine.groupSums(previous->id, base));
            g.referenceSe = seByCode(engine.summary(previous->id), calibrated(previous->id, base));
        }
        groups.push_back(std::move(g));
    } else if (by == QLatin1String("qpv")) {
        GroupFilter qpv = base, hors = base;
        qpv.qpv = true;
        hors.qpv = false;
        Group q{QStringLiteral("qpv"), sumsOf(qpv), {}}, h{QStringLiteral("hors_qpv"), sumsOf(hors), {}};
        q.se = calibrated(wave->id, qpv);
        h.se = calibrated(wave->id, hors);
        q.reference = byCode(summary, h.sums);
        h.reference = byCode(summary, q.sums);
        q.referenceSe = seByCode(summary, h.se);
        h.referenceSe = seByCode(summary, q.se);
        groups.push_back(std::move(q));
        groups.push_back(std::move(h));
    } else if (by == QLatin1String("landlord")) {
        for (const QString &landlord : summary->landlordCodes()) {
            if (!base.landlord.isEmpty() && landlord != base.landlord)
                continue;
            GroupFilter f = base;
            f.landlord = landlord;
            groups.push_back({landlord, sumsOf(f), byCode(summary, engine.restSums(wave->id, f)),
                              calibrated(wave->id, f), seByCode(summary, calibrated(wave->id, f, true))});
        }
    } else {
        const WaveData *data = engine.waveData(wave->id);
        if (!data)
            return context.fail(ExitStoreError, context.store->error().message);
        const auto column = std::find_if(data->segments.begin(), data->segments.end(),
                                         [&](const WaveData::SegmentColumn &s) { return s.name == by; });
        if (column == data->segments.end()) {
            QStringList names;
            for (const WaveData::SegmentColumn &s : data->segments)
                names << s.name;
            return context.fail(ExitUsage, Cli::tr("--by %1: expected none, qpv, landlord or a segment column (%2)")
                                               .arg(by, names.join(QLatin1String(", "))));
        }
        // Values seen by too few respondents come last, as one group.
        QStringList values = segmentGroups(*column).names;
        const bool others = segmentGroups(*column).hasOthers;
        if (others)
            values.removeLast();
        values.sort();
        if (others)
            values << otherSegmentValues();
        for (const QString &value : values) {
            GroupFilter f = base;
            f.segmentColumn = by;
            f.segmentValue = value;
            groups.push_back({value, sumsOf(f), {}, calibrated(wave->id, f), {}});
        }
    }

    Output output(scoreColumns());
    const std::vector<QuestionInfo> &questions = summary->questions();
    for (int i = 0; i < int(questions.size()); ++i) {
        const Question *q = engine.codebook().find(questions[i].code);
        if (!q || q->type != QuestionType::Satisfaction4 || (!code.isEmpty() && q->code != code))
            continue;
        for (const Group &g : groups) {
            if (i >= int(g.sums.size()))
                continue;
            ScoreFigure f = scoreFigure(g.sums[i]);
            if (g.se && i < int(g.se->size()))
                f = withStandardError(f, (*g.se)[std::size_t(i)]);
            std::optional<bool> significant;
            if (const auto ref = g.reference.constFind(q->code); ref != g.reference.cend()) {
                ScoreFigure r = scoreFigure(*ref);
                if (const auto se = g.referenceSe.constFind(q->code); se != g.referenceSe.cend())
                    r = withStandardError(r, *se);
                significant = diffSignificant(f, r);
            }
            output.addRow(scoreRow(*wave, *q, context.language, g.segment, f, significant));
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
    return {QCommandLineOption(QStringLiteral("year"), Cli::tr("The wave's year (default: the latest)."), QStringLiteral("Y")),
            QCommandLineOption(QStringLiteral("scope"), Cli::tr("The wave's scope, when a year has several."), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("landlord"), Cli::tr("Only this landlord's tenants."), QStringLiteral("CODE"))};
}

int runDrivers(CommandContext &context)
{
    FigureEngine engine(context.store);
    int year = 0;
    if (const int rc = parseYear(context, &year))
        return rc;
    const std::optional<WaveInfo> wave = engine.latestWave(year, context.parser.value(QStringLiteral("scope")));
    if (!wave)
        return context.fail(ExitUsage, year > 0 ? Cli::tr("no wave %1 with respondents in the store").arg(year)
                                                : Cli::tr("the store has no wave yet: import one first"));
    const WaveSummary *summary = engine.summary(wave->id);
    if (!summary)
        return context.fail(ExitStoreError, context.store->error().message);
    const QString landlord = context.parser.value(QStringLiteral("landlord"));
    const int landlordIndex = landlord.isEmpty() ? -1 : summary->landlordIndex(landlord);
    if (!landlord.isEmpty() && landlordIndex < 0)
        return context.fail(ExitUsage, Cli::tr("landlord %1 is not in the wave %2").arg(landlord).arg(wave->year));
    if (summary->globalColumn() < 0)
        return context.fail(ExitUsage, Cli::tr("the wave has no overall-satisfaction question: no driver analysis"));
    // The same group sums as the Levers page reads (one figures layer).
    GroupFilter group;
    group.landlord = landlord;
    const auto sums = engine.groupSums(wave->id, group);
    if (!sums)
        return context.fail(ExitStoreError, context.store->error().message);
    DriverAnalysis analysis = analyseDrivers(summary->questions(), summary->globalColumn(), *sums);
    engine.calibrate(analysis, wave->id, group); // a raked wave's errors

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
        output.addRow({wave->year, wave->scope, landlord.isEmpty() ? QStringLiteral("ensemble") : landlord,
                       driver.code, q ? q->label(context.language) : driver.code, q ? q->theme : QString(),
                       number(driver.importance.r), shown ? number(driver.score.score) : QVariant(),
                       driver.score.n, driver.importance.nPairs, bandName(driver.score.band),
                       quadrantName(driver.quadrant),
                       rank == analysis.priorityLevers.end() ? QVariant() : QVariant(int(rank - analysis.priorityLevers.begin()) + 1)});
    }
    output.write(context.out, context.format, context.locale);
    return ExitOk;
}
