#include "tablereader.h"

#include "savreader.h"
#include "textreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFileInfo>

QString notRegularFileMessage()
{
    return QCoreApplication::translate("TableReader",
                                       "not a regular file (a folder, a device or a pipe): nothing is read from it");
}

std::unique_ptr<TableReader> createTableReader(const QString &path, const ReadOptions &options,
                                               ReadError *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    // A FIFO or a device would block the reader or never end: refused at once.
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        if (error) {
            error->file = info.fileName();
            error->message = notRegularFileMessage();
        }
        return nullptr;
    }
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
