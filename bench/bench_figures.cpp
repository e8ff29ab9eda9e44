// Times the figures engine on a wave of the real size: 40,000 respondents,
// 41 questions, 27 landlords. The timed part is what a page of the app does
// on every filter change: read the wave summary blob and compute every
// question's figures for the whole wave, QPV, hors QPV and each landlord.
// Target: under 5 ms (median of 20 runs) in a Release build.
#ifndef BENCH_FIGURES_PLAIN_ONLY // the raked part needs #21 (see docs/performance.md)
#include "calibrateddesign.h"
#endif
#include "drivers.h"
#include "figure.h"
#include "ranking.h"
#include "shares.h"
#include "wavesummary.h"
#ifndef BENCH_FIGURES_PLAIN_ONLY
#include "weightingreport.h"
#endif

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

constexpr int Respondents = 40000;
constexpr int Landlords = 27;
constexpr int SatisfactionQuestions = 35; // the first is the global one
constexpr int YesNoQuestions = 3;
constexpr int SingleQuestions = 3;
constexpr int SingleOptions = 6;
constexpr int Runs = 20;

WaveData syntheticWave()
{
    QRandomGenerator random(20200);
    WaveData data;
    data.year = 2020;
    data.scope = QStringLiteral("Hauts-de-France");
    for (int l = 0; l < Landlords; ++l)
        data.landlordCodes << QStringLiteral("L%1").arg(l + 1, 2, 10, QLatin1Char('0'));
    int q = 0;
    auto addColumn = [&](QuestionType type) {
        data.answers.push_back({QStringLiteral("Q%1").arg(++q, 2, 10, QLatin1Char('0')), type, {}});
        data.answers.back().values.reserve(Respondents);
    };
    for (int i = 0; i < SatisfactionQuestions; ++i)
        addColumn(QuestionType::Satisfaction4);
    for (int i = 0; i < YesNoQuestions; ++i)
        addColumn(QuestionType::YesNo);
    for (int i = 0; i < SingleQuestions; ++i)
        addColumn(QuestionType::Single);

    for (int r = 0; r < Respondents; ++r) {
        data.respondentIds << QString::number(r + 1);
        data.weights.push_back(0.3 + 2.7 * random.generateDouble());
        // Uneven landlord sizes, as in the real survey.
        const int landlord = std::min(Landlords - 1, int(Landlords * std::pow(random.generateDouble(), 1.5)));
        data.landlord.push_back(std::uint16_t(landlord));
        data.qpv.push_back(random.bounded(100) < 35 ? 1 : 0);
        const double mood = random.generateDouble();
        for (WaveData::AnswerColumn &column : data.answers) {
            int value = 0;
            if (random.bounded(100) >= 8) { // about 8% no answer
                switch (column.type) {
                case QuestionType::Satisfaction4:
                    value = 1 + std::min(3, int(4 * (0.6 * mood + 0.4 * random.generateDouble())));
                    break;
                case QuestionType::YesNo: value = 1 + int(random.bounded(2)); break;
                case QuestionType::Single: value = 1 + int(random.bounded(SingleOptions)); break;
                }
            }
            column.values.push_back(std::uint8_t(value));
        }
    }
    // A segment column for the raking margins: three housing types.
    WaveData::SegmentColumn habitat{QStringLiteral("type_habitat"),
                                    {QStringLiteral("collectif"), QStringLiteral("individuel"), QStringLiteral("intermediaire")},
                                    {}};
    for (int r = 0; r < Respondents; ++r)
        habitat.values.push_back(std::uint16_t(random.bounded(100) < 60 ? 0 : random.bounded(100) < 75 ? 1 : 2));
    data.segments.push_back(habitat);
    return data;
}

#ifndef BENCH_FIGURES_PLAIN_ONLY
// Margins a little away from the sample: each landlord's, QPV and housing
// type's weighted share, shifted.
Margins syntheticMargins(const WaveData &data)
{
    Margins margins;
    double total = 0.0;
    for (double w : data.weights)
        total += w;
    const auto add = [&](const QString &variable, const QStringList &values, auto valueOf) {
        MarginVariable v{variable, values, std::vector<double>(std::size_t(values.size()), 0.0), {}};
        for (std::size_t i = 0; i < data.weights.size(); ++i)
            v.counts[std::size_t(valueOf(i))] += data.weights[i] * (1.0 + 0.2 * ((valueOf(i) % 3) - 1));
        double sum = 0.0;
        for (double c : v.counts)
            sum += c;
        for (double &c : v.counts)
            c *= total / sum;
        margins.variables.push_back(v);
    };
    add(QStringLiteral("bailleur"), data.landlordCodes, [&](std::size_t i) { return int(data.landlord[i]); });
    add(QStringLiteral("qpv"), {QStringLiteral("0"), QStringLiteral("1")}, [&](std::size_t i) { return int(data.qpv[i]); });
    add(QStringLiteral("type_habitat"), data.segments[0].dictionary,
        [&](std::size_t i) { return int(data.segments[0].values[i]); });
    return margins;
}

#endif

// Everything a page shows for one group; the checksum keeps the compiler
// from dropping the work.
double groupFigures(const WaveSummary &summary, const SummaryGroup &group)
{
    double checksum = 0.0;
    for (int q = 0; q < int(summary.questions().size()); ++q) {
        const CrossSums sums = summary.sums(q, group);
        if (summary.questions()[std::size_t(q)].type == QuestionType::Satisfaction4) {
            const ScoreFigure f = scoreFigure(sums);
            checksum += f.score + f.se + double(f.band);
            checksum += shareFigure(sums).options[0].percent; // distribution
        } else {
            checksum += shareFigure(sums).options[0].percent;
        }
    }
    return checksum;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return (values[(values.size() - 1) / 2] + values[values.size() / 2]) / 2;
}

// What a page does on a filter change, timed: read the summary blob, then
// every question's figures for the whole wave, QPV, hors QPV and each
// landlord. Not inlined, so that `valgrind --tool=callgrind
// --toggle-collect='*figuresRun*'` counts exactly this (docs/performance.md).
[[gnu::noinline]] std::optional<WaveSummary> figuresRun(const QByteArray &blob, double *checksum,
                                                        const QElapsedTimer *timer, double *deserializeMs)
{
    std::optional<WaveSummary> summary = WaveSummary::deserialize(blob);
    *deserializeMs = double(timer->nsecsElapsed()) / 1e6;
    if (!summary)
        return summary;
    *checksum += groupFigures(*summary, SummaryGroup::whole());
    *checksum += groupFigures(*summary, SummaryGroup::qpvOnly());
    *checksum += groupFigures(*summary, SummaryGroup::horsQpv());
    for (int l = 0; l < Landlords; ++l)
        *checksum += groupFigures(*summary, SummaryGroup::ofLandlord(l));
    return summary;
}

// The benchmark and driver pages on top: every landlord ranked (with
// landlord vs rest) and the drivers of the whole wave. Not inlined either
// (--toggle-collect='*rankingsRun*').
[[gnu::noinline]] double rankingsRun(const WaveSummary &summary)
{
    double checksum = 0.0;
    for (int q = 0; q < SatisfactionQuestions; ++q)
        checksum += rankLandlords(summary, q).peerMedian;
    checksum += analyseDrivers(summary, SummaryGroup::whole()).medianImportance;
    return checksum;
}

} // namespace

// --figures-only: the plain wave only (no raking), for callgrind.
int main(int argc, char **argv)
{
#ifdef BENCH_FIGURES_PLAIN_ONLY
    // Built so against an older tree (bench/compare_figures_base.sh): the
    // plain figures only, as with --figures-only.
    const bool figuresOnly = true;
    Q_UNUSED(argc);
    Q_UNUSED(argv);
#else
    const bool figuresOnly = argc > 1 && QByteArray(argv[1]) == "--figures-only";
#endif
    QTextStream out(stdout);
    const WaveData data = syntheticWave();

    QElapsedTimer timer;
    timer.start();
    const WaveSummary built = WaveSummary::build(data, 0);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    const QByteArray blob = built.serialize();

    std::vector<double> deserializeMs, figuresMs, rankingMs;
    double checksum = 0.0;
    for (int run = 0; run < Runs; ++run) {
        double deserializeOnlyMs = 0.0;
        timer.restart();
        const std::optional<WaveSummary> summary = figuresRun(blob, &checksum, &timer, &deserializeOnlyMs);
        if (!summary)
            return 1;
        figuresMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        deserializeMs.push_back(deserializeOnlyMs);

        timer.restart();
        checksum += rankingsRun(*summary);
        rankingMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (figuresOnly) {
        out << "bench_figures (plain figures only): deserialize + figures, median: " << median(figuresMs)
            << " ms; rankings + drivers, median: " << median(rankingMs) << " ms; checksum " << checksum << "\n";
        return 0;
    }

#ifndef BENCH_FIGURES_PLAIN_ONLY
    // The same wave raked to margins: the same figures, with the standard
    // errors of the calibrated design (calibrateddesign.h) for the scores
    // and the shares of the yes/no and single-choice questions.
    const Margins margins = syntheticMargins(data);
    QString error;
    timer.restart();
    const std::optional<WaveWeighting> weighting = computeWeighting(data, margins, RakingOptions{}, &error);
    const double rakeMs = double(timer.nsecsElapsed()) / 1e6;
    if (!weighting) {
        out << "raking failed: " << error << "\n";
        return 1;
    }
    WaveData raked = data;
    raked.weights = weighting->weights;
    const QByteArray rakedBlob = WaveSummary::build(raked, 0).serialize();
    timer.restart();
    const CalibratedDesign design(raked, *matchMargins(raked, margins, nullptr), weighting->lastFactors);
    std::vector<double> designSe = design.scoreSe({}); // builds its cell table
    const double designMs = double(timer.nsecsElapsed()) / 1e6;
    std::vector<double> rakedMs;
    for (int run = 0; run < Runs; ++run) {
        timer.restart();
        const std::optional<WaveSummary> summary = WaveSummary::deserialize(rakedBlob);
        if (!summary)
            return 1;
        const auto calibrated = [&](const SummaryGroup &group, const CalibratedGroup &cgroup) {
            const std::vector<double> se = design.scoreSe(cgroup);
            double sum = groupFigures(*summary, group);
            for (double x : se)
                sum += std::isfinite(x) ? x : 0.0;
            // The shares of the yes/no and single-choice questions too.
            for (int q = SatisfactionQuestions; q < int(summary->questions().size()); ++q)
                sum += design.shareSe(q, cgroup)[0];
            return sum;
        };
        checksum += calibrated(SummaryGroup::whole(), {});
        checksum += calibrated(SummaryGroup::qpvOnly(), {-1, false, true});
        checksum += calibrated(SummaryGroup::horsQpv(), {-1, false, false});
        for (int l = 0; l < Landlords; ++l)
            checksum += calibrated(SummaryGroup::ofLandlord(l), {l, false, std::nullopt});
        rakedMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    checksum += designSe[0];

    const int questions = int(data.answers.size());
    out << "bench_figures: " << Respondents << " respondents x " << questions << " questions, " << Landlords
        << " landlords\n"
        << "  build summary (one pass over the answers): " << buildMs << " ms\n"
        << "  summary blob: " << blob.size() << " bytes\n"
        << "  deserialize alone, median: " << median(deserializeMs) << " ms\n"
        << "  deserialize + " << questions * (3 + Landlords)
        << " figures (all questions x whole, QPV, hors QPV, 27 landlords), median of " << Runs
        << " runs: " << median(figuresMs) << " ms (target < 5 ms)\n"
        << "  rankings of 35 questions (landlord vs rest) + drivers, median: " << median(rankingMs) << " ms\n"
        << "  raking to 27 + 2 + 3 margins: " << rakeMs << " ms, " << weighting->passes << " passes\n"
        << "  calibrated design (one pass over the answers, once per wave): " << designMs << " ms\n"
        << "  raked wave: deserialize + the same figures with calibrated se, median: " << median(rakedMs)
        << " ms (target: within 2x the plain figures)\n"
        << "  checksum " << checksum << "\n";
#else
    Q_UNUSED(buildMs);
#endif
    return 0;
}
