#pragma once

#include <QString>
#include <QStringList>

#include <vector>

/// Population counts of one variable of the respondent file (survey-files.md
/// section 6): `bailleur`, `qpv` or a segment column.
struct MarginVariable
{
    QString variable;            ///< as written in the margins file
    QStringList values;          ///< in the file's order
    std::vector<double> counts;  ///< > 0, one per value
    std::vector<qint64> lines;   ///< line of each value in the file, for messages

    double total() const;
};

/// A population margins file as read, with the fingerprint that identifies it
/// in the store.
struct Margins
{
    std::vector<MarginVariable> variables; ///< in order of first appearance
    QString fileName;                      ///< the file's name, for display
    QString sha256;                        ///< of the file's bytes

    bool isEmpty() const { return variables.empty(); }
    /// One line per (variable, value, count): what the store keeps to show
    /// the weighting again without the file.
    QString toText() const;
    static Margins fromText(const QString &text);
};
