#pragma once

#include "drivers.h"
#include "figuremodel.h"

/// The driver analysis of the selection: each satisfaction question's
/// importance (weighted correlation with overall satisfaction) and score, its
/// quadrant, and the priority levers in order.
class DriversModel : public FigureModel
{
    Q_OBJECT

public:
    enum Column { Code, Question, Importance, Score, N, QuadrantColumn, PriorityRank, ColumnCount };

    DriversModel(FigureEngine *engine, FigureSelection *selection, QObject *parent = nullptr);

    const DriverAnalysis &analysis() const { return m_analysis; }
    QString label(int row) const { return m_labels.value(row); }
    /// The quadrant's name in the UI language.
    static QString quadrantText(Quadrant quadrant);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void rebuild() override;
    int rows() const override { return int(m_analysis.drivers.size()); }

private:
    int priorityRank(int row) const;

    DriverAnalysis m_analysis;
    QStringList m_labels;
};
