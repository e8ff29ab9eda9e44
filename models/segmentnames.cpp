#include "segmentnames.h"

#include "textkey.h"

#include <QHash>

namespace {

struct Names
{
    const char *fr;
    const char *en;
};

// The segment columns regional survey files carry most often, by header key.
const QHash<QString, Names> &knownNames()
{
    static const QHash<QString, Names> names = {
        {QStringLiteral("departement"), {"Département", "Département"}},
        {QStringLiteral("dep"), {"Département", "Département"}},
        {QStringLiteral("typehabitat"), {"Type d'habitat", "Type of housing"}},
        {QStringLiteral("typelogement"), {"Type de logement", "Type of dwelling"}},
        {QStringLiteral("typologie"), {"Typologie", "Dwelling size"}},
        {QStringLiteral("epci"), {"EPCI", "EPCI"}},
        {QStringLiteral("commune"), {"Commune", "Municipality"}},
        {QStringLiteral("agence"), {"Agence", "Branch"}},
        {QStringLiteral("secteur"), {"Secteur", "Area"}},
        {QStringLiteral("territoire"), {"Territoire", "Territory"}},
        {QStringLiteral("age"), {"Âge", "Age"}},
        {QStringLiteral("trancheage"), {"Tranche d'âge", "Age group"}},
        {QStringLiteral("sexe"), {"Sexe", "Sex"}},
        {QStringLiteral("anciennete"), {"Ancienneté dans le logement", "Years in the dwelling"}},
        {QStringLiteral("compositionfamiliale"), {"Composition familiale", "Household"}},
        {QStringLiteral("modeenquete"), {"Mode d'enquête", "Survey mode"}},
    };
    return names;
}

} // namespace

QString segmentDisplayName(const QString &column, const QString &language)
{
    const auto known = knownNames().constFind(headerKey(column));
    if (known != knownNames().cend())
        return QString::fromUtf8(language.startsWith(QLatin1String("en")) ? known->en : known->fr);
    QString name = column;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    name = name.simplified();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}
