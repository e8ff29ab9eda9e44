#pragma once

#include "landlordpages.h"

#include <QString>

#include <functional>

class FigureEngine;
class FigureSelection;
class LandlordBenchmark;
QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

/// What a pack shows of the landlords beyond the selection.
struct BoardPackOptions
{
    /// The title on the cover (the survey's name when empty) and a logo
    /// (PNG, JPEG or SVG file) on the cover.
    QString title;
    QString logoPath;
    /// A landlord's pack (or an anonymous regional one) replaces the ranking
    /// chart by a table of the peers, under letters unless Named.
    PeerNames peers = PeerNames::Named;
    /// The wave's landlord figures, shared by the packs of a batch; built
    /// for the pack when null.
    const LandlordBenchmark *benchmark = nullptr;
};

/// Writes the board pack of selection's wave (and landlord, QPV and segment
/// filters) to path: an A4 landscape PDF with a cover, a key figures page,
/// one page per chart kind with its table (continued on further pages when
/// long) and footnote, the methodology, and "page N / M" on every page after
/// the cover. Text stays text, fonts are embedded.
///
/// language ("fr" or "en") chooses the question labels and the number
/// format; the sentences come from the translation installed for it, so the
/// caller installs it first (the command line does for --lang, the window
/// for its UI language). selection is copied: the models and charts of the
/// pack are its own and the caller's views do not change. No window is
/// needed, but a QGuiApplication (offscreen will do) must exist for the
/// charts and fonts. Returns false with error filled (when not null) on failure;
/// the file is then left as it was.
///
/// With a landlord selected the pack adds its scores beside the region's
/// (gap, significance vs the rest, rank and quarter among its peers) and
/// names no other landlord unless options.peers is Named.
bool writeBoardPack(FigureEngine &engine, const FigureSelection &selection, const QString &path,
                    const QString &language, QString *error = nullptr, const BoardPackOptions &options = {});

/// Paints the board pack's pages with painter, on a device of
/// ExportStyle::layoutDpi() the size of an A4 landscape page, calling
/// newPage() between two pages; returns the number of pages, 0 (error
/// filled) when there is no wave. writeBoardPack() paints through here;
/// tests paint on a recording device.
int paintBoardPack(FigureEngine &engine, const FigureSelection &selection, const QString &language,
                   const BoardPackOptions &options, QPainter *painter, const std::function<void()> &newPage,
                   QString *error = nullptr);
