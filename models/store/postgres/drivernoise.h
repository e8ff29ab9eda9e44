#pragma once

/// Qt's PostgreSQL driver frees a query's prepared statement when the query
/// is destroyed. On a connection that is gone (the server stopped or
/// crashed, the network cut) it cannot, nor need it (the statements went
/// with the server's session), and Qt 6.4 prints "Unable to free
/// statement: <libpq's reason, in the user's language>" on stderr for each
/// such query, after the command's own clear message or before it. Once a
/// store of this process has found its connection gone, those lines are
/// dropped; every other message goes on to the handler installed before.
/// (The other cause of that line, a statement freed inside a transaction
/// a failed statement aborted, is avoided at its source:
/// TransactionGuard::rollbackOpen.)
namespace DriverNoise {

/// Installs the filter, once per process (before a server store connects).
void install();
/// A store's connection was found gone.
void connectionLost();

} // namespace DriverNoise
