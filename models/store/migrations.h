#pragma once

#include <QStringList>

#include <cstddef>

/// A step's statements, written as a C array of SQL strings, as a list;
/// shared by the SQLite steps and the server's (postgres/pgtables.cpp).
template<std::size_t N>
QStringList statementList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *s : statements)
        list << QString::fromUtf8(s);
    return list;
}

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

/// The step after which wave ids are never reused: Store::migrate() rebuilds
/// the waves table with AUTOINCREMENT (from its own CREATE statement, so that
/// columns other steps added are kept), foreign keys off while it does.
/// A deleted wave's id then never comes back, and a remembered filter never
/// points at another wave. The step has no SQL of its own.
inline constexpr int WaveIdsNeverReusedStep = 8;
