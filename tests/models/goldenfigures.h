#pragma once

// The respondents and golden values of the golden surveys (tests/data/figures,
// shares, raking, landlord: golden.R in each), shared by the golden tests.
#include "wavedata.h"

#include <QHash>
#include <QString>
#include <QStringList>

/// A golden file's non-empty lines.
QStringList readGoldenLines(const QString &path);

/// A respondents file of the golden surveys as a wave (year from `annee`,
/// scope Test): Q01… from its header, Q07 yes/no, Q08 single choice, the
/// others satisfaction; segment type_habitat. By default the figures
/// golden file's.
WaveData loadRespondents(const QString &path = QStringLiteral(SATISFECIT_TEST_DATA "/figures/respondents.csv"));

/// golden.csv: "group|code|statistic" → value.
QHash<QString, double> loadGolden(const QString &path);
