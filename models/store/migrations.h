#pragma once

#include <QStringList>

/// The SQL of migration step `version` (1-based): what turns a store of
/// schema version - 1 into version. Steps never change once released.
QStringList migrationStep(int version);

/// The step that pseudonymises respondent ids (store_secrets, waves.notes);
/// Store::migrate() also runs Store::pseudonymiseStoredIds() in it, and
/// removes the copy of the older store (which holds clear ids) once the
/// whole upgrade succeeded.
inline constexpr int PseudonymisedIdsVersion = 5;

/// The step that adds the blob checksums; Store computes those of the rows
/// already there right after its SQL.
inline constexpr int ChecksumStep = 7;
