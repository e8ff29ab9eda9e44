// server-user add|remove|list: who may connect to a server store, and what
// each may see. The server enforces it (security.sql); these commands ask.
#include "commands.h"

#include "serveraccess.h"
#include "store.h"

#include <QFile>

namespace {

int failAccess(CommandContext &context, const ServerAccessError &error)
{
    switch (error.kind) {
    case ServerAccessError::Kind::NotAServer:
        return context.fail(ExitUsage, error.message);
    case ServerAccessError::Kind::NotAllowed:
        return context.fail(ExitNotAllowed, Cli::tr("not allowed: %1").arg(error.message));
    case ServerAccessError::Kind::Invalid:
        return context.fail(ExitUsage, error.message);
    case ServerAccessError::Kind::None:
    case ServerAccessError::Kind::Failed:
        break;
    }
    return context.fail(ExitStoreError, error.message);
}

// The password on the first line of standard input, never on the command line.
std::optional<QString> passwordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

int addUser(CommandContext &context, ServerAccess &access, const QString &name)
{
    const bool admin = context.parser.isSet(QStringLiteral("admin"));
    const QString landlord = context.parser.value(QStringLiteral("landlord"));
    if (admin == context.parser.isSet(QStringLiteral("landlord")))
        return context.fail(ExitUsage, Cli::tr("server-user add takes --landlord CODE or --admin (one of them)"));
    if (!admin && landlord.trimmed().isEmpty())
        return context.fail(ExitUsage, Cli::tr("--landlord: expected a landlord code"));
    QString password;
    if (context.parser.isSet(QStringLiteral("password-stdin"))) {
        const std::optional<QString> read = passwordFromStdin();
        if (!read || read->isEmpty())
            return context.fail(ExitUsage, Cli::tr("--password-stdin: no password on standard input"));
        password = *read;
    }
    if (!access.addUser(name, admin ? QString() : landlord, password))
        return failAccess(context, access.error());
    context.out << (admin ? Cli::tr("User %1 added: an administrator of the store.").arg(name)
                          : Cli::tr("User %1 added: sees landlord %2 and the region, other landlords anonymous.")
                                .arg(name, landlord))
                << '\n';
    if (password.isEmpty())
        context.out << Cli::tr("It has no password: set one with --password-stdin, or let the server "
                               "authenticate it otherwise (certificates).")
                    << '\n';
    return ExitOk;
}

int listUsers(CommandContext &context, ServerAccess &access)
{
    const std::optional<QList<ServerUser>> users = access.users();
    if (!users)
        return failAccess(context, access.error());
    Output output({{QStringLiteral("user"), Output::Kind::Text},
                   {QStringLiteral("role"), Output::Kind::Text},
                   {QStringLiteral("landlord"), Output::Kind::Text},
                   {QStringLiteral("can_login"), Output::Kind::Boolean}});
    for (const ServerUser &u : *users)
        output.addRow({u.name, u.isAdmin ? QStringLiteral("admin") : QStringLiteral("landlord"),
                       u.isAdmin ? QVariant() : QVariant(u.landlordCode), u.canLogin});
    output.write(context.out, context.format, context.locale);
    return ExitOk;
}

} // namespace

QList<QCommandLineOption> serverUserOptions()
{
    return {QCommandLineOption(QStringLiteral("landlord"), Cli::tr("The user sees this landlord's data."),
                               QStringLiteral("CODE")),
            QCommandLineOption(QStringLiteral("admin"), Cli::tr("The user imports, deletes and sees everything.")),
            QCommandLineOption(QStringLiteral("password-stdin"),
                               Cli::tr("Read the new user's password from the first line of standard input."))};
}

int runServerUser(CommandContext &context)
{
    const QStringList args = context.arguments();
    const QString verb = args.value(0);
    ServerAccess access(context.store->database());
    if (verb == QLatin1String("add") && args.size() == 2)
        return addUser(context, access, args[1]);
    if (verb == QLatin1String("remove") && args.size() == 2) {
        if (!access.removeUser(args[1]))
            return failAccess(context, access.error());
        context.out << Cli::tr("User %1 removed.").arg(args[1]) << '\n';
        return ExitOk;
    }
    if (verb == QLatin1String("list") && args.size() == 1)
        return listUsers(context, access);
    return context.fail(ExitUsage, Cli::tr("server-user takes add NAME (--landlord CODE | --admin), "
                                           "remove NAME or list"));
}
