// Commands that list or remove what the store holds.
#include "commands.h"

#include "demodata.h"
#include "store.h"

#include <QCoreApplication>

namespace {


} // namespace

int runWaves(CommandContext &context)
{
    Output output({{QStringLiteral("year"), Output::Kind::Year},
                   {QStringLiteral("scope"), Output::Kind::Text},
                   {QStringLiteral("respondents"), Output::Kind::Integer},
                   {QStringLiteral("source_file"), Output::Kind::Text},
                   {QStringLiteral("sha256"), Output::Kind::Text},
                   {QStringLiteral("imported_at"), Output::Kind::Text},
                   {QStringLiteral("demo"), Output::Kind::Boolean},
                   {QStringLiteral("notes"), Output::Kind::Text},
                   {QStringLiteral("margins_file"), Output::Kind::Text},
                   {QStringLiteral("margins_sha256"), Output::Kind::Text}});
    const bool table = context.format == Output::Format::Table;
    for (const WaveInfo &w : context.store->waves())
        output.addRow({w.year, w.scope, w.respondentCount, w.sourceFile, table ? w.sha256.left(12) : w.sha256,
                       w.importedAt.toUTC().toString(Qt::ISODate), w.isDemo, w.notes, w.marginsFile,
                       table ? w.marginsSha256.left(12) : w.marginsSha256});
    output.write(context.out, context.format, context.locale);
    return ExitOk;
}

QList<QCommandLineOption> deleteWaveOptions()
{
    return {QCommandLineOption(QStringLiteral("scope"), Cli::tr("The wave's scope, when a year has several."),
                               QStringLiteral("S"))};
}

int runDeleteWave(CommandContext &context)
{
    const QStringList args = context.arguments();
    bool ok = false;
    const int year = args.value(0).toInt(&ok);
    if (args.size() != 1 || !ok)
        return context.fail(ExitUsage, Cli::tr("delete-wave takes one year, e.g. delete-wave 2020"));
    const QString scope = context.parser.value(QStringLiteral("scope"));
    QList<WaveInfo> matches;
    for (const WaveInfo &w : context.store->waves())
        if (w.year == year && (scope.isEmpty() || w.scope == scope))
            matches << w;
    if (matches.isEmpty())
        return context.fail(ExitUsage, Cli::tr("no wave %1%2 in the store")
                                           .arg(year)
                                           .arg(scope.isEmpty() ? QString() : QLatin1String(" ") + scope));
    if (matches.size() > 1) {
        QStringList scopes;
        for (const WaveInfo &w : matches)
            scopes << w.scope;
        return context.fail(ExitUsage, Cli::tr("%1 has several waves (%2): choose one with --scope")
                                           .arg(year).arg(scopes.join(QLatin1String(", "))));
    }
    if (!context.store->deleteWave(matches.front().id))
        return context.fail(ExitStoreError, context.store->error().message);
    context.out << Cli::tr("Deleted the wave %1 %2 (%3 respondents).")
                       .arg(year).arg(matches.front().scope).arg(matches.front().respondentCount)
                << '\n';
    return ExitOk;
}

QList<QCommandLineOption> demoOptions()
{
    return {QCommandLineOption(QStringLiteral("remove"), Cli::tr("Remove the demo data instead of loading it."))};
}

int runDemo(CommandContext &context)
{
    if (context.parser.isSet(QStringLiteral("remove"))) {
        if (!context.store->deleteDemoData())
            return context.fail(ExitStoreError, context.store->error().message);
        context.out << Cli::tr("The demo data was removed; your own imports are kept.") << '\n';
        return ExitOk;
    }
    QString message;
    if (!loadDemoData(*context.store, &message))
        return context.fail(ExitStoreError, message);
    context.out << message << '\n';
    return ExitOk;
}
