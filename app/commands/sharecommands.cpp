// Commands that print shares of answers: shares, trend --option (cli.md).
#include "commands.h"

#include "figureengine.h"
#include "filteroptions.h"
#include "sharefigures.h"
#include "store.h"
#include "trend.h"
#include "waveselection.h"
#include "wavesummary.h"

#include <QSet>

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

QList<Output::Column> shareColumns()
{
    using K = Output::Kind;
    return {{QStringLiteral("year"), K::Year},        {QStringLiteral("scope"), K::Text},
            {QStringLiteral("code"), K::Text},        {QStringLiteral("label"), K::Text},
            {QStringLiteral("theme"), K::Text},       {QStringLiteral("option"), K::Text},
            {QStringLiteral("option_label"), K::Text}, {QStringLiteral("segment"), K::Text},
            {QStringLiteral("pct"), K::Share},        {QStringLiteral("se"), K::Decimal},
            {QStringLiteral("ci_low"), K::Share},     {QStringLiteral("ci_high"), K::Share},
            {QStringLiteral("n"), K::Integer},        {QStringLiteral("n_option"), K::Integer},
            {QStringLiteral("n_eff"), K::Score},      {QStringLiteral("diff_significant"), K::Boolean},
            {QStringLiteral("source"), K::Text}};
}

// A published share as a row: no se, no interval, its source.
QVariantList publishedRow(const PublishedFigure &p, const Question &q, const QString &language)
{
    const int option = shareOptionIndex(q, p.option);
    return {p.year, p.scope, p.code, q.label(language), q.theme, p.option,
            option > 0 ? shareOptionLabel(q, option, language) : QVariant(), p.segment,
            p.pctSatisfied ? QVariant(*p.pctSatisfied) : QVariant(), QVariant(), QVariant(), QVariant(),
            p.n ? QVariant(*p.n) : QVariant(), QVariant(), QVariant(), QVariant(), p.source};
}

bool isPublishedShare(const PublishedFigure &p, const Question *q)
{
    return q && !p.option.isEmpty() && p.pctSatisfied && !p.score;
}

} // namespace

QList<QCommandLineOption> sharesOptions()
{
    return QList<QCommandLineOption>{
               latestYearOption(), scopeOption(),
               QCommandLineOption(QStringLiteral("by"), Cli::tr("none, qpv, landlord or a segment column."), QStringLiteral("BY"),
                                  QStringLiteral("none")),
               QCommandLineOption(QStringLiteral("code"), Cli::tr("Only this question (a satisfaction question gives its "
                                                                  "four answers)."), QStringLiteral("Q"))}
        + groupFilterOptions();
}

int runShares(CommandContext &context)
{
    FigureEngine engine(context.store);
    int year = 0;
    if (const int rc = parseYear(context, &year))
        return rc;
    ShareQuery query;
    query.code = context.parser.value(QStringLiteral("code"));
    query.by = context.parser.value(QStringLiteral("by"));
    query.landlord = context.parser.value(QStringLiteral("landlord"));
    if (!query.code.isEmpty() && !engine.codebook().find(query.code))
        return context.fail(ExitUsage, Cli::tr("question %1 is not in the codebook").arg(query.code));
    const QString scope = context.parser.value(QStringLiteral("scope"));
    const std::optional<WaveInfo> wave = engine.latestWave(year, scope);

    // The filter bar's --qpv and --segment, as for scores: the shares the
    // window's pages show under the same filters (no published figure then).
    const bool filtered = context.parser.isSet(QStringLiteral("qpv")) || context.parser.isSet(QStringLiteral("segment"));
    if (query.by == QLatin1String("qpv") && context.parser.isSet(QStringLiteral("qpv")))
        return context.fail(ExitUsage, Cli::tr("--qpv cannot be used with --by qpv"));
    const bool bySegment = query.by != QLatin1String("none") && query.by != QLatin1String("qpv")
        && query.by != QLatin1String("landlord");
    if (bySegment && context.parser.isSet(QStringLiteral("segment")))
        return context.fail(ExitUsage, Cli::tr("--segment cannot be used with --by a segment column"));
    GroupFilter filter;
    if (wave && filtered) {
        if (const int rc = parseGroupFilter(context, engine, *wave, &filter))
            return rc;
        query.qpv = filter.qpv;
        query.segmentColumn = filter.segmentColumn;
        query.segmentValue = filter.segmentValue;
    }

    Output output(shareColumns());
    QSet<QString> segments;
    if (wave) {
        QString error;
        const auto figures = waveShares(engine, *wave, query, &error);
        if (!figures)
            return context.fail(ExitUsage, error);
        for (const ShareGroupFigure &g : *figures) {
            const Question *q = engine.codebook().find(g.code);
            const QString segment = filtered && query.by == QLatin1String("none") ? filterSegmentName(filter) : g.segment;
            segments.insert(segment);
            const bool shown = g.figure.sufficient();
            for (const OptionShare &o : g.figure.options) {
                output.addRow({wave->year, wave->scope, q->code, q->label(context.language), q->theme,
                               shareOptionCode(*q, o.option), shareOptionLabel(*q, o.option, context.language),
                               segment, shown ? number(o.percent) : QVariant(), shown ? number(o.se) : QVariant(),
                               shown ? number(o.ciLow) : QVariant(), shown ? number(o.ciHigh) : QVariant(),
                               g.figure.n, shown ? QVariant(o.n) : QVariant(), number(g.figure.nEff),
                               optionalBool(g.significant(o.option)), QVariant()});
            }
        }
    } else if (year <= 0) {
        return context.fail(ExitUsage, Cli::tr("the store has no wave yet: import one first"));
    }
    // Published shares of that year (and scope), for the groups printed.
    const int publishedYear = wave ? wave->year : year;
    for (const PublishedFigure &p : engine.publishedFigures()) {
        const Question *q = engine.codebook().find(p.code);
        if (p.year != publishedYear || !isPublishedShare(p, q) || (wave && p.scope != wave->scope)
            || (!scope.isEmpty() && p.scope != scope) || (!query.code.isEmpty() && p.code != query.code)
            || (wave && !segments.contains(p.segment)) || filtered)
            continue;
        output.addRow(publishedRow(p, *q, context.language));
    }
    if (!wave && output.rowCount() == 0)
        return context.fail(ExitUsage, Cli::tr("no wave and no published figure for %1").arg(year));
    output.write(context.out, context.format, context.locale);
    return ExitOk;
}

// trend --code Q --option CODE: one option's share across the waves.
int runShareTrend(CommandContext &context)
{
    FigureEngine engine(context.store);
    const QString code = context.parser.value(QStringLiteral("code"));
    const Question *question = engine.codebook().find(code);
    if (code.isEmpty())
        return context.fail(ExitUsage, Cli::tr("trend needs --code, e.g. --code Q01"));
    if (!question)
        return context.fail(ExitUsage, Cli::tr("question %1 is not in the codebook").arg(code));
    const QString optionCode = context.parser.value(QStringLiteral("option"));
    const int option = shareOptionIndex(*question, optionCode);
    if (option == 0)
        return context.fail(ExitUsage, Cli::tr("--option %1 is not an option of question %2").arg(optionCode, code));
    const QString by = context.parser.value(QStringLiteral("by"));
    QList<QPair<QString, std::optional<bool>>> segments;
    if (by == QLatin1String("none"))
        segments << qMakePair(QStringLiteral("ensemble"), std::optional<bool>());
    else if (by == QLatin1String("qpv"))
        segments << qMakePair(QStringLiteral("qpv"), std::optional<bool>(true))
                 << qMakePair(QStringLiteral("hors_qpv"), std::optional<bool>(false));
    else
        return context.fail(ExitUsage, Cli::tr("--by %1: expected none or qpv").arg(by));

    using K = Output::Kind;
    Output output({{QStringLiteral("year"), K::Year},           {QStringLiteral("scope"), K::Text},
                   {QStringLiteral("code"), K::Text},           {QStringLiteral("label"), K::Text},
                   {QStringLiteral("option"), K::Text},         {QStringLiteral("option_label"), K::Text},
                   {QStringLiteral("segment"), K::Text},        {QStringLiteral("pct"), K::Share},
                   {QStringLiteral("se"), K::Decimal},          {QStringLiteral("ci_low"), K::Share},
                   {QStringLiteral("ci_high"), K::Share},       {QStringLiteral("n"), K::Integer},
                   {QStringLiteral("published"), K::Boolean},   {QStringLiteral("scope_break"), K::Boolean},
                   {QStringLiteral("diff_significant"), K::Boolean}, {QStringLiteral("source"), K::Text}});
    for (const auto &[segment, qpv] : segments) {
        std::vector<TrendPoint> computed;
        GroupFilter filter;
        filter.qpv = qpv;
        for (const WaveInfo &w : engine.waves()) {
            const WaveSummary *s = engine.summary(w.id);
            const int i = s ? s->questionIndex(code) : -1;
            const auto sums = i >= 0 ? engine.groupSums(w.id, filter) : std::nullopt;
            if (!sums || i >= int(sums->size())) {
                if (i >= 0) // the group is absent from that wave
                    computed.push_back(absentTrendPoint(w.year, w.scope));
                continue;
            }
            ShareFigure f = shareFigure((*sums)[std::size_t(i)]);
            if (const auto se = engine.calibratedShareSe(w.id, filter, i)) // a raked wave's
                f = withStandardErrors(std::move(f), *se);
            // A small group stays in the trend (not shown): the next wave is
            // never tested against an older one.
            if (option > int(f.options.size()))
                continue;
            const OptionShare &o = f.options[std::size_t(option - 1)];
            TrendPoint p;
            p.year = w.year;
            p.scope = w.scope;
            p.score = o.percent;
            if (std::isfinite(o.se)) {
                p.se = o.se;
                p.ciLow = o.ciLow;
                p.ciHigh = o.ciHigh;
            }
            p.n = f.n;
            computed.push_back(p);
        }
        std::vector<PublishedPoint> published;
        for (const PublishedFigure &p : engine.publishedFigures())
            if (p.code == code && p.segment == segment && p.option == optionCode && p.pctSatisfied && !p.score)
                published.push_back({p.year, p.scope, *p.pctSatisfied, std::nullopt, p.n, p.source});
        const QString scope = context.parser.value(QStringLiteral("scope")); // trend --scope
        for (const TrendPoint &t : buildTrend(std::move(computed), published)) {
            if (!scope.isEmpty() && t.scope != scope)
                continue;
            const auto opt = [&](const std::optional<double> &v) { return v && t.sufficient() ? QVariant(*v) : QVariant(); };
            output.addRow({t.year, t.scope, code, question->label(context.language), optionCode,
                           shareOptionLabel(*question, option, context.language), segment,
                           t.sufficient() ? QVariant(t.score) : QVariant(), opt(t.se), opt(t.ciLow), opt(t.ciHigh),
                           t.n > 0 ? QVariant(t.n) : QVariant(), t.published, scope.isEmpty() && t.scopeBreakBefore,
                           optionalBool(t.diffSignificant), t.source});
        }
    }
    output.write(context.out, context.format, context.locale);
    return ExitOk;
}
