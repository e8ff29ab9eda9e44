#pragma once

// The respondents and golden values of tests/data/figures (golden.R there),
// shared by the golden tests of the figures.
#include "wavedata.h"

#include <QHash>
#include <QString>

/// respondents.csv as a wave (2020, scope Test), segment type_habitat.
WaveData loadRespondents(const QString &path);
/// golden.csv: "group|code|statistic" → value.
QHash<QString, double> loadGolden(const QString &path);
