#include "textkey.h"

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
