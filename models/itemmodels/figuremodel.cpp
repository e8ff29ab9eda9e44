#include "figuremodel.h"

#include "figure.h"
#include "figureengine.h"
#include "figureroles.h"
#include "segmentnames.h"

#include <cmath>

FigureModel::FigureModel(FigureEngine *engine, FigureSelection *selection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
    , m_selection(selection)
{
    connect(selection, &FigureSelection::changed, this, &FigureModel::refresh);
}

void FigureModel::refresh()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

int FigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

QString FigureModel::scopeDescription() const
{
    const std::optional<WaveInfo> wave = m_engine->wave(m_selection->waveId());
    if (!wave)
        return QString();
    QStringList parts;
    parts << tr("%1 wave, %2").arg(wave->year).arg(wave->scope);
    parts << (m_selection->landlord().isEmpty() ? tr("all landlords") : tr("landlord %1").arg(m_selection->landlord()));
    if (m_selection->qpvFilter() == FigureSelection::QpvFilter::Qpv)
        parts << tr("QPV tenants");
    else if (m_selection->qpvFilter() == FigureSelection::QpvFilter::HorsQpv)
        parts << tr("tenants outside QPV");
    if (!m_selection->segmentColumn().isEmpty())
        parts << tr("%1: %2", "segment filter").arg(segmentDisplayName(m_selection->segmentColumn(), m_selection->language()),
                                               m_selection->segmentValue());
    if (wave->isDemo)
        parts << tr("demo data");
    return parts.join(QStringLiteral(" · "));
}

void FigureModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    refresh();
}

GroupFilter FigureModel::groupFilter() const
{
    GroupFilter filter;
    filter.landlord = m_selection->landlord();
    if (m_selection->qpvFilter() != FigureSelection::QpvFilter::All)
        filter.qpv = m_selection->qpvFilter() == FigureSelection::QpvFilter::Qpv;
    filter.segmentColumn = m_selection->segmentColumn();
    filter.segmentValue = m_selection->segmentValue();
    return filter;
}

QString FigureModel::score(double value) const
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    // The one display rounding (figure.h): -0.04 reads 0,0, never -0,0.
    return formatScore(value, locale());
}

QString percentSuffix(const QLocale &locale)
{
    return locale.language() == QLocale::French ? QStringLiteral("\u202F%") : QStringLiteral("%");
}

QString signedDifference(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    // Rounded as every score is shown (formatScore), then signed unless zero.
    const QString magnitude = formatScore(std::abs(value), locale);
    if (magnitude == locale.toString(0.0, 'f', 1))
        return magnitude;
    return (value > 0 ? QString(QLatin1Char('+')) : QString(QChar(0x2212))) + magnitude;
}

QString FigureModel::percent(double value) const
{
    return std::isfinite(value) ? locale().toString(value, 'f', 0) + percentSuffix(locale()) : QStringLiteral("–");
}

QString FigureModel::count(double value) const
{
    return std::isfinite(value) ? locale().toString(qint64(std::llround(value))) : QStringLiteral("–");
}

QString FigureModel::bandText(int band) const
{
    switch (Band(band)) {
    case Band::Insuffisant: return tr("insufficient");
    case Band::Moyen: return tr("average");
    case Band::Satisfaisant: return tr("satisfactory");
    case Band::EffectifInsuffisant: return tr("base too small");
    }
    return QString();
}

QVariant FigureModel::scoreFigureData(const ScoreFigure &figure, int role)
{
    switch (role) {
    case +FigureRole::Band: return int(figure.band);
    case +FigureRole::BandName: return bandName(figure.band);
    case +FigureRole::Score: return figure.sufficient() ? figure.score : std::nan("");
    case +FigureRole::CiLow: return figure.ciLow;
    case +FigureRole::CiHigh: return figure.ciHigh;
    case +FigureRole::PctSatisfied: return figure.pctSatisfied;
    case +FigureRole::N: return figure.n;
    case +FigureRole::NEff: return figure.nEff;
    case +FigureRole::Sufficient: return figure.sufficient();
    default: return {};
    }
}

QString FigureModel::figureToolTip(const ScoreFigure &figure) const
{
    if (!figure.sufficient())
        return tr("Base too small: %n valid answer(s); at least 30 are needed to show a score.", nullptr,
                  int(figure.n));
    return tr("Score %1 /10 (95% interval %2–%3) · %4 satisfied · n = %5 · effective n = %6")
        .arg(score(figure.score), score(figure.ciLow), score(figure.ciHigh), percent(figure.pctSatisfied),
             count(double(figure.n)), count(figure.nEff));
}
