#pragma once

#include "commandcontext.h"

// One function per command of cli.md; options() lists a command's own options.
int runWaves(CommandContext &context);
int runDeleteWave(CommandContext &context);
QList<QCommandLineOption> deleteWaveOptions();
