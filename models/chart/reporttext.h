#pragma once

#include "storetypes.h"

#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

/// The sentences a report shares whatever draws it (the PDF board pack, the
/// PowerPoint deck). Translation context "BoardPack".
namespace ReportText {

/// The method: (heading, paragraph) in reading order, for wave. A raked
/// wave's weighting points to the weights' page when weightsPageFollows.
QList<QPair<QString, QString>> methodology(const WaveInfo &wave, const QLocale &l, bool weightsPageFollows);

} // namespace ReportText
