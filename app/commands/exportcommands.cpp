// Commands that draw: chart and report (cli.md). main() gives them a
// QApplication, offscreen when there is no display.
#include "commands.h"

#include "export/boardpack.h"
#include "export/chartexport.h"
#include "export/exportstyle.h"
#include "figureengine.h"
#include "figuremodelfactory.h"
#include "figuremodel.h"
#include "figureselection.h"
#include "filteroptions.h"
#include "pptxreport.h"
#include "rankingmodel.h"
#include "sharemodel.h"
#include "store.h"
#include "trendmodel.h"
#include "waveselection.h"

#include <QFileInfo>

namespace {

QCommandLineOption option(const char *name, const QString &description, const char *value)
{
    return QCommandLineOption(QLatin1String(name), description, QLatin1String(value));
}

QList<QCommandLineOption> waveOptions()
{
    return QList<QCommandLineOption>{latestYearOption(), scopeOption(),
                                     option("landlord", Cli::tr("Only this landlord's tenants (compared with the region)."),
                                            "CODE"),
                                     option("out", Cli::tr("The file to write."), "FILE")}
        + groupFilterOptions(/*withLandlord=*/false);
}

// The selection of --year, --scope and --landlord; an exit code on failure.
int selectWave(CommandContext &context, FigureEngine &engine, FigureSelection &selection)
{
    WaveInfo wave;
    const WaveSummary *summary = nullptr;
    if (const int rc = selectLatestWave(context, engine, &wave, &summary))
        return rc;
    const QString landlord = context.parser.value(QStringLiteral("landlord"));
    if (!landlord.isEmpty() && summary->landlordIndex(landlord) < 0)
        return context.fail(ExitUsage, Cli::tr("landlord %1 is not in the wave %2").arg(landlord).arg(wave.year));
    // The filter bar's --qpv and --segment: every figure of the file follows them.
    GroupFilter filter;
    if (const int rc = parseGroupFilter(context, engine, wave, &filter))
        return rc;
    const FigureSelection::QpvFilter qpv = !filter.qpv ? FigureSelection::QpvFilter::All
                                           : *filter.qpv ? FigureSelection::QpvFilter::Qpv
                                                         : FigureSelection::QpvFilter::HorsQpv;
    selection.setLanguage(context.language);
    selection.set(wave.id, landlord, qpv, filter.segmentColumn, filter.segmentValue);
    return ExitOk;
}

int positiveOption(const CommandContext &context, const char *name, int fallback, bool *ok)
{
    const QString key = QLatin1String(name);
    *ok = true;
    if (!context.parser.isSet(key))
        return fallback;
    const int value = context.parser.value(key).toInt(ok);
    *ok = *ok && value > 0;
    return value;
}

QString kindNames()
{
    QStringList names;
    for (const ChartKind kind : {ChartKind::Scores, ChartKind::Qpv, ChartKind::Trend, ChartKind::Ranking,
                                 ChartKind::Drivers, ChartKind::Distribution, ChartKind::Shares})
        names << chartKindName(kind);
    return names.join(QLatin1String(", "));
}

} // namespace

QList<QCommandLineOption> chartOptions()
{
    QList<QCommandLineOption> options = waveOptions();
    options << option("code", Cli::tr("The question of a trend or ranking (default: overall satisfaction)."), "Q")
            << option("width", Cli::tr("Width in logical pixels (default 1600)."), "PX")
            << option("height", Cli::tr("Height in logical pixels (default 900)."), "PX")
            << option("dpi", Cli::tr("PNG resolution: 192 (the default) gives 2 pixels per logical pixel."), "N");
    return options;
}

int runChart(CommandContext &context)
{
    const QStringList arguments = context.arguments();
    if (arguments.size() != 1)
        return context.fail(ExitUsage, Cli::tr("chart needs one kind: %1").arg(kindNames()));
    const std::optional<ChartKind> kind = chartKindFromName(arguments[0]);
    if (!kind)
        return context.fail(ExitUsage, Cli::tr("unknown chart \"%1\": expected %2").arg(arguments[0], kindNames()));
    const QString out = context.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.fail(ExitUsage, Cli::tr("chart needs --out FILE.png, .pdf, .svg or .pptx"));
    if (!chartFileFormat(out))
        return context.fail(ExitUsage, Cli::tr("--out %1: expected a .png, .pdf, .svg or .pptx file").arg(out));
    ChartExportOptions options;
    bool okWidth = true, okHeight = true, okDpi = true;
    options.logicalSize.setWidth(positiveOption(context, "width", options.logicalSize.width(), &okWidth));
    options.logicalSize.setHeight(positiveOption(context, "height", options.logicalSize.height(), &okHeight));
    options.dpi = positiveOption(context, "dpi", options.dpi, &okDpi);
    if (!okWidth || !okHeight || !okDpi)
        return context.fail(ExitUsage, Cli::tr("--width, --height and --dpi take a positive whole number"));

    FigureEngine engine(context.store);
    FigureSelection selection;
    if (const int rc = selectWave(context, engine, selection))
        return rc;
    std::unique_ptr<FigureModel> model = createFigureModel(*kind, &engine, &selection);
    // --code picks the question of the charts that show one; the others show them all.
    const QString code = context.parser.value(QStringLiteral("code"));
    if (!code.isEmpty()) {
        if (!engine.codebook().find(code))
            return context.fail(ExitUsage, Cli::tr("question %1 is not in the codebook").arg(code));
        if (auto *trend = qobject_cast<TrendModel *>(model.get()))
            trend->setQuestionCodes({code});
        else if (auto *ranking = qobject_cast<RankingModel *>(model.get()))
            ranking->setQuestionCode(code);
        else if (auto *shares = qobject_cast<ShareModel *>(model.get()))
            shares->setQuestionCode(code);
    }
    ChartDocument document(*kind, model.get(), context.locale);
    QString error;
    if (!exportChart(document, out, options, &error))
        return context.fail(ExitStoreError, error);
    return ExitOk;
}

QList<QCommandLineOption> reportOptions()
{
    return waveOptions() + landlordReportOptions()
           << option("title", Cli::tr("The title on the cover (default: the survey's name)."), "T")
           << option("logo", Cli::tr("A logo for the cover: a PNG, JPEG or SVG file."), "FILE");
}

int runReport(CommandContext &context)
{
    if (!context.arguments().isEmpty())
        return context.fail(ExitUsage, Cli::tr("report takes no argument: use --out FILE.pdf or FILE.pptx"));
    if (context.parser.isSet(QStringLiteral("each-landlord"))) {
        if (context.parser.isSet(QStringLiteral("landlord")))
            return context.fail(ExitUsage, Cli::tr("--each-landlord and --landlord do not go together"));
        if (context.parser.isSet(QStringLiteral("qpv")) || context.parser.isSet(QStringLiteral("segment")))
            return context.fail(ExitUsage, Cli::tr("--each-landlord takes no --qpv or --segment"));
        FigureEngine engine(context.store);
        FigureSelection selection;
        if (const int rc = selectWave(context, engine, selection))
            return rc;
        return runEachLandlord(context, engine, selection.waveId());
    }
    if (context.parser.isSet(QStringLiteral("format")))
        return context.fail(ExitUsage, Cli::tr("report: the format comes from --out's extension; --format goes "
                                               "with --each-landlord"));
    const QString out = context.parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("pptx")))
        return context.fail(ExitUsage, Cli::tr("report needs --out FILE.pdf or FILE.pptx"));
    FigureEngine engine(context.store);
    FigureSelection selection;
    if (const int rc = selectWave(context, engine, selection))
        return rc;
    // A landlord's report names no other landlord unless asked to.
    const std::optional<PeerNames> peers =
        peersOption(context, selection.landlord().isEmpty() ? PeerNames::Named : PeerNames::Anonymous);
    if (!peers)
        return ExitUsage;
    BoardPackOptions options;
    options.peers = *peers;
    QString error;
    options.title = context.parser.value(QStringLiteral("title"));
    options.logoPath = context.parser.value(QStringLiteral("logo"));
    if (!options.logoPath.isEmpty() && !QFileInfo(options.logoPath).isReadable())
        return context.fail(ExitUsage, Cli::tr("cannot read the logo %1").arg(options.logoPath));
    PptxReport::DeckOptions deckOptions;
    deckOptions.namedPeers = options.peers == PeerNames::Named;
    const bool written = suffix == QLatin1String("pptx")
                             ? PptxReport::writeBoardPackDeck(engine, selection, out, context.language, &error,
                                                              deckOptions)
                             : writeBoardPack(engine, selection, out, context.language, &error, options);
    if (!written) // a file that cannot be written (#20: not a usage error)
        return context.fail(ExitStoreError, error);
    return ExitOk;
}
