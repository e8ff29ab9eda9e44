#pragma once

#include <QStringList>

/// The server-side security of a Satisfecit store on PostgreSQL
/// (security.sql, built in): group roles, grants, row-level security and the
/// functions a landlord's user reads its place through. Every statement may
/// run again: server-init runs them all after the tables, each time, which
/// upgrades an older store. The version is recorded in store_meta as
/// 'security_version'.
inline constexpr int PostgresSecurityVersion = 1;

/// The group role of the store's administrators and of landlords' users.
inline constexpr char PostgresAdminRole[] = "satisfecit_admin";
inline constexpr char PostgresLandlordRole[] = "satisfecit_landlord";

/// The statements of security.sql, in order.
QStringList postgresSecurityStatements();
