#include "tablereader.h"

#include "savreader.h"
#include "textreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFileInfo>

std::unique_ptr<TableReader> createTableReader(const QString &path, const ReadOptions &options,
                                               ReadError *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")
        || suffix == QLatin1String("txt"))
        return std::make_unique<TextReader>(path, options);
    if (suffix == QLatin1String("xlsx"))
        return std::make_unique<XlsxReader>(path, options);
    if (suffix == QLatin1String("sav") || suffix == QLatin1String("zsav")) // ReadStat reads both
        return std::make_unique<SavReader>(path, options);
    if (error) {
        error->file = QFileInfo(path).fileName();
        error->message = QCoreApplication::translate(
            "TableReader", "unsupported file type \".%1\": expected .csv, .tsv, .txt, .xlsx, .sav or .zsav")
                             .arg(suffix);
    }
    return nullptr;
}
