#pragma once

#include "landlordpages.h"

#include <QString>

class FigureEngine;
class FigureSelection;
class LandlordBenchmark;

/// What a pack shows of the landlords beyond the selection.
struct BoardPackOptions
{
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
