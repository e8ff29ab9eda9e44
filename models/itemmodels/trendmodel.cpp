#include "trendmodel.h"

#include "figureengine.h"
#include "figureroles.h"
#include "figuretables.h"

#include <QSet>

#include <cmath>

TrendModel::TrendModel(FigureEngine *engine, FigureSelection *selection, QObject *parent)
    : FigureModel(engine, selection, parent)
{
    rebuild();
}

void TrendModel::setQuestionCodes(const QStringList &codes)
{
    if (codes == m_codes)
        return;
    m_codes = codes;
    refresh();
}

void TrendModel::rebuild()
{
    m_rows.clear();
    m_series.clear();
    FigureEngine *e = engine();
    QStringList codes = m_codes;
    if (codes.isEmpty() && e->codebook().globalQuestion())
        codes << e->codebook().globalQuestion()->code;
    // Every filter applies, the segment too (a wave without that segment
    // value has no point); too-small points are tested against but not drawn.
    const GroupFilter filter = groupFilter();
    for (const QString &code : codes) {
        addTrend(code, filter);
        // A landlord's line, and the region's beside it.
        if (!filter.landlord.isEmpty()) {
            GroupFilter region = filter;
            region.landlord.clear();
            addTrend(code, region);
        }
    }
}

void TrendModel::addTrend(const QString &code, const GroupFilter &filter)
{
    FigureEngine *e = engine();
    {
        const ::Question *q = e->codebook().find(code);
        if (!q)
            return;
        const TrendTable table = trendTable(*e, code, filter);
        std::vector<TrendPoint> trend;
        for (const TrendPoint &t : table.points)
            if (t.sufficient())
                trend.push_back(t);
        const int first = int(m_rows.size());
        for (const TrendPoint &t : trend)
            m_rows.push_back({code, q->label(selection()->language()), t, table.isIllustrative(t), 0, filter.landlord});
        for (const TrendSeries &line : trendSeries(trend)) {
            Series series{code, q->label(selection()->language()), line.scope, {}, filter.landlord};
            for (const TrendPoint &p : line.points)
                for (int r = first; r < int(m_rows.size()); ++r)
                    if (m_rows[std::size_t(r)].point.year == p.year && m_rows[std::size_t(r)].point.scope == p.scope) {
                        series.rows.push_back(r);
                        m_rows[std::size_t(r)].series = int(m_series.size());
                    }
            m_series.push_back(std::move(series));
        }
    }
}

int TrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const TrendPoint &p = row.point;
    const auto optional = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    const QString origin = !p.published ? tr("computed") : row.illustrative ? tr("illustrative") : tr("published");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code: return row.code;
        case Question: return row.label;
        case Year: return QString::number(p.year);
        case Scope: return p.scope;
        case Score: return score(p.score);
        case CiLow: return p.ciLow ? score(*p.ciLow) : QString();
        case CiHigh: return p.ciHigh ? score(*p.ciHigh) : QString();
        case PctSatisfied: return p.pctSatisfied ? percent(*p.pctSatisfied) : QString();
        case N: return p.n > 0 ? count(double(p.n)) : QString();
        case Origin: return origin;
        case Significant: return p.diffSignificant ? (*p.diffSignificant ? tr("yes") : tr("no")) : QString();
        case Group: return groupName(row.landlord);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Code: return row.code;
        case Question: return row.label;
        case Year: return p.year;
        case Scope: return p.scope;
        case Score: return p.score;
        case CiLow: return optional(p.ciLow);
        case CiHigh: return optional(p.ciHigh);
        case PctSatisfied: return optional(p.pctSatisfied);
        case N: return p.n > 0 ? QVariant(p.n) : QVariant();
        case Origin: return origin;
        case Significant: return p.diffSignificant ? QVariant(*p.diffSignificant) : QVariant();
        case Group: return row.landlord;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() >= Year && index.column() != Scope && index.column() != Origin
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case +FigureRole::ToolTip: {
        QString text = tr("%1 — %2 %3: %4 /10").arg(row.label).arg(p.year).arg(p.scope, score(p.score));
        if (p.ciLow && p.ciHigh)
            text += tr(" (95% interval %1–%2)").arg(score(*p.ciLow), score(*p.ciHigh));
        if (p.pctSatisfied)
            text += tr(" · %1 satisfied").arg(percent(*p.pctSatisfied));
        if (p.n > 0)
            text += tr(" · n = %1").arg(count(double(p.n)));
        if (p.published)
            text += QStringLiteral(" · ") + (row.illustrative ? tr("illustrative value (demo data)")
                                                             : tr("published: %1").arg(p.source));
        if (p.diffSignificant && *p.diffSignificant)
            text += QStringLiteral(" · ") + tr("significant change since the previous wave");
        return text;
    }
    case +FigureRole::Score: return p.score;
    case +FigureRole::CiLow: return optional(p.ciLow);
    case +FigureRole::CiHigh: return optional(p.ciHigh);
    case +FigureRole::PctSatisfied: return optional(p.pctSatisfied);
    case +FigureRole::N: return p.n;
    case +FigureRole::Band: return int(bandOf(p.score, p.n > 0 ? p.n : MinimumEffectif));
    case +FigureRole::Significant: return p.diffSignificant ? QVariant(*p.diffSignificant) : QVariant();
    case +FigureRole::Code: return row.code;
    case +FigureRole::Published: return p.published;
    case +FigureRole::Illustrative: return row.illustrative;
    case +FigureRole::ScopeBreak: return p.scopeBreakBefore;
    case +FigureRole::Series: return row.series;
    default: break;
    }
    return {};
}

QVariant TrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return FigureModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Question: return tr("Question");
    case Year: return tr("Year");
    case Scope: return tr("Scope");
    case Score: return tr("Score /10");
    case CiLow: return tr("95% CI low");
    case CiHigh: return tr("95% CI high");
    case PctSatisfied: return tr("% satisfied");
    case N: return tr("n");
    case Origin: return tr("Origin");
    case Significant: return tr("Significant change");
    case Group: return tr("Landlord");
    }
    return {};
}

QString TrendModel::groupName(const QString &landlord) const
{
    // Only a landlord's view has two groups to tell apart.
    if (selection()->landlord().isEmpty())
        return QString();
    return landlord.isEmpty() ? tr("Region") : landlord;
}
