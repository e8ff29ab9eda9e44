#pragma once

#include <QByteArray>
#include <QString>

/// The SHA-256 of a file's bytes in hex, or an empty array when it cannot be
/// read: what tests compare to prove a store "byte-for-byte unchanged".
QByteArray sha256Of(const QString &path);
