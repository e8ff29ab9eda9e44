// Landlord reports benchmark: see docs/performance.md.
//   bench_landlords STORE [RUNS]   every landlord's PDF board pack of the
//                                  latest wave (report --each-landlord), RUNS
//                                  times (default 3): the wave's sums read and
//                                  the landlords' benchmark built once, then
//                                  one pack per landlord; for comparison, the
//                                  same packs each from a fresh engine (the
//                                  wave read again for every landlord).
#include "export/boardpack.h"
#include "export/landlordbatch.h"
#include "figureengine.h"
#include "figureselection.h"
#include "language.h"
#include "store.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace {

// This process's processor time in ms: on a shared machine the wall time
// also counts the waits for a core.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.isEmpty() ? 0.0 : times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() < 2) {
        out << "usage: bench_landlords STORE [RUNS]\n";
        return 1;
    }
    const int runs = app.arguments().size() > 2 ? std::max(1, app.arguments().at(2).toInt()) : 3;
    installTranslations(QStringLiteral("fr"));
    Store store;
    if (!store.open(app.arguments().at(1))) {
        out << store.error().message << '\n';
        return 1;
    }
    QList<double> batchTimes, summaryTimes, perLandlordTimes, batchCpu, perLandlordCpu;
    int landlords = 0;
    int respondents = 0;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuMs();
        FigureEngine engine(&store);
        const std::optional<WaveInfo> wave = engine.latestWave();
        if (!wave || !engine.summary(wave->id)) {
            out << "the store has no wave\n";
            return 1;
        }
        respondents = wave->respondentCount;
        LandlordBatch batch(engine, wave->id, QStringLiteral("fr"), PeerNames::Anonymous);
        summaryTimes << timer.nsecsElapsed() / 1e6;
        QStringList written;
        QString error;
        if (!batch.run(dir.path(), LandlordBatch::Format::Pdf, {}, &written, &error)) {
            out << error << '\n';
            return 1;
        }
        batchTimes << timer.nsecsElapsed() / 1e6;
        batchCpu << cpuMs() - cpu;
        landlords = int(written.size());

        // The same packs, each from scratch: what 27 separate `report --landlord` runs recompute.
        timer.restart();
        cpu = cpuMs();
        for (const QString &landlord : batch.landlords()) {
            FigureEngine fresh(&store);
            FigureSelection selection;
            selection.setLanguage(QStringLiteral("fr"));
            selection.set(wave->id, landlord, FigureSelection::QpvFilter::All, QString(), QString());
            BoardPackOptions options;
            options.peers = PeerNames::Anonymous;
            if (!writeBoardPack(fresh, selection, QDir(dir.path()).filePath(QStringLiteral("x.pdf")),
                                QStringLiteral("fr"), &error, options)) {
                out << error << '\n';
                return 1;
            }
        }
        perLandlordTimes << timer.nsecsElapsed() / 1e6;
        perLandlordCpu << cpuMs() - cpu;
    }
    out << landlords << " landlord PDFs of a " << respondents << "-respondent wave, median of " << runs << " runs:\n"
        << "  batch (sums and benchmark once): " << median(batchTimes) << " ms wall, " << median(batchCpu)
        << " ms processor; " << median(summaryTimes) << " ms of it reading the wave and building the benchmark; "
        << median(batchCpu) / std::max(1, landlords) << " ms processor per report\n"
        << "  each pack from a fresh engine:   " << median(perLandlordTimes) << " ms wall, "
        << median(perLandlordCpu) << " ms processor\n";
    return 0;
}
