#include "figureengine.h"

#include "segmentfigures.h"
#include "smallsegments.h"
#include "store.h"

#include <algorithm>

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
    m_segments.clear();
    m_calibrated.clear();
    m_landlordDesigns.clear();
    m_recentGroups.clear();
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
    // A damaged wave (Store::damage()) is reported, never rebuilt.
    if (!summary && m_store->error().kind == StoreError::Kind::Corrupt)
        return nullptr;
    if (!summary) {
        // Missing or written by an older format: rebuilt from the answers, once.
        const WaveData *data = waveData(waveId);
        if (!data)
            return nullptr;
        summary = WaveSummary::build(*data, globalColumn(*data, codebook()), &codebook());
        m_store->saveWaveSummary(waveId, summary->serialize());
    }
    summary->setLandlordStrata(strata(waveId) == landlordStrataName());
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

QString FigureEngine::strata(qint64 waveId)
{
    const std::optional<WaveInfo> w = wave(waveId);
    return w ? w->strata : QString();
}

bool FigureEngine::needsRawStrata(qint64 waveId)
{
    const QString column = strata(waveId);
    return !column.isEmpty() && column != landlordStrataName();
}

std::vector<CrossSums> FigureEngine::tableSums(const SegmentTable &segment, int slot, bool allButSlot,
                                               std::optional<bool> qpv) const
{
    const int strata = std::max(segment.strata, 1);
    const int outside = int(segment.values.size());
    const auto include = [&](int group) {
        const int base = group / strata, s = base / 2;
        const bool slotOk = allButSlot ? (s != slot && s != outside) : s == slot;
        return slotOk && (!qpv || (base % 2 == 1) == *qpv);
    };
    const auto stratumOf = [strata](int group) { return group % strata; };
    std::vector<CrossSums> sums;
    sums.reserve(segment.table.questions().size());
    for (int q = 0; q < int(segment.table.questions().size()); ++q)
        sums.push_back(segment.table.domainSum(q, include, stratumOf, segment.strata));
    // describeQuestions() gives the summary's question order, so indices match.
    return sums;
}

std::optional<std::vector<CrossSums>> FigureEngine::groupSums(qint64 waveId, const GroupFilter &filter)
{
    const GroupKey key{waveId, filter};
    for (auto it = m_recentGroups.begin(); it != m_recentGroups.end(); ++it)
        if (it->first == key) {
            // The newest last: a group asked for again stays.
            std::rotate(it, it + 1, m_recentGroups.end());
            return m_recentGroups.back().second;
        }
    std::optional<std::vector<CrossSums>> sums = computeGroupSums(waveId, filter);
    constexpr std::size_t Kept = 24; // a filter change's groups in every wave of a store, and a few more
    if (m_recentGroups.size() >= Kept)
        m_recentGroups.erase(m_recentGroups.begin());
    m_recentGroups.emplace_back(key, sums);
    return sums;
}

std::optional<std::vector<CrossSums>> FigureEngine::computeGroupSums(qint64 waveId, const GroupFilter &filter)
{
    const WaveSummary *s = summary(waveId);
    if (!s)
        return std::nullopt;
    const int landlord = filter.landlord.isEmpty() ? -1 : s->landlordIndex(filter.landlord);
    if (!filter.landlord.isEmpty() && landlord < 0)
        return std::nullopt;
    // A part holds no respondent of the others: the region's and the peers'
    // sums are the peer summary's (without the strata it cannot give).
    const bool others = isPart() && filter.landlord != m_store->sessionLandlord();
    if (others && filter.needsRespondents())
        return std::nullopt; // the others' respondents by segment: not its own to show
    if (!filter.needsRespondents() && (!needsRawStrata(waveId) || others))
        return s->sums(landlord < 0 ? SummaryGroup{SummaryGroup::Landlords::All, -1, filter.qpv}
                                    : SummaryGroup::ofLandlord(landlord, filter.qpv));
    std::vector<CrossSums> sums;
    if (!filter.needsRespondents()) {
        const SegmentTable *table = segmentTable(waveId, QString(), QString());
        if (!table)
            return std::nullopt;
        // The table's landlords are the wave data's (a part: its own only).
        const int slot = landlord < 0 ? -1 : int(table->values.indexOf(filter.landlord));
        if (landlord >= 0 && slot < 0)
            return std::nullopt;
        sums = slot < 0 ? tableSums(*table, -1, true, filter.qpv) : tableSums(*table, slot, false, filter.qpv);
    } else {
        const SegmentTable *segment = segmentTable(waveId, filter.segmentColumn, filter.landlord);
        const int value = segment ? int(segment->values.indexOf(filter.segmentValue)) : -1;
        if (value < 0)
            return std::nullopt;
        sums = tableSums(*segment, value, false, filter.qpv);
    }
    if (isPart())
        toWaveDesign(waveId, sums);
    return sums;
}

const FigureEngine::SegmentTable *FigureEngine::segmentTable(qint64 waveId, const QString &column,
                                                             const QString &landlord)
{
    const auto key = std::make_tuple(waveId, column, landlord);
    if (const auto it = m_segments.find(key); it != m_segments.end())
        return it->second.get();
    const WaveData *data = waveData(waveId);
    if (!data)
        return nullptr;
    const int index = column.isEmpty() ? -1 : segmentColumnIndex(*data, column);
    if (!column.isEmpty() && index < 0)
        return nullptr;
    const RespondentStrata strata = respondentStrata(*data, this->strata(waveId));
    const int strataCount = strata.isNull() ? 1 : strata.count;
    auto table = std::make_unique<SegmentTable>();
    // A segment value seen by fewer than MinSegmentRespondents of the wave is
    // never named: such values are one group, "others".
    const SegmentGroups shown = index < 0 ? SegmentGroups() : segmentGroups(data->segments[std::size_t(index)]);
    table->values = index < 0 ? data->landlordCodes : shown.names;
    table->strata = strata.isNull() ? 0 : strata.count;
    const int landlordIndex = landlord.isEmpty() ? -1 : int(data->landlordCodes.indexOf(landlord));
    const int outside = int(table->values.size());
    std::vector<int> groupOf(std::size_t(data->respondentCount()), -1);
    for (std::size_t i = 0; i < groupOf.size(); ++i) {
        int slot = int(data->landlord[i]);
        if (index >= 0) {
            const std::size_t value = data->segments[std::size_t(index)].values[i];
            slot = value < shown.groupOf.size() ? shown.groupOf[value] : outside;
        }
        if (landlordIndex >= 0 && data->landlord[i] != landlordIndex)
            slot = outside;
        groupOf[i] = (std::min(slot, outside) * 2 + (data->qpv[i] ? 1 : 0)) * strataCount
            + (strata.isNull() ? 0 : strata.of[i]);
    }
    table->table = CellTable(describeQuestions(*data, &codebook()), globalColumn(*data, codebook()),
                             (outside + 1) * 2 * strataCount);
    table->table.accumulate(*data, groupOf);
    auto &slot = m_segments[key];
    slot = std::move(table);
    return slot.get();
}

std::optional<std::vector<CrossSums>> FigureEngine::restSums(qint64 waveId, const GroupFilter &filter)
{
    const WaveSummary *s = summary(waveId);
    if (!s || filter.landlord.isEmpty() || filter.needsRespondents())
        return std::nullopt;
    const int landlord = s->landlordIndex(filter.landlord);
    if (landlord < 0)
        return std::nullopt;
    if (needsRawStrata(waveId)) {
        const SegmentTable *table = segmentTable(waveId, QString(), QString());
        // A part holds no respondent of the rest: the peer summary's sums
        // (their errors come with its landlord design: regionSe()).
        if (isPart())
            return s->sums(SummaryGroup::restOf(landlord, filter.qpv));
        const int slot = table ? int(table->values.indexOf(filter.landlord)) : -1;
        if (slot < 0)
            return std::nullopt;
        return tableSums(*table, slot, true, filter.qpv);
    }
    return s->sums(SummaryGroup::restOf(landlord, filter.qpv));
}
