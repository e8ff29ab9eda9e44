#pragma once

#include "question.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

/// One wave's respondents in columnar form, as Store::loadWave() gives it
/// back: respondent i is index i of every column. An import hands the same
/// columns over a chunk of consecutive respondents at a time (WaveWriter).
struct WaveData
{
    qint64 waveId = 0;
    int year = 0;
    QString scope;

    QStringList respondentIds;          ///< the file's own ids
    std::vector<double> weights;        ///< > 0
    std::vector<std::uint16_t> landlord; ///< index into landlordCodes
    QStringList landlordCodes;
    std::vector<std::uint8_t> qpv;      ///< 1 = QPV, 0 = hors QPV

    /// One question's answers. 0 means no answer; otherwise a satisfaction
    /// code 1..4, a yes/no code (1 yes, 2 no), or the 1-based position of a
    /// single-choice option in the codebook.
    struct AnswerColumn
    {
        QString code;
        QuestionType type = QuestionType::Satisfaction4;
        std::vector<std::uint8_t> values;
    };
    std::vector<AnswerColumn> answers;

    /// A column of the file that is neither a known field nor a question,
    /// dictionary-encoded: values[i] indexes dictionary; "" is a value too.
    struct SegmentColumn
    {
        QString name;
        QStringList dictionary;
        std::vector<std::uint16_t> values;
    };
    std::vector<SegmentColumn> segments;

    int respondentCount() const { return int(weights.size()); }
};
