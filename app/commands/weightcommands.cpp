// The weight command: rake a wave to population margins, or go back to the
// file's weights (cli.md, survey-files.md section 6).
#include "commands.h"

#include "figureengine.h"
#include "marginsreader.h"
#include "store.h"
#include "waveselection.h"
#include "weightingreport.h"

#include <QCoreApplication>

namespace {

std::optional<WaveInfo> findWave(CommandContext &context, int *rc)
{
    bool ok = false;
    const int year = context.parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok) {
        *rc = context.fail(ExitUsage, Cli::tr("weight needs --year, e.g. weight --year 2020 --margins margins.csv"));
        return std::nullopt;
    }
    WaveInfo wave;
    *rc = selectExactWave(context, year, &wave);
    if (*rc == ExitOk)
        return wave;
    return std::nullopt;
}

bool parseTrim(const QString &text, RakingOptions *options)
{
    const QStringList bounds = text.split(QLatin1Char(','));
    bool okLow = false, okHigh = false;
    if (bounds.size() != 2)
        return false;
    const double low = bounds[0].trimmed().toDouble(&okLow), high = bounds[1].trimmed().toDouble(&okHigh);
    if (!okLow || !okHigh || !(low >= 0) || !(high > low))
        return false;
    options->trimLower = low;
    options->trimUpper = high;
    return true;
}

void printReport(CommandContext &context, const WeightingReport &report)
{
    Output output({{QStringLiteral("item"), Output::Kind::Text},
                   {QStringLiteral("population"), Output::Kind::Decimal},
                   {QStringLiteral("before"), Output::Kind::Decimal},
                   {QStringLiteral("after"), Output::Kind::Decimal}});
    const auto stat = [&](const char *name, double before, double after) {
        output.addRow({QString::fromLatin1(name), QVariant(), before, after});
    };
    stat("n", double(report.before.n), double(report.after.n));
    stat("min", report.before.min, report.after.min);
    stat("max", report.before.max, report.after.max);
    stat("cv", report.before.cv, report.after.cv);
    stat("design_effect", report.before.designEffect, report.after.designEffect);
    stat("effective_size", report.before.effectiveSize, report.after.effectiveSize);
    output.addRow({QStringLiteral("passes"), QVariant(), QVariant(), report.passes});
    for (const MarginComparison &m : report.margins)
        output.addRow({m.variable + QLatin1String(" = ") + m.value, m.population, m.before, m.after});
    output.write(context.out, context.format, context.locale);
}

} // namespace

QList<QCommandLineOption> weightOptions()
{
    return {QCommandLineOption(QStringLiteral("year"), Cli::tr("The wave's year."), QStringLiteral("Y")),
            scopeOption(),
            QCommandLineOption(QStringLiteral("margins"), Cli::tr("The population margins file (CSV: variable, value, count)."),
                               QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("trim"), Cli::tr("Bounds of the raked weights, e.g. 0.3,3."), QStringLiteral("MIN,MAX")),
            QCommandLineOption(QStringLiteral("reset"), Cli::tr("Go back to the file's weights."))};
}

int runWeight(CommandContext &context)
{
    const bool reset = context.parser.isSet(QStringLiteral("reset"));
    const QString marginsPath = context.parser.value(QStringLiteral("margins"));
    if (reset == !marginsPath.isEmpty())
        return context.fail(ExitUsage, Cli::tr("weight takes --margins FILE or --reset"));
    RakingOptions options;
    if (context.parser.isSet(QStringLiteral("trim")) && !parseTrim(context.parser.value(QStringLiteral("trim")), &options))
        return context.fail(ExitUsage, Cli::tr("--trim: expected MIN,MAX with 0 <= MIN < MAX, e.g. 0.3,3"));
    int rc = ExitOk;
    const std::optional<WaveInfo> wave = findWave(context, &rc);
    if (!wave)
        return rc;
    FigureEngine engine(context.store);
    std::optional<WaveData> data = context.store->loadWave(wave->id, true);
    if (!data)
        return context.fail(ExitStoreError, context.store->error().message);
    const int global = globalColumn(*data, engine.codebook());

    if (reset) {
        if (wave->marginsFile.isEmpty()) {
            context.out << Cli::tr("The wave %1 %2 already has its file's weights.").arg(wave->year).arg(wave->scope) << '\n';
            return ExitOk;
        }
        const WaveSummary summary = WaveSummary::build(*data, global, &engine.codebook());
        if (!context.store->clearWeighting(wave->id, summary.serialize()))
            return context.fail(ExitStoreError, context.store->error().message);
        context.out << Cli::tr("The wave %1 %2 is back to its file's weights.").arg(wave->year).arg(wave->scope) << '\n';
        return ExitOk;
    }

    ReadError readError;
    const std::optional<Margins> margins = readMarginsFile(marginsPath, &readError);
    if (!margins)
        return context.fail(ExitInvalidInput, readError.toString());
    QString error;
    const std::optional<WaveWeighting> weighting = computeWeighting(*data, *margins, options, &error);
    if (!weighting)
        return context.fail(ExitInvalidInput, marginsPath + QLatin1String(": ") + error);
    const std::optional<CalibrationCategories> categories = matchMargins(*data, *margins, nullptr);
    const WeightingReport report = weightingReport(data->weights, weighting->weights, *margins, *categories,
                                                   weighting->passes);
    data->weights = weighting->weights;
    const WaveSummary summary = WaveSummary::build(*data, global, &engine.codebook());
    if (!context.store->saveWeighting(wave->id, *weighting, summary.serialize()))
        return context.fail(ExitStoreError, context.store->error().message);
    printReport(context, report);
    return ExitOk;
}
