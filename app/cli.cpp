#include "cli.h"

#include "commands/commandcontext.h"
#include "language.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

bool takesValue(const QString &argument)
{
    return argument == QLatin1String("--db") || argument == QLatin1String("--lang")
           || argument == QLatin1String("--format");
}

// The command is the first argument that is neither an option nor the value
// of a global option; command options come after it.
QString commandName(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (takesValue(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a;
        if (a == QLatin1String("--"))
            return arguments.value(i + 1);
    }
    return QString();
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : allCommands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

// --lang anywhere on the command line (before or after the command), read
// before any option is described so that a command's --help is translated.
QString requestedLanguage(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            break;
        if (a == option)
            return arguments.value(i + 1);
        if (a.startsWith(option + QLatin1Char('=')))
            return a.mid(option.size() + 1);
    }
    return QString();
}

QString generalHelp()
{
    QString text = Cli::tr("Usage: satisfecit [--db PATH|URI] [--lang fr|en] COMMAND [options]\n\n"
                      "Without a command, opens the Satisfecit window.\n\n"
                      "Commands:\n");
    for (const Command &c : allCommands())
        text += QLatin1String("  %1%2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(18),
                         QCoreApplication::translate("Cli", c.summary));
    text += Cli::tr("\nGlobal options:\n"
               "  --db PATH|URI      the store: a file (default: $SATISFECIT_DB, else %1),\n"
               "                     or a server, postgresql://USER@HOST:PORT/DATABASE?sslmode=…\n"
               "  --lang fr|en       language of messages and figures\n"
               "  --format F         table, csv or json, for commands that print data\n"
               "  -h, --help         this help; COMMAND --help for a command's options\n"
               "  -v, --version      the version\n\n"
               "Exit codes: 0 done, 1 bad command line, 2 invalid input file, 3 store error.\n")
                .arg(QDir::toNativeSeparators(Store::defaultPath()));
    return text;
}

} // namespace

QString surveyFileArgument(const QStringList &arguments)
{
    static const QStringList suffixes = {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                         QStringLiteral("xlsx"), QStringLiteral("sav"), QStringLiteral("zsav")};
    const QString name = commandName(arguments);
    const QFileInfo file(name);
    if (name.isEmpty() || findCommand(name) || !file.isFile() || !suffixes.contains(file.suffix().toLower()))
        return QString();
    return file.absoluteFilePath();
}

bool isHeadlessInvocation(const QStringList &arguments)
{
    for (const QString &a : arguments.mid(1))
        if (a == QLatin1String("--help") || a == QLatin1String("-h")
            || a == QLatin1String("--version") || a == QLatin1String("-v"))
            return true;
    return !commandName(arguments).isEmpty() && surveyFileArgument(arguments).isEmpty();
}

QString globalOptionValue(const QStringList &arguments, const QString &name)
{
    const QString option = QLatin1String("--") + name;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == option)
            return arguments.value(i + 1);
        if (a.startsWith(option + QLatin1Char('=')))
            return a.mid(option.size() + 1);
        if (takesValue(a))
            ++i;
        else if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("--"))
            break; // the command: what follows is its own
    }
    return QString();
}

bool commandNeedsGui(const QStringList &arguments)
{
    const QString name = commandName(arguments);
    return name == QLatin1String("chart") || name == QLatin1String("report");
}

int runCommandLine(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString name = commandName(arguments);
    const Command *command = findCommand(name);
    // The messages and option descriptions below are written in the chosen
    // language (--lang before or after the command), so its catalogue comes
    // first; a bad --lang is reported later.
    const QString language = chooseLanguage(requestedLanguage(arguments));
    installTranslations(language);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Cli::tr("The store: a file, or a server's postgresql:// URI."),
                                      QStringLiteral("PATH|URI"));
    const QCommandLineOption langOption(QStringLiteral("lang"), Cli::tr("Language: fr or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Cli::tr("Output: table, csv or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           Cli::tr("Show the version."));
    parser.addOptions({dbOption, langOption, formatOption, helpOption, versionOption});
    if (command) {
        parser.addOptions(command->options());
        parser.addPositionalArgument(QLatin1String(command->name),
                                     QCoreApplication::translate("Cli", command->summary),
                                     QLatin1String(command->name) + QLatin1Char(' ')
                                         + QLatin1String(command->usage));
    }
    const auto usageError = [&](const QString &message) {
        err << "satisfecit: " << message << '\n'
            << Cli::tr("Try 'satisfecit --help'.") << '\n';
        return int(ExitUsage);
    };
    if (!name.isEmpty() && !command)
        return usageError(Cli::tr("unknown command \"%1\"").arg(name));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    // chooseLanguage() hands back what it does not know, for us to report.
    if (parser.isSet(langOption) && language != QLatin1String("fr") && language != QLatin1String("en"))
        return usageError(Cli::tr("unknown language \"%1\": expected fr or en").arg(parser.value(langOption)));

    if (parser.isSet(versionOption)) {
        out << "satisfecit " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    if (parser.isSet(helpOption) || !command) {
        if (command) {
            QString help = parser.helpText();
            help.replace(QCoreApplication::applicationFilePath(), QStringLiteral("satisfecit"));
            help.replace(arguments.value(0), QStringLiteral("satisfecit"));
            out << help;
        } else {
            out << generalHelp();
        }
        return command || parser.isSet(helpOption) ? ExitOk : ExitUsage;
    }
    // report reads --format itself (pdf or pptx, with --each-landlord).
    const bool ownFormat = QLatin1String(command->name) == QLatin1String("report");
    const auto format = ownFormat ? std::optional(Output::Format::Table)
                                  : Output::formatFromName(parser.value(formatOption));
    if (!format)
        return usageError(Cli::tr("unknown format \"%1\": expected table, csv or json")
                              .arg(parser.value(formatOption)));

    Store store;
    CommandContext context{parser, nullptr, out, err, localeFor(language), language, *format};
    if (command->needsStore) {
        const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Store::defaultPath();
        if (path.trimmed().isEmpty())
            return usageError(Cli::tr("--db: expected the path of a store, not an empty name"));
        if (command->initialisesServer && !StoreLocation::looksLikeServer(path))
            return usageError(Cli::tr("%1 is for a store on a PostgreSQL server: give --db postgresql://…")
                                  .arg(QLatin1String(command->name)));
        const Store::OpenMode mode = command->initialisesServer ? Store::OpenMode::CreateOrUpgrade
                                     : command->createsStore   ? Store::OpenMode::CreateIfMissing
                                                               : Store::OpenMode::ExistingOnly;
        if (!store.open(path, mode))
            return context.fail(ExitStoreError, store.error().message);
        context.store = &store;
    }
    int rc = command->run(context);
    // A wave found damaged while printing figures fails the command even when
    // the figures went on without it (a trend skips the wave, say). An import
    // that replaced a damaged wave repaired it.
    if (rc == ExitOk && context.store && !store.damage().isNull() && name != QLatin1String("import"))
        rc = context.fail(ExitStoreError, store.damage().message);
    out.flush();
    if (out.status() != QTextStream::Ok) {
        // stdout is a full disk, a closed pipe…: what was asked is not all written.
        out.resetStatus();
        return context.fail(ExitStoreError, Cli::tr("cannot write the output (a full disk, or a closed pipe)"));
    }
    return rc;
}
