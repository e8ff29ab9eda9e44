#include "themescoremodel.h"

#include "figureengine.h"
#include "figureroles.h"

#include <QHash>

#include <cmath>

ThemeScoreModel::ThemeScoreModel(FigureEngine *engine, FigureSelection *selection, QObject *parent)
    : FigureModel(engine, selection, parent)
{
    rebuild();
}

QString ThemeScoreModel::themeName(const QString &theme)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("global"), QT_TRANSLATE_NOOP("ThemeScoreModel", "Overall")},
        {QStringLiteral("logement"), QT_TRANSLATE_NOOP("ThemeScoreModel", "Housing")},
        {QStringLiteral("relation"), QT_TRANSLATE_NOOP("ThemeScoreModel", "Relationship")},
        {QStringLiteral("parties_communes"), QT_TRANSLATE_NOOP("ThemeScoreModel", "Common areas")},
        {QStringLiteral("interventions"), QT_TRANSLATE_NOOP("ThemeScoreModel", "Repairs")},
        {QStringLiteral("information"), QT_TRANSLATE_NOOP("ThemeScoreModel", "Information")},
        {QStringLiteral("cadre_de_vie"), QT_TRANSLATE_NOOP("ThemeScoreModel", "Living environment")},
        {QStringLiteral("proprete"), QT_TRANSLATE_NOOP("ThemeScoreModel", "Cleanliness")},
    };
    const auto it = names.constFind(theme);
    return it == names.cend() ? theme : tr(*it);
}

void ThemeScoreModel::rebuild()
{
    m_rows.clear();
    m_previousYear = 0;
    FigureEngine *e = engine();
    const FigureSelection *s = selection();
    const std::optional<WaveInfo> wave = e->wave(s->waveId());
    const WaveSummary *summary = wave ? e->summary(wave->id) : nullptr;
    if (!summary)
        return;
    const GroupFilter filter = groupFilter();
    const std::optional<std::vector<CrossSums>> sums = e->groupSums(wave->id, filter);
    if (!sums)
        return;
    const std::optional<std::vector<double>> se = e->calibratedScoreSe(wave->id, filter); // a raked wave's

    // The previous wave, same group; the region, same filters without the landlord.
    QHash<QString, ScoreFigure> previous;
    if (const std::optional<WaveInfo> before = e->previousWave(*wave)) {
        if (const WaveSummary *old = e->summary(before->id)) {
            if (const auto oldSums = e->groupSums(before->id, filter)) {
                m_previousYear = before->year;
                const auto oldSe = e->calibratedScoreSe(before->id, filter); // a raked wave's
                for (std::size_t i = 0; i < oldSums->size(); ++i)
                    previous.insert(old->questions()[i].code, withStandardError(scoreFigure((*oldSums)[i]), oldSe, int(i)));
            }
        }
    }
    std::optional<std::vector<CrossSums>> regional;
    if (!filter.landlord.isEmpty()) {
        GroupFilter region = filter;
        region.landlord.clear();
        regional = e->groupSums(wave->id, region);
    }

    const Codebook &codebook = e->codebook();
    const QString language = s->language();
    // Questionnaire order, grouped by theme in order of first appearance.
    QStringList themes;
    for (const ::Question &q : codebook.questions())
        if (!themes.contains(q.theme))
            themes << q.theme;
    for (const QString &theme : themes) {
        for (const ::Question &q : codebook.questions()) {
            if (q.theme != theme || q.type != QuestionType::Satisfaction4)
                continue;
            const int i = summary->questionIndex(q.code);
            if (i < 0)
                continue;
            Row row;
            row.code = q.code;
            row.theme = q.theme;
            row.label = q.label(language);
            row.parent = q.parent;
            row.figure = withStandardError(scoreFigure((*sums)[i]), se, i);
            if (const auto p = previous.constFind(q.code); p != previous.cend() && p->sufficient()) {
                row.previous = p->score;
                row.changeSignificant = diffSignificant(row.figure, *p);
            }
            if (regional) {
                const ScoreFigure r = scoreFigure((*regional)[i]);
                if (r.sufficient())
                    row.regional = r.score;
            }
            m_rows.push_back(std::move(row));
        }
    }
}

int ThemeScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThemeScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const ScoreFigure &f = row.figure;
    const bool shown = f.sufficient();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Theme: return themeName(row.theme);
        case Code: return row.code;
        case Question: return row.label;
        case Score: return shown ? score(f.score) : tr("n < 30");
        case PctSatisfied: return shown ? percent(f.pctSatisfied) : QString();
        case CiLow: return shown ? score(f.ciLow) : QString();
        case CiHigh: return shown ? score(f.ciHigh) : QString();
        case N: return count(double(f.n));
        case NEff: return count(f.nEff);
        case BandColumn: return bandText(int(f.band));
        case Previous: return row.previous ? score(*row.previous) : QString();
        case ChangeSignificant:
            return row.changeSignificant ? (*row.changeSignificant ? tr("yes") : tr("no")) : QString();
        case Regional: return row.regional ? score(*row.regional) : QString();
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Theme: return row.theme;
        case Code: return row.code;
        case Question: return row.label;
        case Score: return shown ? QVariant(f.score) : QVariant();
        case PctSatisfied: return shown ? QVariant(f.pctSatisfied) : QVariant();
        case CiLow: return shown ? QVariant(f.ciLow) : QVariant();
        case CiHigh: return shown ? QVariant(f.ciHigh) : QVariant();
        case N: return f.n;
        case NEff: return f.nEff;
        case BandColumn: return bandName(f.band);
        case Previous: return row.previous ? QVariant(*row.previous) : QVariant();
        case ChangeSignificant: return row.changeSignificant ? QVariant(*row.changeSignificant) : QVariant();
        case Regional: return row.regional ? QVariant(*row.regional) : QVariant();
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() >= Score ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case +FigureRole::ToolTip: return figureToolTip(f);
    case +FigureRole::Band: return int(f.band);
    case +FigureRole::BandName: return bandName(f.band);
    case +FigureRole::Score: return shown ? f.score : std::nan("");
    case +FigureRole::CiLow: return f.ciLow;
    case +FigureRole::CiHigh: return f.ciHigh;
    case +FigureRole::PctSatisfied: return f.pctSatisfied;
    case +FigureRole::N: return f.n;
    case +FigureRole::NEff: return f.nEff;
    case +FigureRole::Sufficient: return shown;
    case +FigureRole::Significant: return row.changeSignificant ? QVariant(*row.changeSignificant) : QVariant();
    case +FigureRole::Code: return row.code;
    case +FigureRole::Theme: return row.theme;
    case +FigureRole::PreviousScore: return row.previous ? QVariant(*row.previous) : QVariant();
    default: break;
    }
    return {};
}

QVariant ThemeScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return FigureModel::headerData(section, orientation, role);
    switch (section) {
    case Theme: return tr("Theme");
    case Code: return tr("Code");
    case Question: return tr("Question");
    case Score: return tr("Score /10");
    case PctSatisfied: return tr("% satisfied");
    case CiLow: return tr("95% CI low");
    case CiHigh: return tr("95% CI high");
    case N: return tr("n");
    case NEff: return tr("Effective n");
    case BandColumn: return tr("Rating");
    case Previous: return m_previousYear > 0 ? tr("Score %1").arg(m_previousYear) : tr("Previous wave");
    case ChangeSignificant: return tr("Significant change");
    case Regional: return tr("Region");
    }
    return {};
}
