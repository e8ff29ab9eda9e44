#pragma once

#include <QStringList>

/// True when the arguments name a command (or --help/--version): the app
/// then runs headless and never creates a window.
bool isHeadlessInvocation(const QStringList &arguments);

/// True when the command draws (chart, report) and so needs a GUI
/// application, offscreen when there is no display.
bool commandNeedsGui(const QStringList &arguments);

/// Runs the command line and returns the process exit code (cli.md).
int runCommandLine(const QStringList &arguments);
