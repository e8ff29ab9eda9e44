#include "figureengine.h"

#include "segmentfigures.h"
#include "store.h"

FigureEngine::FigureEngine(Store *store)
    : m_store(store)
{
}

void FigureEngine::setStore(Store *store)
{
    m_store = store;
    invalidate();
}

void FigureEngine::invalidate()
{
    m_codebook.reset();
    m_waves.reset();
    m_published.reset();
    m_summaries.clear();
    m_waveData.clear();
}

const Codebook &FigureEngine::codebook()
{
    if (!m_codebook)
        m_codebook = m_store ? m_store->codebook() : Codebook();
    return *m_codebook;
}

const QList<WaveInfo> &FigureEngine::waves()
{
    if (!m_waves)
        m_waves = m_store ? m_store->waves() : QList<WaveInfo>();
    return *m_waves;
}

std::optional<WaveInfo> FigureEngine::wave(qint64 id)
{
    for (const WaveInfo &w : waves())
        if (w.id == id)
            return w;
    return std::nullopt;
}

std::optional<WaveInfo> FigureEngine::latestWave(int year, const QString &scope)
{
    std::optional<WaveInfo> best;
    for (const WaveInfo &w : waves()) // sorted by year, then scope
        if ((year <= 0 || w.year == year) && (scope.isEmpty() || w.scope == scope))
            best = w;
    return best;
}

std::optional<WaveInfo> FigureEngine::previousWave(const WaveInfo &wave)
{
    std::optional<WaveInfo> previous;
    for (const WaveInfo &w : waves())
        if (w.scope == wave.scope && w.year < wave.year)
            previous = w;
    return previous;
}

const QList<PublishedFigure> &FigureEngine::publishedFigures()
{
    if (!m_published)
        m_published = m_store ? m_store->publishedFigures() : QList<PublishedFigure>();
    return *m_published;
}

const WaveSummary *FigureEngine::summary(qint64 waveId)
{
    if (const auto it = m_summaries.find(waveId); it != m_summaries.end())
        return it->second.get();
    if (!m_store)
        return nullptr;
    std::optional<WaveSummary> summary = WaveSummary::deserialize(m_store->waveSummary(waveId));
    if (!summary) {
        // Missing or written by an older format: rebuilt from the answers, once.
        const WaveData *data = waveData(waveId);
        if (!data)
            return nullptr;
        summary = WaveSummary::build(*data, globalColumn(*data, codebook()), &codebook());
        m_store->saveWaveSummary(waveId, summary->serialize());
    }
    auto &slot = m_summaries[waveId];
    slot = std::make_unique<WaveSummary>(std::move(*summary));
    return slot.get();
}

const WaveData *FigureEngine::waveData(qint64 waveId)
{
    if (const auto it = m_waveData.find(waveId); it != m_waveData.end())
        return it->second.get();
    if (!m_store)
        return nullptr;
    std::optional<WaveData> data = m_store->loadWave(waveId);
    if (!data)
        return nullptr;
    auto &slot = m_waveData[waveId];
    slot = std::make_unique<WaveData>(std::move(*data));
    return slot.get();
}

std::optional<std::vector<CrossSums>> FigureEngine::groupSums(qint64 waveId, const GroupFilter &filter)
{
    const WaveSummary *s = summary(waveId);
    if (!s)
        return std::nullopt;
    const int landlord = filter.landlord.isEmpty() ? -1 : s->landlordIndex(filter.landlord);
    if (!filter.landlord.isEmpty() && landlord < 0)
        return std::nullopt;
    if (!filter.needsRespondents())
        return s->sums(landlord < 0 ? SummaryGroup{SummaryGroup::Landlords::All, -1, filter.qpv}
                                    : SummaryGroup::ofLandlord(landlord, filter.qpv));

    const WaveData *data = waveData(waveId);
    if (!data)
        return std::nullopt;
    const int column = segmentColumnIndex(*data, filter.segmentColumn);
    if (column < 0)
        return std::nullopt;
    RespondentFilter respondents;
    respondents.landlord = filter.landlord.isEmpty() ? -1 : int(data->landlordCodes.indexOf(filter.landlord));
    respondents.qpv = filter.qpv;
    const SegmentSums segment = segmentSums(*data, column, globalColumn(*data, codebook()), respondents, &codebook());
    for (const SegmentGroupSums &group : segment.groups)
        if (group.value == filter.segmentValue) {
            // The segment path describes the questions from the answers as the
            // summary does, so its order is the summary's.
            return group.sums;
        }
    return std::nullopt;
}

std::optional<std::vector<CrossSums>> FigureEngine::restSums(qint64 waveId, const GroupFilter &filter)
{
    const WaveSummary *s = summary(waveId);
    if (!s || filter.landlord.isEmpty() || filter.needsRespondents())
        return std::nullopt;
    const int landlord = s->landlordIndex(filter.landlord);
    if (landlord < 0)
        return std::nullopt;
    return s->sums(SummaryGroup::restOf(landlord, filter.qpv));
}
