#include "columnmapping.h"

#include "textkey.h"

#include <QCoreApplication>
#include <QHash>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ColumnMapping", text);
}

} // namespace

QString ColumnMapping::strataColumn(const QString &requested, const QStringList &segmentNames)
{
    const QString key = headerKey(requested.trimmed());
    if (key.isEmpty())
        return QString();
    for (const QString &name : namesOf(Role::Landlord))
        if (headerKey(name) == key)
            return namesOf(Role::Landlord).front();
    for (const QString &name : segmentNames)
        if (headerKey(name) == key)
            return name;
    return QString();
}

QStringList ColumnMapping::namesOf(Role role)
{
    switch (role) {
    case Role::Id:
        return {QStringLiteral("id"), QStringLiteral("id_repondant"), QStringLiteral("respondent_id"),
                QStringLiteral("num")};
    case Role::Year:
        return {QStringLiteral("annee"), QStringLiteral("year"), QStringLiteral("vague")};
    case Role::Landlord:
        return {QStringLiteral("bailleur"), QStringLiteral("organisme"), QStringLiteral("landlord")};
    case Role::Qpv:
        return {QStringLiteral("qpv"), QStringLiteral("quartier_prioritaire")};
    case Role::Weight:
        return {QStringLiteral("poids"), QStringLiteral("ponderation"), QStringLiteral("weight"),
                QStringLiteral("coef"), QStringLiteral("coef_redressement")};
    case Role::Question:
    case Role::Segment:
        break;
    }
    return {};
}

ColumnMapping ColumnMapping::map(const Record &header, const Codebook &codebook, bool yearGiven,
                                 const QString &fileName, std::vector<ReadError> *errors)
{
    static const Role Fixed[] = {Role::Id, Role::Year, Role::Landlord, Role::Qpv, Role::Weight};
    QHash<QString, Role> roleByKey;
    for (Role role : Fixed)
        for (const QString &name : namesOf(role))
            roleByKey.insert(headerKey(name), role);
    QHash<QString, int> questionByKey;
    for (int q = 0; q < codebook.size(); ++q)
        questionByKey.insert(headerKey(codebook.questions()[q].code), q);

    ColumnMapping mapping;
    QHash<int, int> questionSeen; // codebook index -> file column
    // Segment columns by key: each header is folded once, so that a file of
    // 100,000 columns is mapped in linear time, not compared pair by pair.
    QHash<QString, int> segmentSeen;
    segmentSeen.reserve(header.size());
    QStringList found;
    found.reserve(header.size());
    mapping.columns.reserve(std::size_t(header.size()));
    for (int c = 0; c < header.size(); ++c) {
        Column column;
        column.index = c;
        column.header = header.text(c).trimmed();
        found << column.header;
        const QString key = headerKey(column.header);
        if (key.isEmpty()) {
            errors->push_back({fileName, 1, c + 1, tr("column %1 has no name in the header").arg(c + 1)});
            continue;
        }
        if (controlCharacterAt(column.header) >= 0)
            errors->push_back({fileName, 1, c + 1, controlCharacterMessage(tr("the column name"), column.header)});
        if (const auto q = questionByKey.constFind(key); q != questionByKey.cend()) {
            column.role = Role::Question;
            column.question = *q;
            if (questionSeen.contains(*q))
                errors->push_back({fileName, 1, c + 1,
                                   tr("columns %1 and %2 both hold question %3")
                                       .arg(questionSeen[*q] + 1).arg(c + 1)
                                       .arg(codebook.questions()[*q].code)});
            questionSeen.insert(*q, c);
        } else if (const auto r = roleByKey.constFind(key); r != roleByKey.cend()) {
            column.role = *r;
            int *slot = *r == Role::Id ? &mapping.id
                        : *r == Role::Year ? &mapping.year
                        : *r == Role::Landlord ? &mapping.landlord
                        : *r == Role::Qpv ? &mapping.qpv
                                          : &mapping.weight;
            if (*slot >= 0)
                errors->push_back({fileName, 1, c + 1,
                                   tr("columns \"%1\" (%2) and \"%3\" (%4) both give the %5")
                                       .arg(header.text(*slot)).arg(*slot + 1)
                                       .arg(column.header).arg(c + 1)
                                       .arg(namesOf(*r).front())});
            *slot = c;
        } else if (segmentSeen.contains(key)) {
            errors->push_back({fileName, 1, c + 1, tr("column \"%1\" appears twice").arg(column.header)});
        } else {
            segmentSeen.insert(key, c);
        }
        mapping.columns.push_back(column);
    }

    const auto requireColumn = [&](int slot, Role role) {
        if (slot >= 0)
            return;
        const QStringList names = namesOf(role);
        errors->push_back({fileName, 1, 0,
                           tr("required column \"%1\" is missing (also accepted: %2); the header has: %3")
                               .arg(names.front(), names.mid(1).join(QLatin1String(", ")),
                                    found.join(QLatin1String(", ")))});
    };
    requireColumn(mapping.id, Role::Id);
    if (!yearGiven)
        requireColumn(mapping.year, Role::Year);
    requireColumn(mapping.landlord, Role::Landlord);
    requireColumn(mapping.qpv, Role::Qpv);
    if (questionSeen.isEmpty())
        errors->push_back({fileName, 1, 0,
                           tr("no column matches a question of the codebook (%1…); the header has: %2")
                               .arg(codebook.isEmpty() ? QString() : codebook.questions().front().code,
                                    found.join(QLatin1String(", ")))});
    return mapping;
}

void ColumnMapping::applyChoices(const QStringList &drop, const QStringList &keep, const QString &fileName,
                                 std::vector<ReadError> *errors)
{
    const auto find = [this](const QString &name) {
        const QString key = headerKey(name.trimmed());
        for (Column &c : columns)
            if (!key.isEmpty() && headerKey(c.header) == key)
                return &c;
        return static_cast<Column *>(nullptr);
    };
    for (const QString &name : drop) {
        Column *c = find(name);
        if (!c) {
            errors->push_back({fileName, 1, 0, tr("column \"%1\" to drop is not in the file").arg(name)});
            continue;
        }
        if (c->role != Role::Segment && c->role != Role::Question && c->role != Role::Dropped) {
            errors->push_back({fileName, 1, c->index + 1,
                               tr("column \"%1\" is needed for the import and cannot be dropped").arg(c->header)});
            continue;
        }
        c->role = Role::Dropped;
        c->question = -1;
    }
    for (const QString &name : keep) {
        Column *c = find(name);
        if (!c)
            errors->push_back({fileName, 1, 0, tr("column \"%1\" to keep is not in the file").arg(name)});
        else if (c->role == Role::Dropped)
            errors->push_back({fileName, 1, c->index + 1,
                               tr("column \"%1\" is both dropped and kept").arg(c->header)});
        else
            c->kept = true;
    }
}

QStringList ColumnMapping::droppedHeaders() const
{
    QStringList list;
    for (const Column &c : columns)
        if (c.role == Role::Dropped)
            list << c.header;
    return list;
}

QStringList ColumnMapping::questionHeaders() const
{
    QStringList list;
    for (const Column &c : columns)
        if (c.role == Role::Question)
            list << c.header;
    return list;
}

QStringList ColumnMapping::segmentHeaders() const
{
    QStringList list;
    for (const Column &c : columns)
        if (c.role == Role::Segment)
            list << c.header;
    return list;
}
