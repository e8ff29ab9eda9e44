#include "qpvcomparisonmodel.h"

#include "figureengine.h"
#include "figureroles.h"

#include <cmath>

std::optional<double> QpvComparisonModel::Row::gap() const
{
    if (!qpv.sufficient() || !horsQpv.sufficient())
        return std::nullopt;
    return qpv.score - horsQpv.score;
}

QpvComparisonModel::QpvComparisonModel(FigureEngine *engine, FigureSelection *selection, QObject *parent)
    : FigureModel(engine, selection, parent)
{
    rebuild();
}

void QpvComparisonModel::rebuild()
{
    m_rows.clear();
    // The selection's two score tables, QPV and hors QPV (with the region's
    // scores when a landlord is selected): what `scores --by qpv` prints.
    GroupFilter filter = groupFilter();
    filter.qpv = true;
    m_qpvTable = scoreTable(*engine(), selection()->waveId(), filter, selection()->language(),
                            ScoreTable::Comparison::Region);
    filter.qpv = false;
    m_horsQpvTable = scoreTable(*engine(), selection()->waveId(), filter, selection()->language(),
                                ScoreTable::Comparison::Region);
    for (const ScoreTableRow &qpv : m_qpvTable.rows) {
        const ScoreTableRow *hors = m_horsQpvTable.row(qpv.code);
        if (!hors)
            continue;
        Row row{qpv.code, qpv.theme, qpv.label, qpv.figure, hors->figure, {}, qpv.regional, hors->regional};
        row.significant = diffSignificant(row.qpv, row.horsQpv);
        m_rows.push_back(std::move(row));
    }
}

int QpvComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QpvComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const std::optional<double> gap = row.gap();
    const ScoreFigure &figure = index.column() == HorsQpvScore || index.column() == HorsQpvN ? row.horsQpv : row.qpv;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code: return row.code;
        case Question: return row.label;
        case QpvScore: return row.qpv.sufficient() ? score(row.qpv.score) : tr("n < 30");
        case HorsQpvScore: return row.horsQpv.sufficient() ? score(row.horsQpv.score) : tr("n < 30");
        case Gap:
            return gap ? signedDifference(*gap, locale()) : QString();
        case Significant: return row.significant ? (*row.significant ? tr("yes") : tr("no")) : QString();
        case QpvN: return count(double(row.qpv.n));
        case HorsQpvN: return count(double(row.horsQpv.n));
        case RegionQpv: return row.regionQpv ? score(*row.regionQpv) : QString();
        case RegionHorsQpv: return row.regionHorsQpv ? score(*row.regionHorsQpv) : QString();
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Code: return row.code;
        case Question: return row.label;
        case QpvScore: return row.qpv.sufficient() ? QVariant(row.qpv.score) : QVariant();
        case HorsQpvScore: return row.horsQpv.sufficient() ? QVariant(row.horsQpv.score) : QVariant();
        case Gap: return gap ? QVariant(*gap) : QVariant();
        case Significant: return row.significant ? QVariant(*row.significant) : QVariant();
        case QpvN: return row.qpv.n;
        case HorsQpvN: return row.horsQpv.n;
        case RegionQpv: return row.regionQpv ? QVariant(*row.regionQpv) : QVariant();
        case RegionHorsQpv: return row.regionHorsQpv ? QVariant(*row.regionHorsQpv) : QVariant();
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() >= QpvScore ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case +FigureRole::ToolTip:
        return index.column() == HorsQpvScore || index.column() == HorsQpvN
                   ? tr("Outside QPV: %1").arg(figureToolTip(row.horsQpv))
                   : tr("QPV: %1").arg(figureToolTip(row.qpv));
    case +FigureRole::Significant: return row.significant ? QVariant(*row.significant) : QVariant();
    case +FigureRole::Code: return row.code;
    case +FigureRole::Theme: return row.theme;
    default: return scoreFigureData(figure, role);
    }
    return {};
}

QVariant QpvComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return FigureModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Question: return tr("Question");
    case QpvScore: return tr("QPV");
    case HorsQpvScore: return tr("Outside QPV");
    case Gap: return tr("Gap");
    case Significant: return tr("Significant");
    case QpvN: return tr("n QPV");
    case HorsQpvN: return tr("n outside QPV");
    case RegionQpv: return tr("Region QPV");
    case RegionHorsQpv: return tr("Region outside QPV");
    }
    return {};
}
