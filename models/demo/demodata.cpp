#include "demodata.h"

#include "demogenerator.h"
#include "demotargets.h"
#include "publishedreader.h"
#include "readers/textreader.h"
#include "respondentimporter.h"
#include "store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

namespace {

const QString DemoScope = QStringLiteral("Hauts-de-France");

const char *const PublishedFiles[] = {":/satisfecit/demo/published_2021.csv",
                                      ":/satisfecit/demo/history_illustrative.csv"};

QString figureKey(const PublishedFigure &f)
{
    return QStringLiteral("%1|%2|%3|%4|%5").arg(f.year).arg(f.scope, f.code, f.segment, f.option);
}

bool fail(QString *message, const QString &text)
{
    if (message)
        *message = text;
    return false;
}

int failWave(QString *message, const QString &text)
{
    fail(message, text);
    return -1;
}

// Reads the bundled published figures, leaving out those the user already
// has as their own (saving would overwrite them and mark them demo data).
bool readDemoFigures(const Store &store, QList<PublishedFigure> *figures, QString *message)
{
    const Codebook codebook = store.codebook();
    QSet<QString> userKeys;
    for (const PublishedFigure &f : store.publishedFigures())
        if (!f.isDemo)
            userKeys.insert(figureKey(f));
    for (const char *path : PublishedFiles) {
        TextReader reader(QString::fromLatin1(path), ReadOptions{});
        if (!reader.open())
            return fail(message, QCoreApplication::translate("DemoData", "demo figures: %1").arg(reader.error().toString()));
        std::vector<ReadError> errors;
        const QList<PublishedFigure> read = readPublishedFigures(reader, codebook, &errors);
        if (!errors.empty())
            return fail(message, QCoreApplication::translate("DemoData", "demo figures: %1").arg(errors.front().toString()));
        for (PublishedFigure f : read) {
            if (userKeys.contains(figureKey(f)))
                continue;
            f.isDemo = true;
            figures->append(f);
        }
    }
    return true;
}

// Writes the generated wave to a file and imports it as a user's file would
// be, so that the demo goes through the same checks and storage. Returns the
// number of respondents now in the store's demo wave, 0 when the user's own
// wave of that year was kept, or -1 on failure.
int importDemoWave(Store &store, QString *message)
{
    if (const auto existing = store.waveByYearAndScope(demo::DemoYear, DemoScope); existing && !existing->isDemo)
        return 0;
    QTemporaryDir dir;
    if (!dir.isValid())
        return failWave(message, QCoreApplication::translate("DemoData", "demo wave: no temporary folder: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("demo_hauts-de-france_2020.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(generateDemoRespondents()) < 0 || !file.flush())
        return failWave(message, QCoreApplication::translate("DemoData", "demo wave: cannot write %1: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString()));
    file.close();

    ImportOptions options;
    options.scope = DemoScope;
    options.replace = true; // an earlier demo wave; the user's own was ruled out above
    options.isDemo = true;
    const ImportResult result = RespondentImporter(store).run(path, options);
    switch (result.status) {
    case ImportResult::Status::Imported:
        return result.wave.respondentCount;
    case ImportResult::Status::AlreadyImported: // the very same demo file
        return result.existing ? result.existing->respondentCount : demo::DemoRespondents;
    case ImportResult::Status::InvalidFile:
        return failWave(message, QCoreApplication::translate("DemoData", "demo wave: %1").arg(result.errors.empty() ? result.message
                                                                                : result.errors.front().toString()));
    default:
        return failWave(message, QCoreApplication::translate("DemoData", "demo wave: %1").arg(result.message));
    }
}

} // namespace

QString DemoLoaded::message() const
{
    return respondents > 0
               ? QCoreApplication::translate("DemoData", "Demo data loaded: a 2020 wave of %1 respondents and %2 published figures.")
                     .arg(QLocale().toString(respondents)).arg(figures)
               : QCoreApplication::translate("DemoData", "Demo figures loaded (%1); the store's own 2020 %2 wave was kept.")
                     .arg(figures).arg(DemoScope);
}

bool loadDemoData(Store &store, QString *message, DemoLoaded *loaded)
{
    QList<PublishedFigure> figures;
    if (!readDemoFigures(store, &figures, message))
        return false;
    const int respondents = importDemoWave(store, message);
    if (respondents < 0)
        return false;
    if (!figures.isEmpty() && !store.savePublishedFigures(figures))
        return fail(message, QCoreApplication::translate("DemoData", "demo figures: %1").arg(store.error().message));
    const DemoLoaded done{respondents, int(figures.size())};
    if (message)
        *message = done.message();
    if (loaded)
        *loaded = done;
    return true;
}
