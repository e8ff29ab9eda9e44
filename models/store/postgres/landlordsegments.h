#pragma once

#include "wavedata.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

class PgPipe;

/// What a landlord's user reads of a wave's segment columns on a server
/// (pgtables.cpp, step 4; security.sql): each column's dictionary with the
/// values none of its own respondents has replaced by null, at their
/// positions, so that its own codes still point at their values and no
/// other landlord's value (an agency's name, say) reaches it.
namespace LandlordSegments {

/// Which values of each segment column (values[column][code]) a landlord's
/// respondents have.
using Used = std::vector<std::vector<bool>>;

/// The dictionary as JSON, the values not used as null.
QByteArray dictionaryJson(const QStringList &dictionary, const std::vector<bool> &used);

/// For each of data's landlords (data.landlordCodes' order), the values its
/// respondents have.
std::vector<Used> usedByLandlord(const WaveData &data);

/// One row per landlord and segment column of waveId, in the caller's
/// transaction: landlordIds[l] and used[l] for the wave's landlord l,
/// segments with their whole dictionaries. Sent without waiting: the next
/// statement on pipe, or its wait(), reads the result.
bool write(PgPipe &pipe, qint64 waveId, const std::vector<qint64> &landlordIds, const std::vector<Used> &used,
           const std::vector<WaveData::SegmentColumn> &segments);

} // namespace LandlordSegments
