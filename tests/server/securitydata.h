#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// A small region on a server store for the security tests: three
/// landlords, two waves, every table filled. The landlord "MON-BAILLEUR" is
/// the one whose user is tested; everything about the two others carries a
/// marker (their codes, names, respondent ids, figures) that must never
/// reach that user, in any encoding.
namespace SecurityData {

inline const QString OwnCode = QStringLiteral("MON-BAILLEUR");
inline const QStringList OtherCodes = {QStringLiteral("SECRET-B2"), QStringLiteral("SECRET-C3")};

/// The markers, each as it may appear in a cell: text, UTF-16 (QDataStream
/// strings in blobs) and psql's hex output of bytea.
QList<QByteArray> secretForms();
/// The first marker found in bytes, or empty; extra: further secret values
/// (raw or as hex), such as the waves' checksums.
QByteArray findSecret(const QByteArray &bytes, const QList<QByteArray> &extra = {});

/// A relation the connected user may select from, and its columns it may select.
struct Relation
{
    QString name;        ///< schema-qualified, quoted
    QString schema;
    QStringList columns; ///< quoted
};

/// Every table, view, materialized view, foreign and partitioned table of
/// the database, the catalogs included, of which the user may select a
/// column: what the catalog itself says, so a table added later is in.
QList<Relation> readableRelations(QSqlDatabase db);

/// Selects every readable column of every relation as the user; the first
/// problem found (a marker, a store row of a landlord other than
/// ownLandlordId, an error other than a refusal), or empty. *cells: how many
/// values were read. extraSecrets as in findSecret.
QString scanRelations(QSqlDatabase db, const QList<Relation> &relations, qint64 ownLandlordId, int *cells,
                      const QList<QByteArray> &extraSecrets = {});

/// Fills the store as its owner (the superuser); false with *error.
/// waveIds receives the two waves' ids.
bool fill(QSqlDatabase db, QList<qint64> *waveIds, QString *error);

} // namespace SecurityData
