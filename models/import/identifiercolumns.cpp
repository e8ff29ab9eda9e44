#include "identifiercolumns.h"

#include "textkey.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace {

// Header keys (headerKey(): folded, no spaces, hyphens or underscores) that
// name an identifier on their own, after any trailing digits ("tel2").
const QSet<QString> &exactKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("nom"), QStringLiteral("prenom"), QStringLiteral("name"), QStringLiteral("firstname"),
        QStringLiteral("lastname"), QStringLiteral("surname"), QStringLiteral("fullname"),
        QStringLiteral("tel"), QStringLiteral("phone"), QStringLiteral("mobile"),
        QStringLiteral("portable"), QStringLiteral("gsm"), QStringLiteral("fixe"),
        QStringLiteral("mail"), QStringLiteral("courriel"), QStringLiteral("rue"), QStringLiteral("voie"),
        QStringLiteral("contrat"), QStringLiteral("locataire"), QStringLiteral("matricule"),
        QStringLiteral("nir"), QStringLiteral("iban"),
    };
    return keys;
}

// Stems that begin a key naming an identifier ("telephoneportable",
// "adressepostale", "numerodecontrat"); short ambiguous stems such as "nom"
// ("nombre") and "tel" ("television") are exact keys only.
const QStringList &prefixes()
{
    static const QStringList list{
        QStringLiteral("nomdu"), QStringLiteral("nomde"), QStringLiteral("nomlocataire"),
        QStringLiteral("nomprenom"), QStringLiteral("nomfamille"), QStringLiteral("nomusage"),
        QStringLiteral("prenom"), QStringLiteral("telephone"), QStringLiteral("telfixe"),
        QStringLiteral("telportable"), QStringLiteral("telmobile"), QStringLiteral("teldomicile"),
        QStringLiteral("portable"), QStringLiteral("phone"), QStringLiteral("email"),
        QStringLiteral("mail"), QStringLiteral("courriel"), QStringLiteral("adresse"),
        QStringLiteral("address"), QStringLiteral("numerocontrat"), QStringLiteral("numerodecontrat"),
        QStringLiteral("numerodecontrat"), QStringLiteral("numcontrat"), QStringLiteral("nocontrat"),
        QStringLiteral("refcontrat"), QStringLiteral("referencecontrat"), QStringLiteral("contratlocation"),
        QStringLiteral("numerolocataire"), QStringLiteral("numerodelocataire"), QStringLiteral("numerodulocataire"),
        QStringLiteral("numlocataire"), QStringLiteral("nolocataire"), QStringLiteral("reflocataire"),
        QStringLiteral("referencelocataire"), QStringLiteral("idlocataire"), QStringLiteral("codelocataire"),
        QStringLiteral("identifiantlocataire"), QStringLiteral("nomlocataire"), QStringLiteral("numerosecu"),
        QStringLiteral("numerodesecu"), QStringLiteral("securitesociale"), QStringLiteral("datenaissance"),
        QStringLiteral("datedenaissance"),
    };
    return list;
}

} // namespace

QString IdentifierColumn::describe() const
{
    QString why;
    switch (reason) {
    case Reason::Name: why = QCoreApplication::translate("IdentifierColumns", "its name"); break;
    case Reason::Phone: why = QCoreApplication::translate("IdentifierColumns", "phone numbers"); break;
    case Reason::Email: why = QCoreApplication::translate("IdentifierColumns", "e-mail addresses"); break;
    case Reason::Unique: why = QCoreApplication::translate("IdentifierColumns", "a different value on nearly every row"); break;
    }
    return QCoreApplication::translate("IdentifierColumns", "\"%1\" (%2)").arg(header, why);
}

bool isIdentifierHeader(const QString &header)
{
    QString key = headerKey(header);
    key.remove(QLatin1Char('.'));
    key.remove(QLatin1Char('\''));
    while (!key.isEmpty() && key.back().isDigit())
        key.chop(1);
    if (key.isEmpty())
        return false;
    if (exactKeys().contains(key))
        return true;
    for (const QString &prefix : prefixes())
        if (key.startsWith(prefix))
            return true;
    return false;
}

bool looksLikePhoneNumber(QStringView value)
{
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c.isDigit())
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty() && !plus)
            plus = true;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('(')
                 && c != QLatin1Char(')') && c != QChar(0x00A0) && c != QChar(0x202F))
            return false;
    }
    // French numbers: 0X XX XX XX XX, +33 X XX XX XX XX, 0033…; others in
    // international form, 8 to 15 digits after the +.
    if (plus)
        return digits.size() >= 8 && digits.size() <= 15;
    if (digits.startsWith(QLatin1String("0033")))
        return digits.size() == 13;
    return digits.size() == 10 && digits[0] == QLatin1Char('0') && digits[1] != QLatin1Char('0');
}

bool looksLikeEmailAddress(QStringView value)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(value.toString()).hasMatch();
}

std::optional<IdentifierColumn::Reason> identifyingContent(const QStringList &dictionary,
                                                           const std::vector<int> &counts, int rows)
{
    int nonEmpty = 0, phones = 0, emails = 0, distinct = 0;
    for (int v = 0; v < int(dictionary.size()); ++v) {
        const QString &value = dictionary[v];
        const int count = v < int(counts.size()) ? counts[std::size_t(v)] : 0;
        if (value.isEmpty() || count == 0)
            continue;
        ++distinct;
        nonEmpty += count;
        if (looksLikePhoneNumber(value))
            phones += count;
        else if (looksLikeEmailAddress(value))
            emails += count;
    }
    if (nonEmpty == 0)
        return std::nullopt;
    if (2 * phones >= nonEmpty)
        return IdentifierColumn::Reason::Phone;
    if (2 * emails >= nonEmpty)
        return IdentifierColumn::Reason::Email;
    // Nearly every respondent with a value of their own: a name, an address,
    // a contract number under an unexpected header.
    if (rows >= 20 && nonEmpty * 2 >= rows && distinct * 10 >= nonEmpty * 9)
        return IdentifierColumn::Reason::Unique;
    return std::nullopt;
}

QString identifierColumnsMessage(const std::vector<IdentifierColumn> &columns)
{
    if (columns.empty())
        return {};
    QStringList described;
    for (const IdentifierColumn &c : columns)
        described << c.describe();
    return QCoreApplication::translate("IdentifierColumns",
                                       "the file holds %n column(s) that identify tenants, which Satisfecit "
                                       "does not keep: %1. Drop them, or keep one knowingly (the wave then "
                                       "records it)",
                                       nullptr, int(columns.size()))
        .arg(described.join(QLatin1String(", ")));
}
