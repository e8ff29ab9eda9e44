#pragma once

#include "figure.h"
#include "figuremodel.h"
#include "scoretable.h"

#include <optional>
#include <vector>

/// Every satisfaction question's score for the selection, in questionnaire
/// order grouped by theme (a thin adapter over the selection's ScoreTable), with the previous wave's score and, when a
/// landlord is selected, the regional score beside it. Feeds the Themes page
/// and the overview tiles.
class ThemeScoreModel : public FigureModel
{
    Q_OBJECT

public:
    enum Column { Theme, Code, Question, Score, PctSatisfied, CiLow, CiHigh, N, NEff, BandColumn,
                  Previous, ChangeSignificant, Regional, ColumnCount };

    ThemeScoreModel(FigureEngine *engine, FigureSelection *selection, QObject *parent = nullptr);

    /// A row of the wave's ScoreTable for the selection (scoretable.h).
    using Row = ScoreTableRow;
    const std::vector<Row> &rowData() const { return m_rows; }
    /// Year of the previous wave of the same scope, or 0.
    int previousYear() const { return m_table.previousYear; }
    /// The one computed table the rows are read from, in codebook order
    /// (the rows are its rows grouped by theme).
    const ScoreTable &table() const { return m_table; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Theme code → its name in the UI language.
    static QString themeName(const QString &theme);

protected:
    void rebuild() override;
    int rows() const override { return int(m_rows.size()); }

private:
    ScoreTable m_table;
    std::vector<Row> m_rows;
};
