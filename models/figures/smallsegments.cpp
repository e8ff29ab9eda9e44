#include "smallsegments.h"

#include <QCoreApplication>

QString otherSegmentValues()
{
    return QCoreApplication::translate("SmallSegments", "others");
}

SegmentGroups segmentGroups(const QStringList &dictionary, const std::vector<int> &counts)
{
    SegmentGroups groups;
    groups.groupOf.assign(std::size_t(dictionary.size()), -1);
    bool small = false;
    for (int v = 0; v < int(dictionary.size()); ++v) {
        const int count = v < int(counts.size()) ? counts[std::size_t(v)] : 0;
        if (count >= MinSegmentRespondents) {
            groups.groupOf[std::size_t(v)] = int(groups.names.size());
            groups.names << dictionary[v];
        } else {
            small = true;
        }
    }
    if (small) {
        groups.hasOthers = true;
        const int others = int(groups.names.size());
        groups.names << otherSegmentValues();
        for (int &g : groups.groupOf)
            if (g < 0)
                g = others;
    }
    return groups;
}

SegmentGroups segmentGroups(const WaveData::SegmentColumn &column)
{
    std::vector<int> counts(std::size_t(column.dictionary.size()), 0);
    for (std::uint16_t v : column.values)
        if (v < counts.size())
            ++counts[v];
    return segmentGroups(column.dictionary, counts);
}
