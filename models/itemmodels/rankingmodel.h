#pragma once

#include "figuremodel.h"
#include "ranking.h"

/// The landlords of the selected wave ranked on one question, with their
/// intervals, whether each differs from the rest of the wave, the regional
/// figure and the peer quartiles. Small bases come last, without a score.
/// Follows the QPV filter; the selected landlord is marked (FigureRole::Selected).
class RankingModel : public FigureModel
{
    Q_OBJECT

public:
    enum Column { Rank, Landlord, Score, CiLow, CiHigh, N, NEff, BandColumn, DiffersFromRest, ColumnCount };

    RankingModel(FigureEngine *engine, FigureSelection *selection, QObject *parent = nullptr);

    QString questionCode() const { return m_code; }
    /// The question ranked; the global question by default.
    void setQuestionCode(const QString &code);

    const Ranking &ranking() const { return m_ranking; }
    /// Landlords hidden from the chart for a base under 30.
    int smallBaseCount() const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void rebuild() override;
    int rows() const override { return int(m_ranking.landlords.size()); }

private:
    QString m_code;
    Ranking m_ranking;
};
