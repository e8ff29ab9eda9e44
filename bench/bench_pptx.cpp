// Times the PowerPoint board pack of a 40,000-respondent wave: the figure
// models, the chart descriptions, six chart parts with their embedded
// workbooks, the table slides and the zip, written to a file. The store is
// STORE when given (its latest wave), else a temporary one with the demo
// data (a generated 2020 wave of 40,185 respondents). Target: under 1 s.
#include "demodata.h"
#include "figureengine.h"
#include "figureselection.h"
#include "pptxreport.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QStringList args = app.arguments();
    const QString storePath = args.size() > 1 ? args[1] : dir.filePath(QStringLiteral("store.sqlite"));
    Store store;
    if (!store.open(storePath)) {
        out << "cannot open " << storePath << '\n';
        return 1;
    }
    if (args.size() <= 1) {
        QString message;
        if (!loadDemoData(store, &message)) {
            out << message << '\n';
            return 1;
        }
    }
    constexpr int Runs = 10;
    std::vector<double> times;
    qsizetype bytes = 0;
    int slides = 0;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        // A fresh engine each run: the wave's summary is read from the store too.
        FigureEngine engine(&store);
        const std::optional<WaveInfo> wave = engine.latestWave(0, QString());
        if (!wave) {
            out << "no wave in the store\n";
            return 1;
        }
        FigureSelection selection;
        selection.setLanguage(QStringLiteral("fr"));
        selection.setWaveId(wave->id);
        const QString path = dir.filePath(QStringLiteral("deck.pptx"));
        QString error;
        if (!PptxReport::writeBoardPackDeck(engine, selection, path, QStringLiteral("fr"), &error)) {
            out << error << '\n';
            return 1;
        }
        times.push_back(timer.nsecsElapsed() / 1e6);
        bytes = QFileInfo(path).size();
        if (run == 0)
            slides = int(PptxReport::boardPackDeck(engine, selection, QStringLiteral("fr")).slides.size());
        if (run == 0)
            out << "wave " << wave->year << ", " << wave->respondentCount << " respondents\n";
    }
    std::sort(times.begin(), times.end());
    out << "board pack deck (" << slides << " slides, " << bytes / 1024 << " KiB): median "
        << QString::number(times[times.size() / 2], 'f', 1) << " ms, max " << QString::number(times.back(), 'f', 1)
        << " ms over " << Runs << " runs\n";
    return 0;
}
