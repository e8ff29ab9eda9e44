#pragma once

#include "figure.h"
#include "figuremodel.h"

#include <optional>
#include <vector>

/// Every satisfaction question's score for the selection, in questionnaire
/// order grouped by theme, with the previous wave's score and, when a
/// landlord is selected, the regional score beside it. Feeds the Themes page
/// and the overview tiles.
class ThemeScoreModel : public FigureModel
{
    Q_OBJECT

public:
    enum Column { Theme, Code, Question, Score, PctSatisfied, CiLow, CiHigh, N, NEff, BandColumn,
                  Previous, ChangeSignificant, Regional, ColumnCount };

    ThemeScoreModel(FigureEngine *engine, FigureSelection *selection, QObject *parent = nullptr);

    struct Row
    {
        QString code;
        QString theme;
        QString label;
        QString parent;           ///< the question this one details, or empty
        ScoreFigure figure;
        std::optional<double> previous;
        std::optional<bool> changeSignificant; ///< vs the previous wave
        std::optional<double> regional;        ///< when a landlord is selected
    };
    const std::vector<Row> &rowData() const { return m_rows; }
    /// Year of the previous wave of the same scope, or 0.
    int previousYear() const { return m_previousYear; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Theme code → its name in the UI language.
    static QString themeName(const QString &theme);

protected:
    void rebuild() override;
    int rows() const override { return int(m_rows.size()); }

private:
    std::vector<Row> m_rows;
    int m_previousYear = 0;
};
