#pragma once

#include "question.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>

/// Reads the answers to one question (survey-files.md section 1): codes,
/// labels matched case- and accent-insensitively, and the no-answer forms.
class AnswerParser
{
public:
    explicit AnswerParser(const Question &question);

    static constexpr int Invalid = -1;
    /// 0 for no answer, the stored code (WaveData::AnswerColumn), or Invalid.
    int parse(QByteArrayView cell) const
    {
        // Inline for the cells nearly all files hold: empty or one character.
        if (cell.isEmpty())
            return 0;
        if (cell.size() == 1 && m_singleByte[uchar(cell[0])] != NotSingleByte)
            return m_singleByte[uchar(cell[0])];
        return parseOther(cell);
    }
    /// What the question accepts, for error messages.
    QString expected() const;

private:
    static constexpr int NotSingleByte = -2;
    int parseOther(QByteArrayView cell) const;

    QuestionType m_type;
    // 16 bits rather than int: the tables of 40-odd questions stay in L1 cache.
    qint16 m_singleByte[256]; ///< code of a one-byte cell, or NotSingleByte; the common case
    QHash<QByteArray, int> m_byCode;
    QHash<QString, int> m_byLabel;
    QStringList m_examples;
};

/// A decimal number with a decimal comma or point ("1,25", "1.25").
std::optional<double> parseDecimal(QByteArrayView text);

/// 1/0, oui/non, yes/no, true/false, QPV/hors QPV; nullopt otherwise.
std::optional<bool> parseQpv(QByteArrayView text);
