#include "distributionmodel.h"

#include "figure.h"
#include "figureengine.h"
#include "figureroles.h"

#include <cmath>

DistributionModel::DistributionModel(FigureEngine *engine, FigureSelection *selection, QObject *parent)
    : FigureModel(engine, selection, parent)
{
    rebuild();
}

QString DistributionModel::answerLabel(int code)
{
    switch (code) {
    case 1: return tr("Very satisfied");
    case 2: return tr("Fairly satisfied");
    case 3: return tr("Fairly dissatisfied");
    case 4: return tr("Very dissatisfied");
    }
    return QString();
}

void DistributionModel::rebuild()
{
    m_rows = distributionTable(*engine(), selection()->waveId(), groupFilter(), selection()->language());
}

int DistributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DistributionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const bool shown = row.shares.n >= MinimumEffectif;
    const int answer = index.column() - VerySatisfied; // 0..3 for the answer columns
    const bool isAnswer = answer >= 0 && answer < 4;
    const double share = isAnswer && answer < int(row.shares.options.size())
                             ? row.shares.options[std::size_t(answer)].percent
                             : std::nan("");
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Code)
            return row.code;
        if (index.column() == Question)
            return row.label;
        if (index.column() == N)
            return count(double(row.shares.n));
        return shown ? formatScore(share, locale()) + percentSuffix(locale()) : QString();
    case Qt::EditRole:
        if (index.column() == Code)
            return row.code;
        if (index.column() == Question)
            return row.label;
        if (index.column() == N)
            return row.shares.n;
        return shown ? QVariant(share) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= VerySatisfied ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case +FigureRole::ToolTip:
        if (!shown)
            return tr("Base too small: %n valid answer(s).", nullptr, int(row.shares.n));
        return isAnswer ? tr("%1: %2 of %3 valid answers (weighted)")
                              .arg(answerLabel(answer + 1), formatScore(share, locale()) + percentSuffix(locale()),
                                   count(double(row.shares.n)))
                        : QVariant();
    case +FigureRole::N: return row.shares.n;
    case +FigureRole::NEff: return row.shares.nEff;
    case +FigureRole::Sufficient: return shown;
    case +FigureRole::Code: return row.code;
    default: break;
    }
    return {};
}

QVariant DistributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return FigureModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Question: return tr("Question");
    case N: return tr("n");
    default: return answerLabel(section - VerySatisfied + 1);
    }
}
