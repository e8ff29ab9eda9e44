#pragma once

#include <QStringList>

/// The SQL of migration step `version` (1-based): what turns a store of
/// schema version - 1 into version. Steps never change once released.
QStringList migrationStep(int version);
