#include "filteroptions.h"

#include "figureengine.h"
#include "smallsegments.h"
#include "store.h"

#include <algorithm>

QList<QCommandLineOption> groupFilterOptions(bool withLandlord)
{
    QList<QCommandLineOption> options;
    if (withLandlord)
        options << QCommandLineOption(QStringLiteral("landlord"), Cli::tr("Only this landlord's tenants."),
                                      QStringLiteral("CODE"));
    options << QCommandLineOption(QStringLiteral("qpv"), Cli::tr("Only the tenants in a QPV (yes) or outside (no)."),
                                  QStringLiteral("yes|no"))
            << QCommandLineOption(QStringLiteral("segment"),
                                  Cli::tr("Only the tenants with this value of a segment column."),
                                  QStringLiteral("COLUMN=VALUE"));
    return options;
}

int segmentGroupValues(CommandContext &context, FigureEngine &engine, const WaveInfo &wave, const QString &column,
                       const QString &option, QStringList *values)
{
    const WaveData *data = engine.waveData(wave.id);
    if (!data)
        return context.fail(ExitStoreError, context.store->error().message);
    const auto found = std::find_if(data->segments.begin(), data->segments.end(),
                                    [&](const WaveData::SegmentColumn &s) { return s.name == column; });
    if (found == data->segments.end()) {
        QStringList names;
        for (const WaveData::SegmentColumn &s : data->segments)
            names << s.name;
        if (option == QLatin1String("by"))
            return context.fail(ExitUsage, Cli::tr("--by %1: expected none, qpv, landlord or a segment column (%2)")
                                               .arg(column, names.join(QLatin1String(", "))));
        return context.fail(ExitUsage, Cli::tr("--%1 %2: expected a segment column of the wave (%3)")
                                           .arg(option, column, names.join(QLatin1String(", "))));
    }
    const SegmentGroups groups = segmentGroups(*found);
    *values = groups.names;
    if (groups.hasOthers)
        values->removeLast();
    values->sort();
    if (groups.hasOthers)
        *values << otherSegmentValues();
    return ExitOk;
}

int parseGroupFilter(CommandContext &context, FigureEngine &engine, const WaveInfo &wave, GroupFilter *filter,
                     bool withLandlord)
{
    *filter = GroupFilter();
    if (withLandlord)
        filter->landlord = context.parser.value(QStringLiteral("landlord"));
    const WaveSummary *summary = engine.summary(wave.id);
    if (!summary)
        return context.fail(ExitStoreError, context.store->error().message);
    if (!filter->landlord.isEmpty() && summary->landlordIndex(filter->landlord) < 0)
        return context.fail(ExitUsage, Cli::tr("landlord %1 is not in the wave %2").arg(filter->landlord).arg(wave.year));
    if (context.parser.isSet(QStringLiteral("qpv"))) {
        const QString qpv = context.parser.value(QStringLiteral("qpv"));
        if (qpv != QLatin1String("yes") && qpv != QLatin1String("no"))
            return context.fail(ExitUsage, Cli::tr("--qpv %1: expected yes or no").arg(qpv));
        filter->qpv = qpv == QLatin1String("yes");
    }
    if (context.parser.isSet(QStringLiteral("segment"))) {
        const QString segment = context.parser.value(QStringLiteral("segment"));
        filter->segmentColumn = segment.section(QLatin1Char('='), 0, 0);
        filter->segmentValue = segment.section(QLatin1Char('='), 1);
        if (!segment.contains(QLatin1Char('=')) || filter->segmentColumn.isEmpty())
            return context.fail(ExitUsage, Cli::tr("--segment %1: expected COLUMN=VALUE").arg(segment));
        QStringList values;
        if (const int rc = segmentGroupValues(context, engine, wave, filter->segmentColumn, QStringLiteral("segment"),
                                              &values))
            return rc;
        if (!values.contains(filter->segmentValue))
            return context.fail(ExitUsage, Cli::tr("--segment: %1 has no value %2 (%3)")
                                               .arg(filter->segmentColumn, filter->segmentValue,
                                                    values.join(QLatin1String(", "))));
    }
    return ExitOk;
}

QString filterSegmentName(const GroupFilter &filter)
{
    if (!filter.landlord.isEmpty())
        return filter.landlord;
    if (!filter.segmentValue.isEmpty())
        return filter.segmentValue;
    if (filter.qpv)
        return *filter.qpv ? QStringLiteral("qpv") : QStringLiteral("hors_qpv");
    return QStringLiteral("ensemble");
}
