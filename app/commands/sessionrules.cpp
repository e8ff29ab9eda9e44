// What a landlord's user of a server store may not ask for, refused before
// a command runs with exit code 4 and a clear message. The server refuses
// it anyway (security.sql); this only says so before any work is done.
#include "commands.h"

#include "store.h"

namespace {

// Commands that write to the store: the administrators'.
bool writesStore(const QString &command)
{
    static const QStringList writing = {QStringLiteral("import"), QStringLiteral("import-codebook"),
                                        QStringLiteral("import-published"), QStringLiteral("delete-wave"),
                                        QStringLiteral("design"), QStringLiteral("weight"), QStringLiteral("demo"),
                                        QStringLiteral("server-init")};
    return writing.contains(command);
}

} // namespace

int refuseOutsideRole(CommandContext &context, const QString &command)
{
    const QString own = context.store ? context.store->sessionLandlord() : QString();
    if (own.isEmpty())
        return -1;
    if (writesStore(command))
        return context.fail(ExitNotAllowed, Cli::tr("not allowed: %1 is for the store's administrators; this user "
                                                    "sees landlord %2 and the region only")
                                                .arg(command, own));
    const QStringList set = context.parser.optionNames();
    const bool otherLandlord = command != QLatin1String("server-user") && set.contains(QStringLiteral("landlord"))
                               && context.parser.value(QStringLiteral("landlord")) != own;
    // A breakdown by a segment column needs every landlord's respondents;
    // this user has its own landlord's only.
    static const QStringList wholeWave = {QStringLiteral("none"), QStringLiteral("qpv"), QStringLiteral("landlord")};
    if (set.contains(QStringLiteral("by")) && !set.contains(QStringLiteral("landlord"))
        && !wholeWave.contains(context.parser.value(QStringLiteral("by"))))
        return context.fail(ExitNotAllowed, Cli::tr("not allowed: the region's figures by %1 need every landlord's "
                                                    "respondents; this user sees those of landlord %2 "
                                                    "(add --landlord %2)")
                                                .arg(context.parser.value(QStringLiteral("by")), own));
    if (otherLandlord || set.contains(QStringLiteral("each-landlord")))
        return context.fail(ExitNotAllowed, Cli::tr("not allowed: this user sees landlord %1 only, and the other "
                                                    "landlords anonymously")
                                                .arg(own));
    return -1;
}
