#include "sharemodel.h"

#include "figureengine.h"
#include "figureroles.h"
#include "sharefigures.h"

#include <cmath>

namespace {

ShareFigure baseOf(const ShareFigure &f)
{
    ShareFigure base = f;
    base.options.clear();
    return base;
}

} // namespace

ShareModel::ShareModel(FigureEngine *engine, FigureSelection *selection, QObject *parent)
    : FigureModel(engine, selection, parent)
{
    rebuild();
}

void ShareModel::setQuestionCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    refresh();
}

QStringList ShareModel::questionCodes() const
{
    QStringList codes;
    for (const Row &r : m_rows)
        if (!codes.contains(r.code))
            codes << r.code;
    return codes;
}

std::optional<double> ShareModel::Row::gap() const
{
    if (!qpvShown || !horsQpvShown || !qpvBase.sufficient() || !horsQpvBase.sufficient())
        return std::nullopt;
    return qpv.percent - horsQpv.percent;
}

void ShareModel::rebuild()
{
    m_rows.clear();
    FigureEngine *e = engine();
    const std::optional<WaveInfo> wave = e->wave(selection()->waveId());
    if (!wave)
        return;
    const GroupFilter filter = groupFilter();
    ShareQuery query;
    query.code = m_code;
    query.landlord = filter.landlord;
    query.segmentColumn = filter.segmentColumn;
    query.segmentValue = filter.segmentValue;
    const auto sides = [&] {
        ShareQuery q = query;
        q.by = QStringLiteral("qpv");
        return waveShares(*e, *wave, q);
    }();
    query.qpv = filter.qpv;
    const auto all = waveShares(*e, *wave, query);
    if (!all || !sides || sides->size() != 2 * all->size())
        return;
    const bool showQpv = !filter.qpv || *filter.qpv;
    const bool showHors = !filter.qpv || !*filter.qpv;
    const QString language = selection()->language();
    for (std::size_t g = 0; g < all->size(); ++g) {
        const ShareGroupFigure &whole = (*all)[g];
        const ShareGroupFigure &qpv = (*sides)[2 * g];
        const ShareGroupFigure &hors = (*sides)[2 * g + 1];
        const ::Question *q = e->codebook().find(whole.code);
        if (!q)
            continue;
        for (const OptionShare &o : whole.figure.options) {
            Row row;
            row.code = q->code;
            row.label = q->label(language);
            row.option = o.option;
            row.optionCode = shareOptionCode(*q, o.option);
            row.optionLabel = shareOptionLabel(*q, o.option, language);
            row.all = o;
            row.allBase = baseOf(whole.figure);
            const std::size_t i = std::size_t(o.option - 1);
            if (i < qpv.figure.options.size() && i < hors.figure.options.size()) {
                row.qpv = qpv.figure.options[i];
                row.horsQpv = hors.figure.options[i];
            }
            row.qpvBase = baseOf(qpv.figure);
            row.horsQpvBase = baseOf(hors.figure);
            row.qpvShown = showQpv;
            row.horsQpvShown = showHors;
            if (showQpv && showHors)
                row.significant = shareDiffSignificant(qpv.figure, hors.figure, o.option);
            // The published share of the same group, where the report gave one.
            if (!filter.qpv && filter.segmentColumn.isEmpty()) {
                const QString segment = filter.landlord.isEmpty() ? QStringLiteral("ensemble") : filter.landlord;
                for (const PublishedFigure &p : e->publishedFigures())
                    if (p.year == wave->year && p.scope == wave->scope && p.code == q->code && p.segment == segment
                        && p.option == row.optionCode && p.pctSatisfied && !p.score) {
                        row.published = *p.pctSatisfied;
                        row.source = p.source;
                    }
            }
            m_rows.push_back(std::move(row));
        }
    }
}

int ShareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ShareModel::shareText(double value) const
{
    return std::isfinite(value) ? locale().toString(value, 'f', 0) + percentSuffix(locale()) : QStringLiteral("–");
}

QString ShareModel::shareToolTip(const Row &row, int column) const
{
    const OptionShare &o = column == Qpv ? row.qpv : column == HorsQpv ? row.horsQpv : row.all;
    const ShareFigure &base = column == Qpv ? row.qpvBase : column == HorsQpv ? row.horsQpvBase : row.allBase;
    if (!base.sufficient())
        return tr("Base too small: %n valid answer(s); at least 30 are needed to show a share.", nullptr, int(base.n));
    const auto oneDecimal = [&](double v) { return locale().toString(v, 'f', 1); };
    return tr("%1: %2 (95% interval %3–%4) · %5 of %6 valid answers · effective n = %7")
        .arg(row.optionLabel, oneDecimal(o.percent) + percentSuffix(locale()), oneDecimal(o.ciLow),
             oneDecimal(o.ciHigh) + percentSuffix(locale()), count(double(o.n)), count(double(base.n)),
             count(base.nEff));
}

QVariant ShareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    const bool isShare = column == All || column == Qpv || column == HorsQpv;
    const OptionShare &share = column == Qpv ? row.qpv : column == HorsQpv ? row.horsQpv : row.all;
    const ShareFigure &base = column == Qpv || column == NQpv         ? row.qpvBase
                            : column == HorsQpv || column == NHorsQpv ? row.horsQpvBase
                                                                      : row.allBase;
    const bool visible = column == Qpv || column == NQpv            ? row.qpvShown
                         : column == HorsQpv || column == NHorsQpv ? row.horsQpvShown
                                                                   : true;
    const bool shown = visible && base.sufficient();
    const std::optional<double> gap = row.gap();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code: return row.code;
        case Question: return row.label;
        case Option: return row.optionLabel;
        case All: case Qpv: case HorsQpv: return shown ? shareText(share.percent) : QString();
        case Gap:
            return gap ? signedDifference(*gap, locale()) + (row.significant.value_or(false) ? QStringLiteral(" ✱")
                                                                                             : QString())
                       : QString();
        case Published: return row.published ? shareText(*row.published) : QString();
        case NAll: case NQpv: case NHorsQpv: return visible ? count(double(base.n)) : QString();
        }
        break;
    case Qt::EditRole:
        switch (column) {
        case Code: return row.code;
        case Question: return row.label;
        case Option: return row.optionLabel;
        case All: case Qpv: case HorsQpv: return shown ? QVariant(share.percent) : QVariant();
        case Gap: return gap ? QVariant(*gap) : QVariant();
        case Published: return row.published ? QVariant(*row.published) : QVariant();
        case NAll: case NQpv: case NHorsQpv: return visible ? QVariant(base.n) : QVariant();
        }
        break;
    case Qt::TextAlignmentRole:
        return column >= All ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case +FigureRole::ToolTip:
        if (isShare && visible)
            return shareToolTip(row, column);
        if (column == Published && row.published)
            return tr("Published: %1").arg(row.source);
        if (column == Gap && gap)
            return row.significant.value_or(false) ? tr("The gap between QPV and outside QPV is significant at 95%.")
                                                   : tr("The gap between QPV and outside QPV is not significant at 95%.");
        return {};
    case +FigureRole::Score: return shown && isShare ? share.percent : std::nan("");
    case +FigureRole::CiLow: return shown && isShare ? QVariant(share.ciLow) : QVariant();
    case +FigureRole::CiHigh: return shown && isShare ? QVariant(share.ciHigh) : QVariant();
    case +FigureRole::N: return base.n;
    case +FigureRole::NEff: return base.nEff;
    case +FigureRole::Sufficient: return shown;
    case +FigureRole::Significant: return row.significant ? QVariant(*row.significant) : QVariant();
    case +FigureRole::Code: return row.code;
    case +FigureRole::Published: return column == Published ? QVariant(row.published.has_value()) : QVariant(false);
    default: break;
    }
    return {};
}

QVariant ShareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return FigureModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Question: return tr("Question");
    case Option: return tr("Answer");
    case All: return selection()->landlord().isEmpty() ? tr("All tenants") : tr("Landlord %1").arg(selection()->landlord());
    case Qpv: return tr("QPV");
    case HorsQpv: return tr("Outside QPV");
    case Gap: return tr("Gap (points)");
    case Published: return tr("Published");
    case NAll: return tr("n");
    case NQpv: return tr("n QPV");
    case NHorsQpv: return tr("n outside QPV");
    }
    return {};
}
