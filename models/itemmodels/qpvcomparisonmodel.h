#pragma once

#include "figure.h"
#include "figuremodel.h"
#include "scoretable.h"

#include <optional>
#include <vector>

/// QPV vs hors QPV per satisfaction question, the gap and whether it is
/// significant at 95 %, read from the QPV and hors QPV ScoreTables. Follows the landlord and segment filters; the QPV
/// filter does not apply here. With a landlord, the region's two scores too.
class QpvComparisonModel : public FigureModel
{
    Q_OBJECT

public:
    enum Column { Code, Question, QpvScore, HorsQpvScore, Gap, Significant, QpvN, HorsQpvN,
                  RegionQpv, RegionHorsQpv, ColumnCount };

    QpvComparisonModel(FigureEngine *engine, FigureSelection *selection, QObject *parent = nullptr);

    struct Row
    {
        QString code;
        QString theme;
        QString label;
        ScoreFigure qpv;
        ScoreFigure horsQpv;
        std::optional<bool> significant;
        /// With a landlord selected: the whole region's QPV and hors QPV scores, when sufficient.
        std::optional<double> regionQpv;
        std::optional<double> regionHorsQpv;
        /// QPV − hors QPV, when both are sufficient.
        std::optional<double> gap() const;
    };
    const std::vector<Row> &rowData() const { return m_rows; }
    /// The two computed tables the rows are read from (scoretable.h).
    const ScoreTable &qpvTable() const { return m_qpvTable; }
    const ScoreTable &horsQpvTable() const { return m_horsQpvTable; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void rebuild() override;
    int rows() const override { return int(m_rows.size()); }

private:
    ScoreTable m_qpvTable;
    ScoreTable m_horsQpvTable;
    std::vector<Row> m_rows;
};
