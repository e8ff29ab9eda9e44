// Respondent files for the RespondentImporter tests: the canonical wave,
// written in every accepted variation, and tables written as workbooks or
// SPSS files.
#pragma once

#include "readers/tablereader.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>

#include <iterator>

enum class Encoding { Utf8, Utf8Bom, Windows1252 };

// The canonical wave: 0 means no answer.
struct Respondent
{
    const char *id;
    const char *landlord;
    bool qpv;
    double weight;
    int q01, q02, q03; // satisfaction4
    int q30;           // single: option position 1..4
    int q31;           // yes/no: 1 yes, 2 no
    const char *departement;
    const char *residence;
};

inline const Respondent Respondents[] = {
    {"R001", "Logis Métropole", true, 1.25, 1, 2, 3, 1, 1, "59", "Lille; Hellemmes, Lomme | Sud"},
    {"R002", "Hénin Habitat", false, 0.75, 2, 4, 0, 3, 2, "62", "Résidence \"Les Tilleuls\""},
    {"R003", "Cœur d'Opale Habitat", true, 2.0, 3, 1, 2, 0, 0, "62", "Bâtiment A\nescalier 2"},
    {"R004", "Logis Métropole", false, 1.0, 4, 0, 1, 2, 1, "59", "Les Épis"},
    {"R005", "Hénin Habitat", false, 0.5, 0, 3, 4, 4, 2, "80", ""},
    {"R006", "Logis Métropole", true, 1.5, 1, 2, 0, 1, 1, "59", "Les Épis"},
};
constexpr int RespondentCount = int(std::size(Respondents));

inline const QStringList SatisfactionLabels = {QString(), QStringLiteral("Tout à fait satisfait"),
                                               QStringLiteral("Plutôt satisfait"), QStringLiteral("Plutôt pas satisfait"),
                                               QStringLiteral("Pas du tout satisfait")};
inline const QStringList Q30Labels = {QString(), QStringLiteral("Papier"),
                                      QStringLiteral("Papier et numérique selon le sujet"),
                                      QStringLiteral("Numérique uniquement"), QStringLiteral("Sans préférence")};

/// How one respondent file writes the canonical wave.
struct Variant
{
    QString suffix = QStringLiteral("csv");
    Encoding encoding = Encoding::Utf8;
    char delimiter = ';';
    QByteArray eol = "\n";
    int trailingEmptyLines = 0;
    int trailingEmptyRows = 0;      ///< ";;;;" lines, as spreadsheets export them
    bool quoteAll = false;
    bool decimalComma = false;
    QStringList satisfaction;        ///< labels by code; empty: codes
    QString noAnswer;
    QString qpvYes = QStringLiteral("1"), qpvNo = QStringLiteral("0");
    QString yes = QStringLiteral("1"), no = QStringLiteral("2");
    bool singleByLabel = false;
    QStringList roles = {QStringLiteral("id"), QStringLiteral("annee"), QStringLiteral("bailleur"),
                         QStringLiteral("qpv"), QStringLiteral("poids")};
    bool withWeight = true;
    bool withYear = true;
    ReadOptions read;
};

QByteArray toWindows1252(const QString &text);

/// One line of a text file: cells quoted when they need it (or always with
/// v.quoteAll), in v's encoding, ending with v.eol.
QByteArray textLine(const QStringList &cells, const Variant &v);

/// The canonical wave as v writes it: a text file, a workbook (numbers as
/// numbers) or an SPSS file (codes with value labels), by v.suffix.
bool writeSurvey(const QString &path, const Variant &v);

/// Rows of cells as a workbook: numbers as numbers, other text as strings.
bool writeXlsxRows(const QString &path, const QList<QByteArrayList> &rows);

/// Rows of cells as an SPSS file: a column of numbers is numeric, others strings.
bool writeSavRows(const QString &path, const QList<QByteArrayList> &rows);
