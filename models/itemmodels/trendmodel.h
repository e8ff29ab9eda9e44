#pragma once

#include "figuremodel.h"
#include "figureengine.h"
#include "trend.h"

#include <vector>

/// The history of chosen questions since 2004: computed waves and published
/// figures told apart, with their intervals, significant moves and the
/// places where the scope changes, so that a chart never joins two scopes
/// with one line. Follows the landlord and QPV filters (not the wave); with
/// a landlord selected, the region's lines come after the landlord's.
class TrendModel : public FigureModel
{
    Q_OBJECT

public:
    enum Column { Code, Question, Year, Scope, Score, CiLow, CiHigh, PctSatisfied, N, Origin, Significant,
                  Group, ColumnCount };

    TrendModel(FigureEngine *engine, FigureSelection *selection, QObject *parent = nullptr);

    QStringList questionCodes() const { return m_codes; }
    /// The questions drawn; the global question by default.
    void setQuestionCodes(const QStringList &codes);

    struct Row
    {
        QString code;
        QString label;
        TrendPoint point;
        bool illustrative = false;
        int series = 0;
        QString landlord; ///< the landlord's line, or empty for the region's
    };
    /// A line of the chart: one question in one scope, without a break.
    struct Series
    {
        QString code;
        QString label;
        QString scope;
        std::vector<int> rows; ///< into rowData(), by year
        QString landlord;      ///< the landlord's line, or empty for the region's
    };
    const std::vector<Row> &rowData() const { return m_rows; }
    const std::vector<Series> &series() const { return m_series; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void rebuild() override;
    int rows() const override { return int(m_rows.size()); }

    /// "Region" or the landlord's code in a landlord's view; empty otherwise.
    QString groupName(const QString &landlord) const;

private:
    void addTrend(const QString &code, const GroupFilter &filter);

    QStringList m_codes;
    std::vector<Row> m_rows;
    std::vector<Series> m_series;
};
