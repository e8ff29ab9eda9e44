#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// Columns that identify a person (RGPD "direct identifiers"): a survey file
/// often carries the tenant's name, phone, e-mail, address or contract number
/// beside the answers. Such columns are refused at import unless the user
/// drops them or knowingly keeps one.
struct IdentifierColumn
{
    enum class Reason { Name, Phone, Email, Unique };

    int index = 0;       ///< 0-based position in the file
    QString header;      ///< as written in the file
    Reason reason = Reason::Name;

    /// "Téléphone (phone numbers)": the header and why it was flagged.
    QString describe() const;
};

/// True when the header names an identifier column (nom, prénom, téléphone,
/// tel, portable, e-mail, mail, courriel, adresse, rue, numéro de contrat or
/// de locataire…), matched as headers are: case-, accent-, space-, hyphen-
/// and underscore-insensitively.
bool isIdentifierHeader(const QString &header);

/// Why a segment column's content identifies people, or nothing. dictionary:
/// its distinct values; counts: respondents per value; rows: respondents.
/// Phone numbers or e-mail addresses in at least half the non-empty values,
/// or (from 20 respondents on) a value unique to nearly every row.
std::optional<IdentifierColumn::Reason> identifyingContent(const QStringList &dictionary,
                                                           const std::vector<int> &counts, int rows);

bool looksLikePhoneNumber(QStringView value);
bool looksLikeEmailAddress(QStringView value);

/// The one message listing every identifier column, or empty.
QString identifierColumnsMessage(const std::vector<IdentifierColumn> &columns);
