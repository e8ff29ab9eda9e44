#pragma once

#include "crosssums.h"

#include <QString>

#include <optional>
#include <vector>

class Codebook;

/// Which respondents a segment breakdown covers.
struct RespondentFilter
{
    int landlord = -1;        ///< index in WaveData::landlordCodes; -1: all
    std::optional<bool> qpv;  ///< true: QPV only; false: hors QPV only

    bool accepts(const WaveData &data, std::size_t respondent) const
    {
        return (landlord < 0 || data.landlord[respondent] == landlord)
            && (!qpv || (data.qpv[respondent] != 0) == *qpv);
    }
};

/// The sums of every question for one value of a segment column.
struct SegmentGroupSums
{
    QString value;                  ///< as in the segment's dictionary ("" is a value too), or "others"
    std::vector<CrossSums> sums;    ///< one per question, in questions order
};

/// The slow path for segment columns, which the wave summary does not cover:
/// the same sums, grouped by segment value, read from the answers. Feed
/// sums to scoreFigure(), shareFigure() and analyseDrivers().
struct SegmentSums
{
    QString column;
    std::vector<QuestionInfo> questions;
    int globalColumn = -1;
    /// In dictionary order, every value seen by MinSegmentRespondents or
    /// more, then the others as one group (smallsegments.h).
    std::vector<SegmentGroupSums> groups;
};

/// The stratum of every respondent of a wave (survey-files.md §5).
struct RespondentStrata
{
    std::vector<int> of; ///< per respondent, 0..count−1; empty: no strata
    int count = 0;

    bool isNull() const { return of.empty(); }
};

/// The name a design stratified by landlord records: "bailleur".
QString landlordStrataName();
/// Strata of data by column: landlordStrataName() or a segment column's
/// name; null when column is empty or not in the wave.
RespondentStrata respondentStrata(const WaveData &data, const QString &column);

/// segmentColumn: index in data.segments; globalColumn as for
/// WaveSummary::build(). An empty result when segmentColumn is out of range.
/// Each value's sums are a domain of the wave's design for that question:
/// every respondent of the wave (filter or not), with strata when given.
SegmentSums segmentSums(const WaveData &data, int segmentColumn, int globalColumn,
                        const RespondentFilter &filter = {}, const Codebook *codebook = nullptr,
                        const RespondentStrata &strata = {});

/// Index in data.segments of the column with that name, or -1.
int segmentColumnIndex(const WaveData &data, const QString &name);
