// report --each-landlord and --peers (cli.md): one report per landlord.
#include "commands.h"

#include "export/landlordbatch.h"
#include "figureengine.h"

#include <QDir>

QList<QCommandLineOption> landlordReportOptions()
{
    return {QCommandLineOption(QStringLiteral("each-landlord"),
                               Cli::tr("One report per landlord of the wave, written into the folder --out DIR.")),
            QCommandLineOption(QStringLiteral("peers"),
                               Cli::tr("How a report shows the other landlords: anonymous (letters, the default "
                                       "of a landlord's report) or named."),
                               QStringLiteral("anonymous|named"))};
}

std::optional<PeerNames> peersOption(CommandContext &context, PeerNames fallback)
{
    const QString key = QStringLiteral("peers");
    if (!context.parser.isSet(key))
        return fallback;
    const QString value = context.parser.value(key);
    if (value == QLatin1String("anonymous"))
        return PeerNames::Anonymous;
    if (value == QLatin1String("named"))
        return PeerNames::Named;
    context.fail(ExitUsage, Cli::tr("--peers: expected anonymous or named, not \"%1\"").arg(value));
    return std::nullopt;
}

int runEachLandlord(CommandContext &context, FigureEngine &engine, qint64 waveId)
{
    const QString dir = context.parser.value(QStringLiteral("out"));
    if (dir.isEmpty())
        return context.fail(ExitUsage, Cli::tr("report --each-landlord needs --out DIR, an existing folder"));
    const QString formatName = context.parser.value(QStringLiteral("format")); // the global option
    LandlordBatch::Format format = LandlordBatch::Format::Pdf;
    if (formatName == QLatin1String("pptx"))
        format = LandlordBatch::Format::Pptx;
    else if (context.parser.isSet(QStringLiteral("format")) && formatName != QLatin1String("pdf"))
        return context.fail(ExitUsage, Cli::tr("--format: expected pdf or pptx for reports, not \"%1\"").arg(formatName));
    const std::optional<PeerNames> peers = peersOption(context, PeerNames::Anonymous);
    if (!peers)
        return ExitUsage;

    LandlordBatch batch(engine, waveId, context.language, *peers);
    QString error;
    // The folder is checked before any report is drawn.
    if (!batch.checkFolder(dir, format, &error))
        return context.fail(ExitUsage, error);
    QStringList written;
    if (!batch.run(dir, format, {}, &written, &error))
        return context.fail(ExitUsage, error);
    for (const QString &path : written)
        context.out << QDir::toNativeSeparators(path) << '\n';
    return ExitOk;
}
