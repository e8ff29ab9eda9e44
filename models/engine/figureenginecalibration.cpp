// FigureEngine's path for raked waves: standard errors on the calibrated
// design (survey-files.md section 6), beside the sums-based figures.
#include "figureengine.h"

#include "drivers.h"
#include "ranking.h"
#include "raking.h"
#include "segmentfigures.h"
#include "smallsegments.h"
#include "store.h"

const CalibratedDesign *FigureEngine::calibratedDesign(qint64 waveId)
{
    if (const auto it = m_calibrated.find(waveId); it != m_calibrated.end())
        return it->second.get();
    std::unique_ptr<CalibratedDesign> design;
    if (isPart()) {
        const WaveData *own = waveData(waveId);
        auto &slot = m_calibrated[waveId];
        slot = own ? partDesign(waveId, *own) : nullptr;
        return slot.get();
    }
    const std::optional<WaveWeighting> weighting = m_store ? m_store->weighting(waveId) : std::nullopt;
    const WaveData *data = weighting ? waveData(waveId) : nullptr;
    if (data) {
        const std::optional<CalibrationCategories> categories = matchMargins(*data, weighting->margins, nullptr);
        // The wave's strata (survey-files.md section 5): the landlord or a segment column.
        std::vector<int> stratumOf;
        const QString column = strata(waveId);
        if (column == landlordStrataName()) {
            stratumOf.assign(data->landlord.begin(), data->landlord.end());
        } else if (const int index = column.isEmpty() ? -1 : segmentColumnIndex(*data, column); index >= 0) {
            const std::vector<std::uint16_t> &values = data->segments[std::size_t(index)].values;
            stratumOf.assign(values.begin(), values.end());
        }
        if (categories && categories->categoryOf.size() == weighting->lastFactors.size())
            design = std::make_unique<CalibratedDesign>(*data, *categories, weighting->lastFactors,
                                                        std::move(stratumOf), &codebook(),
                                                        globalColumn(*data, codebook()), weighting->untrimmed);
    }
    auto &slot = m_calibrated[waveId];
    slot = std::move(design);
    return slot.get();
}

std::optional<CalibratedGroup> FigureEngine::calibratedGroup(const WaveData &data, const GroupFilter &filter, bool rest) const
{
    // A part's design knows its own landlord's groups only: the region's
    // and the rest's errors stay those of the sums (isPart()).
    if (isPart() && (filter.landlord.isEmpty() || rest))
        return std::nullopt;
    CalibratedGroup group;
    group.qpv = filter.qpv;
    if (!filter.landlord.isEmpty()) {
        group.landlord = int(data.landlordCodes.indexOf(filter.landlord));
        if (group.landlord < 0)
            return std::nullopt;
        group.allButLandlord = rest;
    }
    if (filter.needsRespondents()) {
        group.segmentColumn = segmentColumnIndex(data, filter.segmentColumn);
        if (group.segmentColumn < 0)
            return std::nullopt;
        // The value as the figures show it: a value's own group, or the
        // group of small values (smallsegments.h).
        const SegmentGroups shown = segmentGroups(data.segments[std::size_t(group.segmentColumn)]);
        const int slot = int(shown.names.indexOf(filter.segmentValue));
        if (slot < 0)
            return std::nullopt;
        for (std::size_t v = 0; v < shown.groupOf.size(); ++v)
            if (shown.groupOf[v] == slot)
                group.segmentValues.push_back(int(v));
        group.segmentValue = group.segmentValues.size() == 1 ? group.segmentValues.front() : -1;
    }
    return group;
}

std::optional<std::vector<double>> FigureEngine::calibratedScoreSe(qint64 waveId, const GroupFilter &filter, bool rest)
{
    int region = 0;
    if (const LandlordDesign *design = regionDesign(waveId, filter, rest, &region))
        return design->regionScoreSe[std::size_t(region)];
    const CalibratedDesign *design = calibratedDesign(waveId);
    const WaveData *data = design ? waveData(waveId) : nullptr;
    const std::optional<CalibratedGroup> group = data ? calibratedGroup(*data, filter, rest) : std::nullopt;
    if (!group)
        return std::nullopt;
    return design->scoreSe(*group);
}

std::optional<double> FigureEngine::calibratedQuestionSe(qint64 waveId, const GroupFilter &filter, int question)
{
    int region = 0;
    if (const LandlordDesign *design = regionDesign(waveId, filter, false, &region)) {
        const std::vector<double> &se = design->regionScoreSe[std::size_t(region)];
        return question >= 0 && question < int(se.size()) ? std::optional<double>(se[std::size_t(question)])
                                                           : std::nullopt;
    }
    const CalibratedDesign *design = calibratedDesign(waveId);
    const WaveData *data = design ? waveData(waveId) : nullptr;
    const std::optional<CalibratedGroup> group = data ? calibratedGroup(*data, filter, false) : std::nullopt;
    if (!group)
        return std::nullopt;
    return design->scoreSe(question, *group);
}

std::optional<std::vector<double>> FigureEngine::calibratedShareSe(qint64 waveId, const GroupFilter &filter,
                                                                   int question, bool rest)
{
    int region = 0;
    if (const LandlordDesign *design = regionDesign(waveId, filter, rest, &region)) {
        const auto &se = design->regionShareSe[std::size_t(region)];
        return question >= 0 && question < int(se.size()) ? std::optional(se[std::size_t(question)]) : std::nullopt;
    }
    const CalibratedDesign *design = calibratedDesign(waveId);
    const WaveData *data = design ? waveData(waveId) : nullptr;
    const std::optional<CalibratedGroup> group = data ? calibratedGroup(*data, filter, rest) : std::nullopt;
    if (!group)
        return std::nullopt;
    return design->shareSe(question, *group);
}

void FigureEngine::calibrate(Ranking &ranking, qint64 waveId, const GroupFilter &filter)
{
    const CalibratedDesign *design = calibratedDesign(waveId);
    const WaveData *data = design ? waveData(waveId) : nullptr;
    GroupFilter all = filter;
    all.landlord.clear();
    if (const std::optional<CalibratedGroup> group = data ? calibratedGroup(*data, all, false) : std::nullopt)
        calibrateRanking(ranking, *design, *group);
}

void FigureEngine::calibrate(DriverAnalysis &analysis, qint64 waveId, const GroupFilter &filter)
{
    if (const std::optional<std::vector<double>> se = calibratedScoreSe(waveId, filter))
        calibrateDrivers(analysis, *se);
}

std::optional<WeightingReport> FigureEngine::rakingReport(qint64 waveId)
{
    const std::optional<WaveWeighting> weighting = m_store ? m_store->weighting(waveId) : std::nullopt;
    const std::optional<WaveData> file = weighting ? m_store->loadWave(waveId, true) : std::nullopt;
    const std::optional<CalibrationCategories> categories =
        file ? matchMargins(*file, weighting->margins, nullptr) : std::nullopt;
    if (!categories || file->weights.size() != weighting->weights.size())
        return std::nullopt;
    return weightingReport(file->weights, weighting->weights, weighting->margins, *categories, weighting->passes);
}
