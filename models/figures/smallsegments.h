#pragma once

#include "wavedata.h"

#include <QStringList>

#include <vector>

/// A segment value seen by fewer respondents of the wave than this is never
/// shown by name (in a table, chart or export): a small group could be
/// singled out. Such values are grouped under "others".
inline constexpr int MinSegmentRespondents = 30;

/// How a segment column's values are shown.
struct SegmentGroups
{
    QStringList names;          ///< the values shown, in dictionary order, then "others" when any is grouped
    std::vector<int> groupOf;   ///< per dictionary index: index in names
    bool hasOthers = false;     ///< names ends with the group of small values
};

/// counts: respondents of the whole wave per dictionary value.
SegmentGroups segmentGroups(const QStringList &dictionary, const std::vector<int> &counts);
SegmentGroups segmentGroups(const WaveData::SegmentColumn &column);

/// The name of the group of small values: "autres" in French, "others" in English.
QString otherSegmentValues();
