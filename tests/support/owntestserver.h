#pragma once

#include <QString>

// A throwaway PostgreSQL server of a test program's own (scripts/pg-test-server),
// for the tests that kill, halt or freeze it: the shared fixture's server
// must keep serving the other tests.

/// Runs `scripts/pg-test-server ACTION DIR` (start, stop, halt, resume…);
/// false, with the script's error as a warning, when it fails.
bool ownTestServer(const QString &action, const QString &dir);

/// Starts the server in dir, points libpq's environment at it (PGHOST,
/// PGPORT, PGUSER, PGDATABASE, PGPASSFILE, PGSSLMODE) and returns its
/// postgresql:// URI; empty when it could not start.
QString startOwnTestServer(const QString &dir);
