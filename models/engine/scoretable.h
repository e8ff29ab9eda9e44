#pragma once

#include "figure.h"
#include "figureengine.h"

#include <QFlags>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

/// One satisfaction question's line of a ScoreTable.
struct ScoreTableRow
{
    QString code;
    QString theme;
    QString label;
    QString parent;                        ///< the question this one details, or empty
    ScoreFigure figure;                    ///< the group's (a raked wave's se knows the calibration)
    std::optional<double> previous;        ///< the same group in the previous wave, when sufficient
    std::optional<bool> changeSignificant; ///< vs the previous wave
    std::optional<double> regional;        ///< a landlord's table: the region's score (same filters), when sufficient
    std::optional<bool> restSignificant;   ///< a landlord's table: vs the rest of the wave (same filters)
};

/// The score of every satisfaction question of a wave for one group of the
/// filter bar (landlord, QPV, segment), with what it is compared with:
/// computed once per filter state from the engine's group sums, and read
/// as it is by the Themes and overview model (ThemeScoreModel), the QPV
/// page (two tables), the `scores` command and, through those models, the
/// CSV/XLSX exports, the board pack and the PowerPoint tables (issue #12,
/// point 7: one figures layer).
struct ScoreTable
{
    enum class Comparison {
        None = 0,
        PreviousWave = 1, ///< previous, changeSignificant
        Region = 2,       ///< regional (a landlord's table only)
        Rest = 4,         ///< restSignificant (a landlord's table without segment only)
    };
    Q_DECLARE_FLAGS(Comparisons, Comparison)

    std::optional<WaveInfo> wave;   ///< absent: no such wave (no rows)
    GroupFilter filter;
    Comparisons comparisons;
    int previousYear = 0;           ///< the previous wave compared with, or 0
    std::vector<ScoreTableRow> rows; ///< codebook order, questions of the wave only

    /// The row of a question, or null.
    const ScoreTableRow *row(const QString &code) const;

private:
    friend ScoreTable scoreTable(FigureEngine &, qint64, const GroupFilter &, const QString &, Comparisons);
    QHash<QString, int> m_index;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(ScoreTable::Comparisons)

/// The table of a wave and a group; empty rows when the wave, the landlord
/// or the segment value is not there. language: of the labels ("fr", "en").
ScoreTable scoreTable(FigureEngine &engine, qint64 waveId, const GroupFilter &filter, const QString &language,
                      ScoreTable::Comparisons comparisons);
