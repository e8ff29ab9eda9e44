#pragma once

#include <QStringList>

/// True when the arguments name a command (or --help/--version): the app
/// then runs headless and never creates a window.
bool isHeadlessInvocation(const QStringList &arguments);

/// The survey file given instead of a command (`satisfecit enquete.csv`, as a
/// file manager opens it): an existing file with a respondent-file suffix
/// that is not a command's name. Empty otherwise.
QString surveyFileArgument(const QStringList &arguments);

/// True when the command draws (chart, report) and so needs a GUI
/// application, offscreen when there is no display.
bool commandNeedsGui(const QStringList &arguments);

/// Runs the command line and returns the process exit code (cli.md).
int runCommandLine(const QStringList &arguments);

/// The value of a global option (--db, --lang) given as "--name VALUE" or
/// "--name=VALUE" before any command; empty when absent. The window honours
/// them as the commands do.
QString globalOptionValue(const QStringList &arguments, const QString &name);
