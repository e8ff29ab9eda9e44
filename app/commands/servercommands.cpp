// Commands of a store on a PostgreSQL server (docs/shared-store.md).
#include "commands.h"

#include "serveraccess.h"
#include "store.h"

#include <QCoreApplication>

// Creates the store's tables on the server, or upgrades them, in one
// transaction: Store::open() in OpenMode::CreateOrUpgrade did it before
// this runs. Run by an administrator (the owner of the database).
int runServerInit(CommandContext &context)
{
    Store &store = *context.store;
    // Then the roles, grants and row-level security (security.sql), every
    // time: the step is repeatable and upgrades an older store's rules.
    ServerAccess access(store.database());
    if (!access.applySecurity())
        return context.fail(access.error().kind == ServerAccessError::Kind::NotAllowed ? ExitNotAllowed
                                                                                       : ExitStoreError,
                            Cli::tr("the roles and access rules of the store could not be set up: %1")
                                .arg(access.error().message));
    // Waves imported before the rules existed get their landlords' summary.
    if (access.writeMissingPeerSummaries() < 0)
        return context.fail(ExitStoreError, Cli::tr("the landlords' summaries of the waves could not be written: %1")
                                                .arg(access.error().message));
    // And the landlords' designs of the waves that need them (landlorddesign.h).
    if (!store.refreshLandlordDesigns())
        return context.fail(ExitStoreError, Cli::tr("the landlords' designs of the waves could not be written: %1")
                                                .arg(store.error().message));
    context.out << Cli::tr("The store %1 is ready (schema %2).")
                       .arg(store.location().toString(), QString::number(store.schemaVersion()))
                << '\n';
    return ExitOk;
}
