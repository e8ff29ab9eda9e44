#include "segmentfigures.h"

#include "smallsegments.h"

QString landlordStrataName()
{
    return QStringLiteral("bailleur");
}

RespondentStrata respondentStrata(const WaveData &data, const QString &column)
{
    RespondentStrata strata;
    if (column.isEmpty())
        return strata;
    if (column == landlordStrataName()) {
        strata.count = int(data.landlordCodes.size());
        strata.of.assign(data.landlord.begin(), data.landlord.end());
        return strata;
    }
    const int index = segmentColumnIndex(data, column);
    if (index < 0)
        return strata;
    const WaveData::SegmentColumn &segment = data.segments[std::size_t(index)];
    strata.count = int(segment.dictionary.size());
    strata.of.assign(segment.values.begin(), segment.values.end());
    return strata;
}

SegmentSums segmentSums(const WaveData &data, int segmentColumn, int globalColumn,
                        const RespondentFilter &filter, const Codebook *codebook, const RespondentStrata &strata)
{
    SegmentSums result;
    if (segmentColumn < 0 || segmentColumn >= int(data.segments.size()))
        return result;
    const WaveData::SegmentColumn &segment = data.segments[std::size_t(segmentColumn)];
    result.column = segment.name;
    result.globalColumn = globalColumn;

    // Groups: (value, or `values` for the respondents outside the filter) ×
    // stratum, so that every respondent of the design is counted in N.
    // Values seen by fewer than MinSegmentRespondents of the wave are one
    // group, "others", never named.
    const SegmentGroups shown = segmentGroups(segment);
    const int dictionarySize = int(segment.dictionary.size());
    const int values = int(shown.names.size());
    const int strataCount = strata.isNull() ? 1 : strata.count;
    std::vector<int> groupOf(std::size_t(data.respondentCount()), -1);
    for (std::size_t i = 0; i < groupOf.size(); ++i) {
        const int value = segment.values[i];
        const int slot = value < dictionarySize && filter.accepts(data, i) ? shown.groupOf[std::size_t(value)] : values;
        groupOf[i] = slot * strataCount + (strata.isNull() ? 0 : strata.of[i]);
    }
    // The same accumulation as the wave summary, with segment values as groups.
    CellTable table(describeQuestions(data, codebook), globalColumn, (values + 1) * strataCount);
    table.accumulate(data, groupOf);

    result.questions = table.questions();
    const auto stratumOf = [strataCount](int g) { return g % strataCount; };
    for (int v = 0; v < values; ++v) {
        SegmentGroupSums group{shown.names.at(v), {}};
        group.sums.reserve(result.questions.size());
        const auto include = [v, strataCount](int g) { return g / strataCount == v; };
        for (int q = 0; q < int(result.questions.size()); ++q)
            group.sums.push_back(table.domainSum(q, include, stratumOf, strata.isNull() ? 0 : strataCount));
        result.groups.push_back(std::move(group));
    }
    return result;
}

int segmentColumnIndex(const WaveData &data, const QString &name)
{
    for (std::size_t i = 0; i < data.segments.size(); ++i) {
        if (data.segments[i].name == name)
            return int(i);
    }
    return -1;
}
