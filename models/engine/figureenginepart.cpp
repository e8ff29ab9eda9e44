// FigureEngine for a landlord's user of a server store, whose waves hold its
// own respondents only: the whole wave's design comes from the peer summary
// (N of every question) and the landlord's design the administrator's client
// wrote (landlorddesign.h), so that its own groups' errors are the
// administrator's.
#include "figureengine.h"

#include "segmentfigures.h"
#include "store.h"

bool FigureEngine::isPart() const
{
    return m_store && m_store->sessionRole() == SessionRole::Kind::Landlord;
}

const LandlordDesign *FigureEngine::landlordDesign(qint64 waveId)
{
    auto it = m_landlordDesigns.find(waveId);
    if (it == m_landlordDesigns.end()) {
        const QByteArray blob = m_store ? m_store->landlordDesign(waveId) : QByteArray();
        it = m_landlordDesigns.emplace(waveId, LandlordDesign::deserialize(blob)).first;
    }
    return it->second ? &*it->second : nullptr;
}

void FigureEngine::toWaveDesign(qint64 waveId, std::vector<CrossSums> &sums)
{
    const WaveSummary *s = summary(waveId);
    if (!s)
        return;
    // N: every landlord's valid answers, which the peer summary counts.
    const std::vector<CrossSums> whole = s->sums(SummaryGroup::whole());
    const LandlordDesign *design = needsRawStrata(waveId) ? landlordDesign(waveId) : nullptr;
    for (std::size_t q = 0; q < sums.size() && q < whole.size(); ++q) {
        DomainDesign wave = sums[q].design();
        wave.n = whole[q].design().n;
        // n_h of the strata the landlord has respondents in (the others
        // hold none of the domain: they add nothing).
        if (wave.stratified() && design)
            for (std::size_t j = 0; j < design->strata.size(); ++j) {
                const std::size_t h = std::size_t(design->strata[j]);
                if (h < wave.strata.size() && q < design->stratumValid[j].size())
                    wave.strata[h].n = design->stratumValid[j][q];
            }
        sums[q].setDesign(std::move(wave));
    }
}

std::unique_ptr<CalibratedDesign> FigureEngine::partDesign(qint64 waveId, const WaveData &data)
{
    const LandlordDesign *design = landlordDesign(waveId);
    return design ? partCalibratedDesign(data, *design, strata(waveId), &codebook()) : nullptr;
}

const LandlordDesign *FigureEngine::regionDesign(qint64 waveId, const GroupFilter &filter, bool rest, int *group)
{
    if (!isPart() || filter.needsRespondents())
        return nullptr;
    const bool own = !filter.landlord.isEmpty() && filter.landlord == m_store->sessionLandlord();
    if (!(filter.landlord.isEmpty() && !rest) && !(own && rest))
        return nullptr;
    const LandlordDesign *design = landlordDesign(waveId);
    *group = LandlordDesign::regionGroup(rest, filter.qpv);
    return design && int(design->regionScoreSe.size()) == LandlordDesign::RegionGroups ? design : nullptr;
}
