#pragma once

#include <QByteArray>
#include <QString>

/// The SCRAM-SHA-256 verifier PostgreSQL stores for password (RFC 5802 /
/// RFC 7677, as libpq's PQencryptPasswordConn computes it):
/// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>", base64. The
/// server keeps it as it is, so the password itself never leaves the client.
/// salt: 16 random bytes when empty.
QString scramSha256Verifier(const QString &password, QByteArray salt = {}, int iterations = 4096);
