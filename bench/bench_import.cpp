// Import benchmark: see docs/performance.md.
//   bench_import generate FILE ROWS    write a synthetic respondent file
//   bench_import run FILE [REPEAT]     import it REPEAT times into fresh stores,
//                                      print the median wall time and peak RSS
#include "respondentimporter.h"
#include "store.h"
#include "syntheticsurvey.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args[1] == QLatin1String("generate"))
        return writeSyntheticSurvey(args[2], args[3].toInt()) ? 0 : 1;
    if (args.size() < 3 || args[1] != QLatin1String("run")) {
        out << "usage: bench_import generate FILE ROWS | run FILE [REPEAT]\n";
        return 1;
    }
    const int repeat = args.size() > 3 ? args[3].toInt() : 5;
    // Creating the store and closing it (the WAL checkpoint) are timed apart:
    // the whole command pays for both.
    QList<double> times, opens, closes;
    for (int r = 0; r < repeat; ++r) {
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        Store store;
        if (!store.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
            out << store.error().message << '\n';
            return 3;
        }
        opens << timer.nsecsElapsed() / 1e6;
        RespondentImporter importer(store);
        timer.restart();
        const ImportResult result = importer.run(args[2], ImportOptions{});
        times << timer.nsecsElapsed() / 1e6;
        if (result.status != ImportResult::Status::Imported) {
            out << "import failed: " << result.message
                << (result.errors.empty() ? QString() : result.errors.front().toString()) << '\n';
            return 2;
        }
        timer.restart();
        store.close();
        closes << timer.nsecsElapsed() / 1e6;
    }
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "import median " << median(times) << " ms over " << repeat << " runs; min "
        << *std::min_element(times.begin(), times.end()) << " ms; new store " << median(opens)
        << " ms; close (checkpoint) " << median(closes) << " ms; peak RSS " << usage.ru_maxrss / 1024
        << " MiB\n";
    return 0;
}
