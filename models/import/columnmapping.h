#pragma once

#include "codebook.h"
#include "readers/readerror.h"
#include "readers/record.h"

#include <QStringList>

#include <vector>

/// What each column of a respondent file holds, matched on the header names
/// (case-, accent-, space- and underscore-insensitively, with synonyms).
struct ColumnMapping
{
    enum class Role { Id, Year, Landlord, Qpv, Weight, Question, Segment, Dropped };

    struct Column
    {
        int index = 0;          ///< 0-based position in the file
        QString header;         ///< as written in the file
        Role role = Role::Segment;
        int question = -1;      ///< index in the codebook for Role::Question
        bool kept = false;      ///< named in keepColumns: kept even if it identifies people
    };

    std::vector<Column> columns;
    int id = -1, year = -1, landlord = -1, qpv = -1, weight = -1; ///< file positions, -1 = absent

    /// Maps the header against the codebook. Missing required columns, and two
    /// columns claiming the same role or question, are reported in errors.
    /// yearGiven: the year comes from the dialog or the command line.
    static ColumnMapping map(const Record &header, const Codebook &codebook, bool yearGiven,
                             const QString &fileName, std::vector<ReadError> *errors);

    /// The user's choices: columns to drop (not read at all; segments and
    /// questions only) and columns to keep although they identify people.
    /// Names are matched as headers are; a name not in the file is an error.
    void applyChoices(const QStringList &drop, const QStringList &keep, const QString &fileName,
                      std::vector<ReadError> *errors);

    QStringList questionHeaders() const;
    QStringList droppedHeaders() const;
    QStringList segmentHeaders() const;

    /// The accepted names of a role, first the canonical one.
    static QStringList namesOf(Role role);

    /// The stratum column a design records (survey-files.md §5) for a name
    /// given by the user: "bailleur" for any name of the landlord column, or
    /// the segment column of that name (matched as headers are); empty when
    /// neither.
    static QString strataColumn(const QString &requested, const QStringList &segmentNames);
};
