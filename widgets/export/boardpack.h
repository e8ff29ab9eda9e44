#pragma once

#include <QString>

class FigureEngine;
class FigureSelection;

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
bool writeBoardPack(FigureEngine &engine, const FigureSelection &selection, const QString &path,
                    const QString &language, QString *error = nullptr);
