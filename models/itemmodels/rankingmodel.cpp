#include "rankingmodel.h"

#include "figureengine.h"
#include "figureroles.h"
#include "figuretables.h"

#include <cmath>

RankingModel::RankingModel(FigureEngine *engine, FigureSelection *selection, QObject *parent)
    : FigureModel(engine, selection, parent)
{
    rebuild();
}

void RankingModel::setQuestionCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    refresh();
}

void RankingModel::rebuild()
{
    // The one computed ranking (figuretables.h), as the ranking command prints it.
    m_ranking = rankingTable(*engine(), selection()->waveId(), groupFilter(), m_code);
}

int RankingModel::smallBaseCount() const
{
    int small = 0;
    for (const LandlordRank &l : m_ranking.landlords)
        small += !l.figure.sufficient();
    return small;
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LandlordRank &l = m_ranking.landlords[std::size_t(index.row())];
    const ScoreFigure &f = l.figure;
    const bool shown = f.sufficient();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank: return l.rank > 0 ? QString::number(l.rank) : QString();
        case Landlord: return l.code;
        case Score: return shown ? score(f.score) : tr("n < 30");
        case CiLow: return shown ? score(f.ciLow) : QString();
        case CiHigh: return shown ? score(f.ciHigh) : QString();
        case N: return count(double(f.n));
        case NEff: return count(f.nEff);
        case BandColumn: return bandText(int(f.band));
        case DiffersFromRest:
            if (!l.differsFromRest)
                return QString();
            if (!*l.differsFromRest)
                return tr("no");
            return f.score > l.rest.score ? tr("above") : tr("below");
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Rank: return l.rank > 0 ? QVariant(l.rank) : QVariant();
        case Landlord: return l.code;
        case Score: return shown ? QVariant(f.score) : QVariant();
        case CiLow: return shown ? QVariant(f.ciLow) : QVariant();
        case CiHigh: return shown ? QVariant(f.ciHigh) : QVariant();
        case N: return f.n;
        case NEff: return f.nEff;
        case BandColumn: return bandName(f.band);
        case DiffersFromRest: return l.differsFromRest ? QVariant(*l.differsFromRest) : QVariant();
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Landlord ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case +FigureRole::ToolTip: return l.code + QStringLiteral(" — ") + figureToolTip(f);
    case +FigureRole::Significant: return l.differsFromRest ? QVariant(*l.differsFromRest) : QVariant();
    case +FigureRole::Selected: return l.code == selection()->landlord();
    default: return scoreFigureData(f, role);
    }
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return FigureModel::headerData(section, orientation, role);
    switch (section) {
    case Rank: return tr("Rank");
    case Landlord: return tr("Landlord");
    case Score: return tr("Score /10");
    case CiLow: return tr("95% CI low");
    case CiHigh: return tr("95% CI high");
    case N: return tr("n");
    case NEff: return tr("Effective n");
    case BandColumn: return tr("Rating");
    case DiffersFromRest: return tr("vs other landlords");
    }
    return {};
}
