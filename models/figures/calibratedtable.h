#pragma once
// Internal to calibrateddesign*.cpp: the answers' sums of a raked wave per
// fine group, and what one group's figures need.

#include "calibrateddesign.h"

#include <algorithm>
#include <cstdint>
#include <vector>

/// The answers' sums per fine group (calibration cell × landlord × QPV ×
/// value of one segment column): sums[question][group × (options + 1) + answer].
struct CalibratedDesign::Table
{
    std::vector<int> cellOf;          ///< per fine group
    std::vector<int> landlordOf;
    std::vector<std::uint8_t> qpvOf;
    std::vector<int> valueOf;         ///< segment value, -1 without segment
    std::vector<std::vector<Sums>> sums;
    /// Satisfaction questions: the moments of the points per fine group.
    std::vector<std::vector<Moments>> scoreMoments;

    bool contains(std::size_t fineGroup, const CalibratedGroup &group) const
    {
        if (group.qpv && (qpvOf[fineGroup] != 0) != *group.qpv)
            return false;
        if (group.landlord >= 0 && (landlordOf[fineGroup] == group.landlord) == group.allButLandlord)
            return false;
        if (group.segmentColumn < 0)
            return true;
        if (group.segmentValues.empty())
            return valueOf[fineGroup] == group.segmentValue;
        return std::find(group.segmentValues.begin(), group.segmentValues.end(), valueOf[fineGroup])
            != group.segmentValues.end();
    }
};

/// One group's calibration cells ("local" cells, numbered in order of first
/// fine group) and the categories they fall in (its support), with the
/// variance operators cut down to that support: every question of the group
/// then works on small dense arrays.
struct CalibratedDesign::Plan
{
    CalibratedGroup group;
    const Table *table = nullptr;
    std::vector<int> fine;            ///< the group's fine groups
    std::vector<int> localOf;         ///< per fine entry: its local cell
    std::size_t cells = 0;
    /// Each local cell is one fine group, local cell c being fine[c].
    bool oneFinePerCell = false;
    std::vector<double> factor;       ///< per local cell: f_h
    std::vector<int> activeStratum;   ///< per local cell: index in m_activeStrata, or -1
    std::vector<int> category;        ///< [local × margins + k]: index in the support
    std::vector<double> h;            ///< [local × margins + k]
    std::vector<double> inverseH;
    std::size_t support = 0;
    std::vector<double> k, p;         ///< support × support
    std::vector<double> tk;           ///< active strata × support
    std::vector<double> strataScale;  ///< per active stratum: f_h / n_h
};

/// Adds the sums s of answers worth x to m.
void addMoments(CalibratedDesign::Moments &m, const CalibratedDesign::Sums &s, double x);
