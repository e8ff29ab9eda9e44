#pragma once

#include "question.h"
#include "shares.h"
#include "storetypes.h"

#include <QString>

#include <optional>
#include <vector>

class FigureEngine;

/// What the shares of a wave are asked for (cli.md `shares`, the
/// "Information et usages" page): the groups to compare and the questions.
struct ShareQuery
{
    QString by = QStringLiteral("none"); ///< none, qpv, landlord or a segment column
    QString landlord;                    ///< only this landlord's tenants; empty: all
    QString code;                        ///< one question (any type); empty: every yes/no and single one
    std::optional<bool> qpv;             ///< QPV filter of the window (by none or landlord)
    QString segmentColumn;               ///< segment filter of the window
    QString segmentValue;
};

/// One group's shares of one question, with the group it is compared with:
/// QPV vs hors QPV, a landlord vs the rest of the wave, or the wave before.
struct ShareGroupFigure
{
    QString code;
    QString segment;                      ///< ensemble, qpv, hors_qpv, a landlord code or a segment value
    ShareFigure figure;
    std::optional<ShareFigure> reference; ///< absent: no comparison applies

    std::optional<bool> significant(int option) const
    {
        return reference ? shareDiffSignificant(figure, *reference, option) : std::nullopt;
    }
};

/// The shares of a wave, question by question (codebook order) and group by
/// group. Every group is a domain of the wave's design of the question's
/// valid answers (survey-files.md §4). nullopt and a message in *error when
/// the landlord or the --by column is not in the wave.
std::optional<std::vector<ShareGroupFigure>> waveShares(FigureEngine &engine, const WaveInfo &wave,
                                                        const ShareQuery &query, QString *error = nullptr);

/// The questions shown as shares: yes/no and single-choice.
bool isShareQuestion(const Question &question);
/// The code of option (1-based) as in files: "1"/"2" for yes/no, the
/// codebook's code for single choice, 1..4 for satisfaction.
QString shareOptionCode(const Question &question, int option);
/// Its label in language ("fr" or "en").
QString shareOptionLabel(const Question &question, int option, const QString &language);
/// The 1-based option of a code, or 0.
int shareOptionIndex(const Question &question, const QString &code);
