// The sample design of a wave (survey-files.md §5): `design`.
#include "commands.h"

#include "columnmapping.h"
#include "store.h"
#include "waveselection.h"

#include <QCoreApplication>

QList<QCommandLineOption> designOptions()
{
    return {QCommandLineOption(QStringLiteral("year"), Cli::tr("The wave's year."), QStringLiteral("Y")),
            scopeOption(),
            QCommandLineOption(QStringLiteral("strata"),
                               Cli::tr("The column holding the strata (bailleur for the landlord), or none."),
                               QStringLiteral("COLUMN"))};
}

int runDesign(CommandContext &context)
{
    const QCommandLineParser &p = context.parser;
    if (!context.arguments().isEmpty())
        return context.fail(ExitUsage, Cli::tr("design takes no file: design --year Y --strata COLUMN|none"));
    bool ok = false;
    const int year = p.value(QStringLiteral("year")).toInt(&ok);
    if (!p.isSet(QStringLiteral("year")) || !ok)
        return context.fail(ExitUsage, Cli::tr("design needs --year, e.g. design --year 2020 --strata bailleur"));
    if (!p.isSet(QStringLiteral("strata")))
        return context.fail(ExitUsage, Cli::tr("design needs --strata COLUMN, or --strata none for no strata"));
    WaveInfo wave;
    if (const int rc = selectExactWave(context, year, &wave))
        return rc;
    const QString requested = p.value(QStringLiteral("strata")).trimmed();
    QString column;
    if (requested.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
        QStringList segments;
        for (const WaveData::SegmentColumn &s : context.store->segmentColumns(wave.id))
            segments << s.name;
        column = ColumnMapping::strataColumn(requested, segments);
        if (column.isEmpty())
            return context.fail(ExitUsage, Cli::tr("--strata %1: expected none, bailleur or a column of the wave (%2)")
                                               .arg(requested, segments.join(QLatin1String(", "))));
    }
    if (!context.store->setWaveStrata(wave.id, column))
        return context.fail(ExitStoreError, context.store->error().message);
    context.out << (column.isEmpty() ? Cli::tr("The wave %1 %2 now has no strata.").arg(year).arg(wave.scope)
                                     : Cli::tr("The wave %1 %2 is now stratified by %3.")
                                           .arg(year).arg(wave.scope, column))
                << '\n';
    return ExitOk;
}
