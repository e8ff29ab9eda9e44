#include "regionbeside.h"

#include "figureengine.h"
#include "figuremodel.h"
#include "figureselection.h"

#include <cmath>

RegionBeside::RegionBeside() = default;
RegionBeside::~RegionBeside() = default;

void RegionBeside::update(FigureEngine *engine, const FigureSelection *selection)
{
    m_landlord = -1;
    if (selection->landlord().isEmpty() || !selection->segmentColumn().isEmpty())
        return;
    const WaveSummary *summary = engine->summary(selection->waveId());
    if (!summary)
        return;
    const std::optional<bool> qpv = selection->qpvFilter() == FigureSelection::QpvFilter::All
                                        ? std::nullopt
                                        : std::optional<bool>(selection->qpvFilter() == FigureSelection::QpvFilter::Qpv);
    // The benchmark of a wave and QPV side serves every landlord: computed
    // again only when either changes (a copy of the sums, as a wave raked
    // again keeps its id).
    const CalibratedDesign *design = engine->calibratedDesign(selection->waveId());
    if (!m_benchmark || qpv != m_qpv || design != m_design || summary->landlordStrata() != m_summary.landlordStrata()
        || !(*summary == m_summary)) {
        m_benchmark = std::make_unique<LandlordBenchmark>(*summary, qpv, design);
        m_summary = *summary;
        m_qpv = qpv;
        m_design = design;
    }
    m_landlord = int(m_benchmark->landlordCodes().indexOf(selection->landlord()));
}

const LandlordQuestion *RegionBeside::question(const QString &code) const
{
    if (m_landlord < 0)
        return nullptr;
    for (const LandlordQuestion &q : m_benchmark->questions(m_landlord))
        if (q.code == code)
            return &q;
    return nullptr;
}

QString RegionBeside::scoreText(const QString &code, const QLocale &locale) const
{
    const LandlordQuestion *q = question(code);
    if (!q || !q->region.sufficient())
        return QString();
    const QString region = formatScore(q->region.score, locale);
    if (!q->gap())
        return tr("Region %1").arg(region);
    const double gap = displayedScore(q->landlord.score) - displayedScore(q->region.score);
    return tr("Region %1 · gap %2").arg(region, signedDifference(gap, locale))
           + (q->significant.value_or(false) ? QStringLiteral(" ✱") : QString());
}

QString RegionBeside::percentText(const QString &code, const QLocale &locale) const
{
    const LandlordQuestion *q = question(code);
    if (!q || !q->region.sufficient())
        return QString();
    const QString region = locale.toString(q->region.pctSatisfied, 'f', 0) + percentSuffix(locale);
    if (!q->landlord.sufficient())
        return tr("Region %1").arg(region);
    const double gap = std::round(q->landlord.pctSatisfied) - std::round(q->region.pctSatisfied);
    return tr("Region %1 · gap %2").arg(region, (gap > 0 ? QStringLiteral("+") : gap < 0 ? QStringLiteral("−") : QString())
                                                    + locale.toString(std::abs(gap), 'f', 0));
}

QString RegionBeside::countText(const QString &code, const QLocale &locale) const
{
    const LandlordQuestion *q = question(code);
    return q ? tr("Region %1").arg(locale.toString(q->region.n)) : QString();
}
