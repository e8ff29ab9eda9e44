#pragma once

#include "crosssums.h"

#include <optional>
#include <vector>

/// One answer's weighted share among the valid answers of a group.
struct OptionShare
{
    int option = 0;       ///< answer code: satisfaction 1..4, yes/no 1..2, single 1-based position
    double percent = 0.0; ///< weighted share × 100
    double se = 0.0;      ///< its linearisation standard error, in percentage points
    double ciLow = 0.0;   ///< percent − z·se (z = 1.959964), in percent
    double ciHigh = 0.0;  ///< percent + z·se
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

/// Shares of answers 1..optionCount over the group, a domain of
/// sums.design() (survey-files.md §4, with or without strata):
/// svymean(~factor(answer), subset(design, group)). NaN where undefined (no
/// answers; se with one).
ShareFigure shareFigure(const CrossSums &sums);

/// f with the standard errors of its shares replaced by se (proportions,
/// index 0 = option 1: CalibratedDesign::shareSe()), intervals too; f
/// unchanged when se does not have one per option.
ShareFigure withStandardErrors(ShareFigure f, const std::vector<double> &se);

/// Option option (1-based) differs between two independent groups at 95%
/// (the rule of scores); nullopt when either group is insufficient.
std::optional<bool> shareDiffSignificant(const ShareFigure &a, const ShareFigure &b, int option);

/// The distribution of a satisfaction question over its four answers.
inline ShareFigure distribution(const CrossSums &sums)
{
    return shareFigure(sums);
}
