#pragma once

#include "crosssums.h"

#include <vector>

/// One answer's weighted share among the valid answers of a group.
struct OptionShare
{
    int option = 0;       ///< answer code: satisfaction 1..4, yes/no 1..2, single 1-based position
    double percent = 0.0; ///< weighted share × 100
    double se = 0.0;      ///< its linearisation standard error, in percentage points
    qint64 n = 0;         ///< respondents who gave this answer
    double sumW = 0.0;
};

/// Weighted shares of every answer of a question over one group: the
/// distribution of a satisfaction question, or the shares of a yes/no or
/// single-choice question.
struct ShareFigure
{
    std::vector<OptionShare> options; ///< codes 1..optionCount, in order
    qint64 n = 0;                     ///< valid answers
    double sumW = 0.0;
    double nEff = 0.0;                ///< Kish effective size

    bool sufficient() const;
};

/// Shares of answers 1..optionCount; se as survey::svymean on the factor
/// over the valid answers. NaN where undefined (no answers; se with one).
ShareFigure shareFigure(const CrossSums &sums);

/// The distribution of a satisfaction question over its four answers.
inline ShareFigure distribution(const CrossSums &sums)
{
    return shareFigure(sums);
}
