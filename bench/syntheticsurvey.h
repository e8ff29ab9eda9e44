#pragma once

#include <QString>

/// Writes a synthetic respondent file for benchmarks: rows respondents of
/// 27 landlords answering the 41 built-in questions, plus weight and three
/// segment columns (48 columns), `;`-delimited UTF-8. Deterministic.
bool writeSyntheticSurvey(const QString &path, int rows, int year = 2020);
