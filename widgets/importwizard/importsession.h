#pragma once

#include "codebook.h"
#include "readers/record.h"
#include "readers/tablereader.h"
#include "respondentimporter.h"

#include <QFileInfo>
#include <QString>

#include <optional>

class Store;

/// What the import wizard's pages share. Each page fills its own part and
/// reads the parts of the pages before it; only the GUI thread touches it.
struct ImportSession
{
    Store *store = nullptr;
    Codebook storeCodebook;         ///< the store's, read once when the wizard opens
    Codebook codebook;              ///< the store's with the chosen dictionary's questions

    // Questionnaire page
    std::optional<Codebook> fileCodebook; ///< the dictionary delivered with the file, when chosen
    QString codebookPath;

    // Choose-file page
    QString path;
    std::optional<int> year;        ///< when the file has no year column
    QString scope;

    // Preview page
    ReadOptions read;               ///< empty members: detect
    Record header;

    // Columns page
    QString strata;                 ///< the sample design's stratum column; empty: none
    // Validation page: columns that identify tenants, dropped or kept knowingly
    QStringList dropColumns;
    QStringList keepColumns;

    // Import page
    ImportResult result;            ///< status Imported once the wave is written
    bool replaced = false;          ///< an existing wave of the same year and scope was replaced

    QString fileName() const { return QFileInfo(path).fileName(); }

    ImportOptions importOptions(bool replace) const
    {
        ImportOptions options;
        options.read = read;
        options.year = year;
        options.scope = scope;
        options.replace = replace;
        options.strata = strata;
        options.codebook = fileCodebook;
        options.dropColumns = dropColumns;
        options.keepColumns = keepColumns;
        return options;
    }
};
