#pragma once

#include "margins.h"
#include "readers/readerror.h"

#include <QString>

#include <optional>

/// Reads a population margins file (survey-files.md section 6): CSV with
/// `;` or `,`, UTF-8 or Windows-1252, columns variable, value, count. The
/// first problem found is returned in *error with its line and column;
/// the counts' totals are checked too (checkMargins()).
std::optional<Margins> readMarginsFile(const QString &path, ReadError *error);
