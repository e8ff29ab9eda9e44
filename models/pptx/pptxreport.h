#pragma once

#include "chartkind.h"
#include "pptxdeck.h"

#include <QLocale>

class Codebook;
class FigureEngine;
class FigureModel;
class FigureSelection;
class LandlordBenchmark;

/// The decks Satisfecit writes: the board pack as a 16:9 deck (title
/// slide, key figures, one slide per chart with its table on the slides
/// after it, method slide; footnotes on each), and a chart on one slide.
namespace PptxReport {

/// Rows of a table slide: what fits above the footnote.
inline constexpr int TableRowsPerSlide = 12;

/// French for "fr", English otherwise.
QLocale localeFor(const QString &language);

/// A native chart of description, with its footnote and reference lines.
PptxSlide chartSlide(const ChartDescription &description);
/// model's table (the columns that hold any text) on as many slides as it needs.
std::vector<PptxSlide> tableSlides(const FigureModel &model, const ChartDescription &description);

/// Appends kind's chart slide and its table slides to deck: the building
/// block of a deck's pages (another page kind pushes its own PptxSlide).
void appendChart(PptxDeck &deck, ChartKind kind, const FigureModel &model, const QLocale &locale);

/// How a deck shows the landlords other than its own.
struct DeckOptions
{
    /// false: no slide names another landlord (the ranking chart and its
    /// table are left out, as in the PDF pack).
    bool namedPeers = true;
    /// The wave's benchmark, built once for a batch; null: built by the deck.
    const LandlordBenchmark *benchmark = nullptr;
};

/// A landlord's slides: a text slide of its rank and quarter on the overall
/// question, then its score per question beside the region's with the gap,
/// ✱ (landlord vs the rest, 95%), n, rank and quarter (split to fit).
std::vector<PptxSlide> landlordSlides(const LandlordBenchmark &benchmark, const Codebook &codebook,
                                      const QString &landlord, int year, const QString &language,
                                      const QLocale &locale);

/// The whole board pack of selection; nothing when the selection has no wave.
/// Its pages in order: title, key figures, landlordSlides() when selection
/// has a landlord, appendChart() for every kind of AllChartKinds (but the
/// ranking without named peers), method.
PptxDeck boardPackDeck(FigureEngine &engine, const FigureSelection &selection, const QString &language,
                       const DeckOptions &options = {});

/// Writes boardPackDeck() to path; false with error filled on failure.
bool writeBoardPackDeck(FigureEngine &engine, const FigureSelection &selection, const QString &path,
                        const QString &language, QString *error = nullptr, const DeckOptions &options = {});

/// One slide: kind's chart over model.
bool writeChartDeck(ChartKind kind, const FigureModel &model, const QLocale &locale, const QString &path,
                    QString *error = nullptr);

} // namespace PptxReport
