#pragma once

#include <QString>

/// PRAGMA integrity_check of a SQLite file through a connection of the
/// test's own, as another program would see the file: "ok", or what is
/// wrong (also when it cannot be opened).
QString integrityCheck(const QString &path);
