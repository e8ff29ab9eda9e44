#pragma once

#include "commandcontext.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class FigureEngine;
struct GroupFilter;
struct WaveInfo;

// The filters of the window's filter bar on the command line (scores,
// drivers): --landlord CODE, --qpv yes|no, --segment COLUMN=VALUE.

/// --landlord (unless withLandlord is false), --qpv and --segment.
QList<QCommandLineOption> groupFilterOptions(bool withLandlord = true);

/// The group of those options in wave; an exit code (message printed) when
/// the landlord, the column or the value is not in the wave, or --qpv is
/// neither yes nor no.
int parseGroupFilter(CommandContext &context, FigureEngine &engine, const WaveInfo &wave, GroupFilter *filter,
                     bool withLandlord = true);

/// The values of a segment column as groups, sorted, the values seen by too
/// few tenants last as one group; an exit code (message printed) when the
/// wave has no such column (option: the option named in the message).
int segmentGroupValues(CommandContext &context, FigureEngine &engine, const WaveInfo &wave, const QString &column,
                       const QString &option, QStringList *values);

/// The `segment` field of a command's rows for one filtered group: the
/// landlord, else the segment value, else qpv or hors_qpv, else ensemble.
QString filterSegmentName(const GroupFilter &filter);
