#pragma once

#include "columnmapping.h"
#include "readers/tablereader.h"
#include "respondentparser.h"
#include "storetypes.h"

#include <optional>

class Store;

struct ImportOptions
{
    ReadOptions read;
    std::optional<int> year;
    QString scope = QStringLiteral("Hauts-de-France");
    bool replace = false;            ///< replace a wave of the same year and scope
    bool isDemo = false;
    /// The sample design's stratum column as the user names it (the landlord
    /// column or a segment column); empty: no strata (survey-files.md §5).
    QString strata;
    int maxErrors = 100;
    std::optional<Codebook> codebook; ///< questions to add first, in the same transaction
    QStringList dropColumns;          ///< columns not read at all
    QStringList keepColumns;          ///< kept although they identify people (recorded in the wave's notes)
};

struct ImportResult
{
    enum class Status { Imported, InvalidFile, AlreadyImported, NeedsReplacement, StoreFailed, Cancelled };
    Status status = Status::InvalidFile;
    std::vector<ReadError> errors;   ///< InvalidFile: every problem, located
    /// InvalidFile: the columns that identify people (also the first error).
    std::vector<IdentifierColumn> identifiers;
    bool moreErrors = false;
    QString message;                 ///< one sentence for the other statuses
    WaveInfo wave;                   ///< Imported: the new wave
    /// Imported: what the user should know (respondents whose id is also in
    /// another wave of the same year, found by their pseudonyms).
    QStringList warnings;
    std::optional<WaveInfo> existing; ///< AlreadyImported, NeedsReplacement
    ColumnMapping mapping;
    QString encoding, delimiter, sheet;
};

/// Imports a respondent file as one wave, in one transaction: the file is
/// read and checked on a second thread, and each chunk of respondents is
/// written as soon as it is ready by the calling thread (the only one to use
/// the store or to get progress calls). The transaction is committed once the
/// whole file is read and checked; on any problem, or when cancelled, the
/// store is unchanged.
class RespondentImporter
{
public:
    explicit RespondentImporter(Store &store);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    ImportResult run(const QString &path, const ImportOptions &options);

    /// The hex SHA-256 of a file, or empty when it cannot be read.
    static QString fileSha256(const QString &path);

private:
    Store &m_store;
    ProgressCallback m_progress;
};
