// The ranking command: the landlords of a wave ranked on one question, as
// the Landlords page shows them (cli.md; figuretables.h).
#include "commands.h"

#include "figureengine.h"
#include "figuretables.h"
#include "filteroptions.h"
#include "store.h"
#include "waveselection.h"

#include <cmath>

namespace {

QVariant number(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

} // namespace

QList<QCommandLineOption> rankingOptions()
{
    return QList<QCommandLineOption>{
               latestYearOption(), scopeOption(),
               QCommandLineOption(QStringLiteral("code"), Cli::tr("The question (default: overall satisfaction)."),
                                  QStringLiteral("Q"))}
        + groupFilterOptions(/*withLandlord=*/false);
}

int runRanking(CommandContext &context)
{
    FigureEngine engine(context.store);
    WaveInfo wave;
    const WaveSummary *summary = nullptr;
    if (const int rc = selectLatestWave(context, engine, &wave, &summary))
        return rc;
    QString code = context.parser.value(QStringLiteral("code"));
    if (code.isEmpty() && engine.codebook().globalQuestion())
        code = engine.codebook().globalQuestion()->code;
    const Question *question = engine.codebook().find(code);
    if (!question || question->type != QuestionType::Satisfaction4 || summary->questionIndex(code) < 0)
        return context.fail(ExitUsage, Cli::tr("--code %1: expected a satisfaction question of the wave").arg(code));
    GroupFilter filter;
    if (const int rc = parseGroupFilter(context, engine, wave, &filter, /*withLandlord=*/false))
        return rc;
    const Ranking ranking = rankingTable(engine, wave.id, filter, code);

    Output output({{QStringLiteral("year"), Output::Kind::Year},
                   {QStringLiteral("scope"), Output::Kind::Text},
                   {QStringLiteral("code"), Output::Kind::Text},
                   {QStringLiteral("label"), Output::Kind::Text},
                   {QStringLiteral("landlord"), Output::Kind::Text},
                   {QStringLiteral("rank"), Output::Kind::Integer},
                   {QStringLiteral("score"), Output::Kind::Score},
                   {QStringLiteral("se"), Output::Kind::Decimal},
                   {QStringLiteral("ci_low"), Output::Kind::Score},
                   {QStringLiteral("ci_high"), Output::Kind::Score},
                   {QStringLiteral("n"), Output::Kind::Integer},
                   {QStringLiteral("n_eff"), Output::Kind::Score},
                   {QStringLiteral("band"), Output::Kind::Text},
                   {QStringLiteral("rest_score"), Output::Kind::Score},
                   {QStringLiteral("diff_significant"), Output::Kind::Boolean},
                   {QStringLiteral("regional_score"), Output::Kind::Score},
                   {QStringLiteral("peer_q1"), Output::Kind::Score},
                   {QStringLiteral("peer_median"), Output::Kind::Score},
                   {QStringLiteral("peer_q3"), Output::Kind::Score}});
    const auto shown = [](const ScoreFigure &f, double value) { return f.sufficient() ? number(value) : QVariant(); };
    for (const LandlordRank &l : ranking.landlords) {
        const ScoreFigure &f = l.figure;
        output.addRow({wave.year, wave.scope, code, question->label(context.language), l.code,
                       l.rank > 0 ? QVariant(l.rank) : QVariant(), shown(f, f.score), shown(f, f.se),
                       shown(f, f.ciLow), shown(f, f.ciHigh), f.n, number(f.nEff), bandName(f.band),
                       shown(l.rest, l.rest.score), l.differsFromRest ? QVariant(*l.differsFromRest) : QVariant(),
                       shown(ranking.regional, ranking.regional.score), number(ranking.peerQ1),
                       number(ranking.peerMedian), number(ranking.peerQ3)});
    }
    output.write(context.out, context.format, context.locale);
    return ExitOk;
}
