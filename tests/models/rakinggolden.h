#pragma once
// The golden raking survey of tests/data/raking (golden.R there) as the
// raking tests read it: respondents, margins, R's weights and figures.

#include "marginsreader.h"
#include "raking.h"
#include "wavedata.h"

#include <QFile>
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

inline QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot open %s", qPrintable(path));
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/// A respondents file of the golden surveys (a plain split is enough: no
/// quotes): Q01–Q06 satisfaction, Q07 yes/no, Q08 single choice; by default
/// the figures golden file's.
inline WaveData loadRespondents(const QString &path = QStringLiteral(SATISFECIT_TEST_DATA "/figures/respondents.csv"))
{
    const QStringList lines = readLines(path);
    const QStringList header = lines.first().split(QLatin1Char(';'));
    WaveData data;
    WaveData::SegmentColumn habitat{QStringLiteral("type_habitat"), {}, {}};
    for (const QString &code : SatisfactionCodes)
        data.answers.push_back({code, QuestionType::Satisfaction4, {}});
    data.answers.push_back({QStringLiteral("Q07"), QuestionType::YesNo, {}});
    data.answers.push_back({QStringLiteral("Q08"), QuestionType::Single, {}});
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(';'));
        auto field = [&](const QString &name) { return f.at(header.indexOf(name)); };
        data.year = field("annee").toInt();
        data.respondentIds << field("id");
        data.weights.push_back(field("poids").toDouble());
        if (!data.landlordCodes.contains(field("bailleur")))
            data.landlordCodes << field("bailleur");
        data.landlord.push_back(std::uint16_t(data.landlordCodes.indexOf(field("bailleur"))));
        data.qpv.push_back(std::uint8_t(field("qpv").toInt()));
        if (!habitat.dictionary.contains(field("type_habitat")))
            habitat.dictionary << field("type_habitat");
        habitat.values.push_back(std::uint16_t(habitat.dictionary.indexOf(field("type_habitat"))));
        for (WaveData::AnswerColumn &column : data.answers)
            column.values.push_back(std::uint8_t(field(column.code).toInt())); // "" → 0
    }
    data.segments.push_back(habitat);
    return data;
}

/// weights.csv: one column of R's weights per raking.
inline std::vector<double> goldenWeights(const QString &column)
{
    const QStringList lines = readLines(DataDir + "weights.csv");
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
    const QStringList lines = readLines(DataDir + "golden.csv");
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
