#pragma once

#include <QString>

/// Writes a respondents file of rows rows (29 questions, seven landlords),
/// different for each salt: big enough files for the fault tests to catch
/// an import in the middle of its transaction.
bool writeRespondents(const QString &path, int rows, int salt);
