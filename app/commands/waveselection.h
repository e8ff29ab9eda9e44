#pragma once

#include "commandcontext.h"

#include <QCommandLineOption>

class FigureEngine;
class WaveSummary;
struct WaveInfo;

// How the commands pick the wave they work on: --year and --scope.

/// --scope, as every command that picks a wave declares it.
QCommandLineOption scopeOption();

/// --year for the commands that default to the latest wave.
QCommandLineOption latestYearOption();

/// --year's value, 0 when it is not given; an exit code (message printed)
/// when it is not a number.
int parseYear(const CommandContext &context, int *year);

/// The latest wave with respondents of --year (any year when not given) and
/// --scope, with its summary (drivers, ranking, export); an exit code
/// (message printed) when there is none or the store fails.
int selectLatestWave(CommandContext &context, FigureEngine &engine, WaveInfo *wave, const WaveSummary **summary);

/// The one wave of year and --scope (design, delete-wave, weight); an exit
/// code (message printed) when there is none, or several and no --scope.
int selectExactWave(CommandContext &context, int year, WaveInfo *wave);
