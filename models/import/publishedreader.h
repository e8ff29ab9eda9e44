#pragma once

#include "codebook.h"
#include "readers/readerror.h"
#include "storetypes.h"

#include <QList>

#include <vector>

class TableReader;

/// Reads a published-figures file (survey-files.md section 3). Beside the
/// contract's columns it accepts two optional ones: `option`, the option code
/// a share refers to for yes/no and single-choice questions (whose `note` is
/// then empty and `pct_satisfaits` holds the share), and `illustratif`, 1 for
/// a plausible value that was never published (demo data).
/// Every problem goes to errors (up to maxErrors); nothing is returned then.
QList<PublishedFigure> readPublishedFigures(TableReader &reader, const Codebook &codebook,
                                            std::vector<ReadError> *errors, int maxErrors = 100);
