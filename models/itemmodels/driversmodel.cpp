#include "driversmodel.h"

#include "figureengine.h"
#include "figureroles.h"
#include "figuretables.h"
#include "segmentfigures.h"

#include <algorithm>
#include <cmath>

DriversModel::DriversModel(FigureEngine *engine, FigureSelection *selection, QObject *parent)
    : FigureModel(engine, selection, parent)
{
    rebuild();
}

QString DriversModel::quadrantText(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::PriorityLever: return tr("Priority lever");
    case Quadrant::KeyStrength: return tr("Key strength");
    case Quadrant::MinorWeakness: return tr("Secondary weakness");
    case Quadrant::MinorStrength: return tr("Secondary strength");
    case Quadrant::Unclassified: return tr("Not classified");
    }
    return QString();
}

void DriversModel::rebuild()
{
    m_analysis = DriverAnalysis();
    m_labels.clear();
    FigureEngine *e = engine();
    std::optional<DriverAnalysis> table = driverTable(*e, selection()->waveId(), groupFilter());
    if (!table)
        return;
    m_analysis = std::move(*table);
    for (const DriverFigure &d : m_analysis.drivers) {
        const ::Question *q = e->codebook().find(d.code);
        m_labels << (q ? q->label(selection()->language()) : d.code);
    }
}

int DriversModel::priorityRank(int row) const
{
    const auto it = std::find(m_analysis.priorityLevers.begin(), m_analysis.priorityLevers.end(), row);
    return it == m_analysis.priorityLevers.end() ? 0 : int(it - m_analysis.priorityLevers.begin()) + 1;
}

int DriversModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriversModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DriverFigure &d = m_analysis.drivers[std::size_t(index.row())];
    const bool shown = d.score.sufficient();
    const int rank = priorityRank(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code: return d.code;
        case Question: return m_labels.value(index.row());
        case Importance:
            return std::isfinite(d.importance.r) ? locale().toString(d.importance.r, 'f', 2) : QStringLiteral("–");
        case Score: return shown ? score(d.score.score) : tr("n < 30");
        case N: return count(double(d.score.n));
        case QuadrantColumn: return quadrantText(d.quadrant);
        case PriorityRank: return rank > 0 ? QString::number(rank) : QString();
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Code: return d.code;
        case Question: return m_labels.value(index.row());
        case Importance: return std::isfinite(d.importance.r) ? QVariant(d.importance.r) : QVariant();
        case Score: return shown ? QVariant(d.score.score) : QVariant();
        case N: return d.score.n;
        case QuadrantColumn: return quadrantName(d.quadrant);
        case PriorityRank: return rank > 0 ? QVariant(rank) : QVariant();
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Importance || index.column() == Score || index.column() == N
                       || index.column() == PriorityRank
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case +FigureRole::ToolTip:
        return tr("%1 — importance %2 (correlation with overall satisfaction over %3 tenants) · %4")
            .arg(m_labels.value(index.row()),
                 std::isfinite(d.importance.r) ? locale().toString(d.importance.r, 'f', 2) : QStringLiteral("–"),
                 count(double(d.importance.nPairs)), figureToolTip(d.score));
    case +FigureRole::Band: return int(d.score.band);
    case +FigureRole::Score: return shown ? d.score.score : std::nan("");
    case +FigureRole::N: return d.score.n;
    case +FigureRole::NEff: return d.score.nEff;
    case +FigureRole::Sufficient: return shown;
    case +FigureRole::Code: return d.code;
    case +FigureRole::Quadrant: return int(d.quadrant);
    default: break;
    }
    return {};
}

QVariant DriversModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return FigureModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Question: return tr("Question");
    case Importance: return tr("Importance");
    case Score: return tr("Score /10");
    case N: return tr("n");
    case QuadrantColumn: return tr("Quadrant");
    case PriorityRank: return tr("Priority");
    }
    return {};
}
