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
    m_table = scoreTable(*engine(), selection()->waveId(), groupFilter(), selection()->language(),
                         ScoreTable::Comparison::PreviousWave | ScoreTable::Comparison::Region);
    // Questionnaire order, grouped by theme in order of first appearance.
    QStringList themes;
    for (const ::Question &q : engine()->codebook().questions())
        if (!themes.contains(q.theme))
            themes << q.theme;
    m_rows.reserve(m_table.rows.size());
    for (const QString &theme : std::as_const(themes))
        for (const Row &row : m_table.rows)
            if (row.theme == theme)
                m_rows.push_back(row);
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
    case +FigureRole::Significant: return row.changeSignificant ? QVariant(*row.changeSignificant) : QVariant();
    case +FigureRole::Code: return row.code;
    case +FigureRole::Theme: return row.theme;
    case +FigureRole::PreviousScore: return row.previous ? QVariant(*row.previous) : QVariant();
    default: return scoreFigureData(f, role);
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
    case Previous: return m_table.previousYear > 0 ? tr("Score %1").arg(m_table.previousYear) : tr("Previous wave");
    case ChangeSignificant: return tr("Significant change");
    case Regional: return tr("Region");
    }
    return {};
}
