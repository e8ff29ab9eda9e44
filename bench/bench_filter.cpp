// Filter-change benchmark: see docs/performance.md.
//   bench_filter STORE     every model of the dashboard over the latest wave of
//                          STORE; prints the median time of a filter change
//                          (all models recomputed) for each kind of filter.
#include "distributionmodel.h"
#include "driversmodel.h"
#include "figureengine.h"
#include "figureselection.h"
#include "qpvcomparisonmodel.h"
#include "rankingmodel.h"
#include "store.h"
#include "themescoremodel.h"
#include "trendmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() < 2) {
        out << "usage: bench_filter STORE\n";
        return 1;
    }
    Store store;
    if (!store.open(app.arguments().at(1))) {
        out << store.error().message << '\n';
        return 3;
    }
    FigureEngine engine(&store);
    FigureSelection selection;
    QElapsedTimer startup;
    startup.start();
    const std::optional<WaveInfo> wave = engine.latestWave();
    if (!wave) {
        out << "the store has no wave\n";
        return 1;
    }
    selection.setWaveId(wave->id);
    ThemeScoreModel themes(&engine, &selection);
    QpvComparisonModel qpv(&engine, &selection);
    DistributionModel distribution(&engine, &selection);
    TrendModel trend(&engine, &selection);
    RankingModel ranking(&engine, &selection);
    DriversModel drivers(&engine, &selection);
    out << "waves in the store: " << engine.waves().size() << "; first computation of every model: "
        << startup.nsecsElapsed() / 1e6 << " ms (summaries read from the store)\n";

    const QStringList landlords = engine.summary(wave->id)->landlordCodes();
    const WaveData *data = engine.waveData(wave->id);
    const QString segment = data && !data->segments.empty() ? data->segments.front().name : QString();
    const QString segmentValue = data && !data->segments.empty() ? data->segments.front().dictionary.value(0) : QString();

    const auto measure = [&](const char *name, const auto &change) {
        QList<double> times;
        for (int i = 0; i < 40; ++i) {
            QElapsedTimer timer;
            timer.start();
            change(i);
            times << timer.nsecsElapsed() / 1e6;
        }
        std::sort(times.begin(), times.end());
        out << name << ": median " << times[times.size() / 2] << " ms, max " << times.back() << " ms\n";
    };
    measure("landlord change", [&](int i) { selection.setLandlord(landlords.value(i % landlords.size())); });
    selection.setLandlord(QString());
    measure("QPV filter change", [&](int i) {
        selection.setQpvFilter(i % 2 ? FigureSelection::QpvFilter::Qpv : FigureSelection::QpvFilter::HorsQpv);
    });
    selection.setQpvFilter(FigureSelection::QpvFilter::All);
    if (!segment.isEmpty())
        measure("segment change", [&](int i) {
            selection.setSegment(i % 2 ? segment : QString(), segmentValue);
        });
    selection.setSegment(QString(), QString());
    const QList<WaveInfo> waves = engine.waves();
    measure("wave change", [&](int i) { selection.setWaveId(waves.at(i % waves.size()).id); });
    return 0;
}
