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
        {"waves", QT_TRANSLATE_NOOP("Cli", "list the waves in the store"), "", noOptions, runWaves},
        {"delete-wave", QT_TRANSLATE_NOOP("Cli", "remove one wave and everything derived from it"),
         "YEAR [--scope S]", deleteWaveOptions, runDeleteWave},
    };
    return commands;
}
