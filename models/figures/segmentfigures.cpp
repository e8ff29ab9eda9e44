#include "segmentfigures.h"

SegmentSums segmentSums(const WaveData &data, int segmentColumn, int globalColumn,
                        const RespondentFilter &filter, const Codebook *codebook)
{
    SegmentSums result;
    if (segmentColumn < 0 || segmentColumn >= int(data.segments.size()))
        return result;
    const WaveData::SegmentColumn &segment = data.segments[std::size_t(segmentColumn)];
    result.column = segment.name;
    result.globalColumn = globalColumn;

    const int values = int(segment.dictionary.size());
    std::vector<int> groupOf(std::size_t(data.respondentCount()), -1);
    for (std::size_t i = 0; i < groupOf.size(); ++i) {
        const int value = segment.values[i];
        if (value < values && filter.accepts(data, i))
            groupOf[i] = value;
    }
    // The same accumulation as the wave summary, with segment values as groups.
    CellTable table(describeQuestions(data, codebook), globalColumn, values);
    table.accumulate(data, groupOf);

    result.questions = table.questions();
    for (int v = 0; v < values; ++v) {
        SegmentGroupSums group{segment.dictionary.at(v), {}};
        group.sums.reserve(result.questions.size());
        for (int q = 0; q < int(result.questions.size()); ++q)
            group.sums.push_back(table.sum(q, v));
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
