#include "textkey.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString withoutAccents(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining
            && category != QChar::Mark_Enclosing)
            out.append(c);
    }
    return out;
}

} // namespace

QString headerKey(QStringView name)
{
    QString folded = withoutAccents(name).toCaseFolded();
    folded.removeIf([](QChar c) {
        return c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-');
    });
    return folded;
}

QString labelKey(QStringView label)
{
    QString folded = withoutAccents(label).toCaseFolded().simplified();
    // Typographic apostrophes are common in labels typed in word processors.
    folded.replace(QChar(0x2019), QLatin1Char('\''));
    return folded;
}

namespace {

bool isLayout(char32_t c)
{
    return c == '\t' || c == '\n' || c == '\r';
}

} // namespace

qsizetype controlCharacterAt(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (isControlCharacter(text[i].unicode()) && !isLayout(text[i].unicode()))
            return i;
    return -1;
}

qsizetype controlByteAt(QByteArrayView utf8)
{
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8[i]);
        if ((c < 0x20 && !isLayout(c)) || c == 0x7F)
            return i;
        // U+0080..U+009F: C2 80..C2 9F in UTF-8.
        if (c == 0xC2 && i + 1 < utf8.size() && uchar(utf8[i + 1]) <= 0x9F && uchar(utf8[i + 1]) >= 0x80)
            return i;
    }
    return -1;
}

QString escapeControlCharacters(QStringView text, bool keepLineBreaks)
{
    const auto escaped = [keepLineBreaks](char32_t c) {
        return isControlCharacter(c) && !(keepLineBreaks && isLayout(c));
    };
    if (std::none_of(text.begin(), text.end(), [&](QChar c) { return escaped(c.unicode()); }))
        return text.toString();
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (!escaped(c.unicode()))
            out += c;
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else
            out += QLatin1String("\\x") + QString::number(c.unicode(), 16).toUpper().rightJustified(2, QLatin1Char('0'));
    }
    return out;
}

QString controlCharacterMessage(const QString &what, QStringView text)
{
    const qsizetype at = controlCharacterAt(text);
    QString shown = escapeControlCharacters(text);
    if (shown.size() > 40)
        shown = shown.left(40) + QChar(0x2026);
    return QCoreApplication::translate("TextKey", "%1 \"%2\" holds a control character (U+%3): refused, "
                                                  "a terminal or spreadsheet could act on it")
        .arg(what, shown,
             QString::number(at < 0 ? 0 : text[at].unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

QString shownValue(QStringView text)
{
    QString shown = escapeControlCharacters(text.size() > 80 ? text.first(80) : text);
    if (text.size() > 40 || shown.size() > 40)
        shown = shown.left(40) + QChar(0x2026);
    return shown;
}
