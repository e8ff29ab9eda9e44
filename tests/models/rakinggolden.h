#pragma once
// The golden raking survey of tests/data/raking (golden.R there) as the
// raking tests read it: respondents, margins, R's weights and figures.

#include "goldenfigures.h"
#include "marginsreader.h"
#include "raking.h"
#include "wavedata.h"

#include <QHash>
#include <QTest>

#include <cmath>

namespace rakinggolden {

inline const QString DataDir = QStringLiteral(SATISFECIT_TEST_DATA "/raking/");
inline const QStringList SatisfactionCodes = {"Q01", "Q02", "Q03", "Q04", "Q05", "Q06"};
inline constexpr double Exact = 1e-9;

inline bool close(double actual, double expected, double tolerance)
{
    return std::fabs(actual - expected) <= tolerance * std::fabs(expected);
}

#define COMPARE_NEAR(actual, expected, tolerance)                                                   \
    QVERIFY2(rakinggolden::close((actual), (expected), (tolerance)),                               \
             qPrintable(QStringLiteral("%1 = %2, expected %3")                                     \
                            .arg(QLatin1String(#actual))                                           \
                            .arg(actual, 0, 'g', 17)                                               \
                            .arg(expected, 0, 'g', 17)))

/// weights.csv: one column of R's weights per raking.
inline std::vector<double> goldenWeights(const QString &column)
{
    const QStringList lines = readGoldenLines(DataDir + "weights.csv");
    const int c = int(lines.first().split(QLatin1Char(';')).indexOf(column));
    std::vector<double> weights;
    for (int i = 1; i < lines.size(); ++i)
        weights.push_back(lines[i].split(QLatin1Char(';')).at(c).toDouble());
    return weights;
}

/// golden.csv: design;group;code;statistic;value, keyed "design|group|code|statistic".
inline QHash<QString, double> loadGolden()
{
    QHash<QString, double> golden;
    const QStringList lines = readGoldenLines(DataDir + "golden.csv");
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(';'));
        golden.insert(f.mid(0, 4).join(QLatin1Char('|')), f[4].toDouble());
    }
    return golden;
}

inline Margins goldenMargins()
{
    ReadError error;
    const std::optional<Margins> margins = readMarginsFile(DataDir + "margins.csv", &error);
    if (!margins)
        qFatal("margins.csv: %s", qPrintable(error.toString()));
    return *margins;
}

} // namespace rakinggolden
