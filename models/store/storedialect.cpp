#include "storedialect.h"

#include "postgresdialect.h"
#include "sqlitedialect.h"

std::unique_ptr<StoreDialect> StoreDialect::create(const StoreLocation &location)
{
    if (location.isServer())
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}
