#pragma once

#include <Qt>

/// Custom roles shared by the figure models. Qt::DisplayRole is text in the
/// locale ("7,8" in French), Qt::EditRole the full-precision number; these
/// carry what charts and delegates need beside it.
enum class FigureRole {
    Band = Qt::UserRole + 1, ///< int(Band) of the row's figure
    BandName,                ///< "insuffisant", "moyen", "satisfaisant", "effectif_insuffisant"
    Score,                   ///< double, NaN when the group is too small
    CiLow,                   ///< double
    CiHigh,                  ///< double
    PctSatisfied,            ///< double 0..100
    N,                       ///< qint64 valid answers
    NEff,                    ///< double
    Sufficient,              ///< bool: at least 30 valid answers
    Significant,             ///< bool or invalid: the row's comparison at 95 %
    Code,                    ///< question code
    Theme,                   ///< theme code
    ToolTip,                 ///< the full tooltip of the figure (same as Qt::ToolTipRole)
    Selected,                ///< bool: the landlord chosen in the filter (rankings)
    Published,               ///< bool: a published figure, not computed (trends)
    Illustrative,            ///< bool: a plausible demo value, never published
    ScopeBreak,              ///< bool: the series restarts here (trends)
    Series,                  ///< int: index of the line the point belongs to (trends)
    Quadrant,                ///< int(Quadrant) (drivers)
    PreviousScore,           ///< double or invalid: same group in the previous wave
};

/// The role as an int, for QAbstractItemModel::data().
constexpr int operator+(FigureRole role)
{
    return int(role);
}
