#pragma once

#include "chartkind.h"
#include "pptxdeck.h"

#include <QLocale>

class FigureEngine;
class FigureModel;
class FigureSelection;

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

/// The whole board pack of selection; nothing when the selection has no wave.
/// Its pages in order: title, key figures, appendChart() for every kind of
/// AllChartKinds, method.
PptxDeck boardPackDeck(FigureEngine &engine, const FigureSelection &selection, const QString &language);

/// Writes boardPackDeck() to path; false with error filled on failure.
bool writeBoardPackDeck(FigureEngine &engine, const FigureSelection &selection, const QString &path,
                        const QString &language, QString *error = nullptr);

/// One slide: kind's chart over model.
bool writeChartDeck(ChartKind kind, const FigureModel &model, const QLocale &locale, const QString &path,
                    QString *error = nullptr);

} // namespace PptxReport
