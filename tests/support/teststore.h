#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Whether the tests run on the PostgreSQL backend: the *_pg registrations
/// of ctest set SATISFECIT_TEST_BACKEND=postgresql and the fixture's server
/// (SATISFECIT_TEST_PG, PGPASSFILE…). Else SQLite files.
bool testingOnServer();

/// The store a test uses where it would use the file filePath: filePath
/// itself on SQLite; on the server, a database of its own (the same for the
/// same filePath) whose tables `satisfecit server-init` created, as a
/// postgresql:// URI. A server that cannot be reached is a fatal error,
/// never a skipped test.
QString testStoreLocation(const QString &filePath);

/// A new, empty database on the test server (no server-init), as a
/// postgresql:// URI; dropped when the test program ends.
QString newTestServerDatabase();

/// Everything a store holds, as bytes to search for what must not be
/// there: a file's bytes (its WAL too) on SQLite; on the server, every
/// value of every table of the store's schema (text as UTF-8, bytea as its
/// bytes), read by the test server's superuser.
QByteArray storedBytes(const QString &location);

/// The names of a store's tables, sorted, through a connection of the
/// test's own (sqlite_master of a file; the store's schema on a server).
QStringList storeTableNames(const QString &location);
