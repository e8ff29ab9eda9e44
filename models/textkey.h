#pragma once

#include <QString>
#include <QStringView>
#include <QCoreApplication>

/// Folds a header name for matching: lower case, no accents, no spaces,
/// underscores or hyphens ("Quartier_Prioritaire" → "quartierprioritaire").
QString headerKey(QStringView name);

/// Folds an answer label for matching: lower case, no accents, inner
/// whitespace collapsed ("Plutôt  Satisfait" → "plutot satisfait").
QString labelKey(QStringView label);

/// True for the characters a terminal may act on rather than show: C0
/// controls (tab and line breaks included), DEL and the C1 controls
/// U+0080..U+009F.
inline bool isControlCharacter(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

/// Index of the first control character of text (see isControlCharacter)
/// other than a tab or a line break, which are data (an address on two
/// lines), or -1. Import refuses such values: a later terminal would run them.
qsizetype controlCharacterAt(QStringView text);
/// The same on UTF-8 bytes, cheap enough for every id of a file: the byte
/// offset of the first control character, or -1.
qsizetype controlByteAt(QByteArrayView utf8);

/// text with every control character written as an escape (\x1B, \t…),
/// for anything printed to a terminal or put in a message; keepLineBreaks
/// leaves tabs and line breaks as they are (a CSV field quotes them).
QString escapeControlCharacters(QStringView text, bool keepLineBreaks = false);

/// The message for a cell refused for holding a control character, e.g.
/// "the landlord \"AB\\x1B\" holds a control character (U+001B)".
QString controlCharacterMessage(const QString &what, QStringView text);

/// Reports, through report(line, column, message), every cell of record
/// that holds a control character.
template<typename Record, typename Report>
void refuseControlCharacters(const Record &record, Report &&report)
{
    for (int c = 0; c < record.size(); ++c)
        if (controlByteAt(record.at(c)) >= 0)
            report(record.line, c + 1, controlCharacterMessage(
                QCoreApplication::translate("TextKey", "the cell"), record.text(c)));
}

/// A value quoted in a message: control characters escaped, and cut to 40
/// characters with an ellipsis, so that a 5,000-digit "year" is not echoed whole.
QString shownValue(QStringView text);
