#pragma once

#include "figuremodel.h"
#include "figuretables.h"
#include "shares.h"

#include <vector>

/// The four answers of every satisfaction question as weighted percentages,
/// for 100 % stacked bars (Très satisfait … Pas du tout satisfait).
class DistributionModel : public FigureModel
{
    Q_OBJECT

public:
    enum Column { Code, Question, VerySatisfied, FairlySatisfied, FairlyDissatisfied, VeryDissatisfied, N,
                  ColumnCount };

    DistributionModel(FigureEngine *engine, FigureSelection *selection, QObject *parent = nullptr);

    /// A row of the selection's distribution table (figuretables.h).
    using Row = DistributionRow;
    const std::vector<Row> &rowData() const { return m_rows; }
    /// "Très satisfait" … for answer codes 1..4, in the UI language.
    static QString answerLabel(int code);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void rebuild() override;
    int rows() const override { return int(m_rows.size()); }

private:
    std::vector<Row> m_rows;
};
