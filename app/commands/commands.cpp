#include "commands.h"

namespace {

QList<QCommandLineOption> noOptions()
{
    return {};
}

} // namespace

const QList<Command> &allCommands()
{
    static const QList<Command> commands = {
        {"import", QT_TRANSLATE_NOOP("Cli", "import a respondent file (CSV/TSV/TXT, XLSX, SAV/ZSAV) as one wave"),
         "FILE [--codebook CSV] [--year Y] [--scope S] [--replace] [--strata COLUMN] [--encoding E] [--delimiter D] [--sheet N]",
         importOptions, runImport, true, true},
        {"import-codebook", QT_TRANSLATE_NOOP("Cli", "add or update questions from a codebook CSV"), "FILE",
         noOptions, runImportCodebook, true, true},
        {"import-published", QT_TRANSLATE_NOOP("Cli", "import published aggregate figures"), "FILE", noOptions,
         runImportPublished, true, true},
        {"preview", QT_TRANSLATE_NOOP("Cli", "show how a file is read; writes nothing"),
         "FILE [--rows N] [--encoding E] [--delimiter D] [--sheet N]", previewOptions, runPreview, false},
        {"scores", QT_TRANSLATE_NOOP("Cli", "figures per question (score, % satisfied, interval, n, band)"),
         "[--year Y] [--by none|qpv|landlord|COLUMN] [--landlord CODE] [--qpv yes|no] [--segment COLUMN=VALUE] [--code Q]", scoresOptions, runScores},
        {"trend", QT_TRANSLATE_NOOP("Cli", "one question across all waves, published and computed"),
         "--code Q [--option CODE] [--by none|qpv] [--scope S]", trendOptions, runTrend},
        {"shares", QT_TRANSLATE_NOOP("Cli", "shares of each option of yes/no and single-choice questions"),
         "[--year Y] [--by none|qpv|landlord|COLUMN] [--landlord CODE] [--qpv yes|no] [--segment COLUMN=VALUE] [--code Q]",
         sharesOptions, runShares},
        {"drivers", QT_TRANSLATE_NOOP("Cli", "importance and score per question: the improvement levers"),
         "[--year Y] [--landlord CODE] [--qpv yes|no] [--segment COLUMN=VALUE]", driversOptions, runDrivers},
        {"ranking", QT_TRANSLATE_NOOP("Cli", "the landlords ranked on one question, each against the rest of the wave"),
         "[--year Y] [--code Q] [--qpv yes|no] [--segment COLUMN=VALUE]", rankingOptions, runRanking},
        {"chart", QT_TRANSLATE_NOOP("Cli", "render one chart to PNG, PDF or SVG (format from the extension)"),
         "KIND --out FILE [--year Y] [--landlord CODE] [--qpv yes|no] [--segment COLUMN=VALUE] [--code Q] [--width PX] "
         "[--height PX] [--dpi N]",
         chartOptions, runChart},
        {"report", QT_TRANSLATE_NOOP("Cli", "write the board pack: a multi-page A4 landscape PDF"),
         "--out FILE.pdf [--year Y] [--landlord CODE] [--qpv yes|no] [--segment COLUMN=VALUE] "
         "[--peers anonymous|named] | --each-landlord --out DIR "
         "[--format pdf|pptx]",
         reportOptions, runReport},
        {"waves", QT_TRANSLATE_NOOP("Cli", "list the waves in the store"), "", noOptions, runWaves},
        {"demo", QT_TRANSLATE_NOOP("Cli", "load the bundled demo data into the store (--remove takes it out)"),
         "[--remove]", demoOptions, runDemo, true, true},
        {"weight", QT_TRANSLATE_NOOP("Cli", "rake a wave to population margins, or go back to the file's weights"),
         "--year Y [--scope S] --margins FILE [--trim MIN,MAX] | --year Y --reset", weightOptions, runWeight},
        {"delete-wave", QT_TRANSLATE_NOOP("Cli", "remove one wave and everything derived from it"),
         "YEAR [--scope S]", deleteWaveOptions, runDeleteWave},
        {"design", QT_TRANSLATE_NOOP("Cli", "change the sample design of a wave (its strata)"),
         "--year Y [--scope S] --strata COLUMN|none", designOptions, runDesign},
        {"server-init",
         QT_TRANSLATE_NOOP("Cli", "create or upgrade the store's tables on a PostgreSQL server (--db postgresql://…)"),
         "", noOptions, runServerInit, true, true, true},
    };
    return commands;
}
