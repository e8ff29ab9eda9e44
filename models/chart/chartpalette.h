#pragma once

#include <QColor>

/// The application's colours, shared by every renderer of a chart (Qt
/// Charts, PowerPoint). The palette is Okabe–Ito, readable with the common
/// colour-vision deficiencies.
namespace ChartPalette {

QColor bandColor(int band);     ///< int(Band): insuffisant, moyen, satisfaisant, effectif insuffisant
QColor seriesColor(int index);  ///< categorical colours for lines, in order
QColor answerColor(int answer); ///< answers 1..4, very satisfied → very dissatisfied
QColor referenceColor();        ///< reference and median lines
QColor textColor();

} // namespace ChartPalette
