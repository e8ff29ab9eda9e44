#pragma once

#include "output.h"
#include "textkey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

class Store;

/// The translation context of the command line's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// message with every control character of its lines escaped: a message
/// may quote a file or a store, and the terminal must not act on what it quotes.
inline QString terminalSafe(const QString &message)
{
    QStringList lines = message.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = escapeControlCharacters(line);
    return lines.join(QLatin1Char('\n'));
}

/// Exit codes of cli.md.
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitInvalidInput = 2, ExitStoreError = 3 };

/// What every command gets: its parsed options, the open store (null for
/// commands that need none), where to print, and the user's language.
struct CommandContext
{
    const QCommandLineParser &parser;
    Store *store = nullptr;
    QTextStream &out;
    QTextStream &err;
    QLocale locale;
    QString language;          ///< "fr" or "en"
    Output::Format format = Output::Format::Table;

    /// The positional arguments after the command name.
    QStringList arguments() const { return parser.positionalArguments().mid(1); }
    /// Prints "satisfecit: message" on stderr and returns code.
    int fail(int code, const QString &message) const
    {
        err << "satisfecit: " << terminalSafe(message) << '\n';
        err.flush();
        return code;
    }
};

/// One command of cli.md.
struct Command
{
    const char *name;
    const char *summary;          ///< for --help; translated in context "Cli"
    const char *usage;            ///< arguments after the command name
    QList<QCommandLineOption> (*options)();
    int (*run)(CommandContext &);
    bool needsStore = true;
    bool createsStore = false; ///< a missing store is created (else exit 3, nothing created)
    /// Creates or upgrades a server store's tables (server-init); only for
    /// a server (--db postgresql://…).
    bool initialisesServer = false;
};

const QList<Command> &allCommands();
