#include "waveselection.h"

#include "figureengine.h"
#include "store.h"

QCommandLineOption scopeOption()
{
    return QCommandLineOption(QStringLiteral("scope"), Cli::tr("The wave's scope, when a year has several."),
                              QStringLiteral("S"));
}

QCommandLineOption latestYearOption()
{
    return QCommandLineOption(QStringLiteral("year"), Cli::tr("The wave's year (default: the latest)."),
                              QStringLiteral("Y"));
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

int selectLatestWave(CommandContext &context, FigureEngine &engine, WaveInfo *wave, const WaveSummary **summary)
{
    int year = 0;
    if (const int rc = parseYear(context, &year))
        return rc;
    const std::optional<WaveInfo> latest = engine.latestWave(year, context.parser.value(QStringLiteral("scope")));
    if (!latest) {
        // A store that could not be read is not a store without waves.
        if (!context.store->error().message.isEmpty())
            return context.fail(ExitStoreError, context.store->error().message);
        return context.fail(ExitUsage, year > 0 ? Cli::tr("no wave %1 with respondents in the store").arg(year)
                                                : Cli::tr("the store has no wave yet: import one first"));
    }
    *wave = *latest;
    *summary = engine.summary(wave->id);
    if (!*summary)
        return context.fail(ExitStoreError, context.store->error().message);
    return ExitOk;
}

int selectExactWave(CommandContext &context, int year, WaveInfo *wave)
{
    const QString scope = context.parser.value(QStringLiteral("scope"));
    QList<WaveInfo> matches;
    for (const WaveInfo &w : context.store->waves())
        if (w.year == year && (scope.isEmpty() || w.scope == scope))
            matches << w;
    if (matches.size() == 1) {
        *wave = matches.front();
        return ExitOk;
    }
    if (matches.isEmpty() && !context.store->error().message.isEmpty())
        return context.fail(ExitStoreError, context.store->error().message);
    if (matches.isEmpty())
        return context.fail(ExitUsage, Cli::tr("no wave %1%2 in the store")
                                           .arg(year)
                                           .arg(scope.isEmpty() ? QString() : QLatin1String(" ") + scope));
    QStringList scopes;
    for (const WaveInfo &w : matches)
        scopes << w.scope;
    return context.fail(ExitUsage, Cli::tr("%1 has several waves (%2): choose one with --scope")
                                       .arg(year)
                                       .arg(scopes.join(QLatin1String(", "))));
}
