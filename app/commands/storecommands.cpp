// Commands that list or remove what the store holds.
#include "commands.h"

#include "demodata.h"
#include "store.h"
#include "waveselection.h"

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
    return {scopeOption()};
}

int runDeleteWave(CommandContext &context)
{
    const QStringList args = context.arguments();
    bool ok = false;
    const int year = args.value(0).toInt(&ok);
    if (args.size() != 1 || !ok)
        return context.fail(ExitUsage, Cli::tr("delete-wave takes one year, e.g. delete-wave 2020"));
    WaveInfo wave;
    if (const int rc = selectExactWave(context, year, &wave))
        return rc;
    if (!context.store->deleteWave(wave.id))
        return context.fail(ExitStoreError, context.store->error().message);
    context.out << Cli::tr("Deleted the wave %1 %2 (%3 respondents).")
                       .arg(year).arg(wave.scope).arg(wave.respondentCount)
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
