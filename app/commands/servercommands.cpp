// Commands of a store on a PostgreSQL server (docs/shared-store.md).
#include "commands.h"

#include "store.h"

#include <QCoreApplication>

// Creates the store's tables on the server, or upgrades them, in one
// transaction: Store::open() in OpenMode::CreateOrUpgrade did it before
// this runs. Run by an administrator (the owner of the database).
int runServerInit(CommandContext &context)
{
    Store &store = *context.store;
    context.out << Cli::tr("The store %1 is ready (schema %2).")
                       .arg(store.location().toString(), QString::number(store.schemaVersion()))
                << '\n';
    return ExitOk;
}
