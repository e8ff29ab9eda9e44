#pragma once

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

/// Colours and fonts shared by the charts. The palette is Okabe–Ito, readable
/// with the common colour-vision deficiencies; the band is always written
/// too (legend, labels, table), never told by colour alone.
namespace ChartStyle {

QColor bandColor(int band);          ///< int(Band): insuffisant, moyen, satisfaisant, effectif insuffisant
/// "Satisfactory (7.0+)"… in the UI language, for legends (plain text:
/// legend labels are rich text, so no "<").
QString bandLegend(int band, const QLocale &locale);
QColor seriesColor(int index);       ///< categorical colours for lines, in order
QColor answerColor(int answer);      ///< answers 1..4, very satisfied → very dissatisfied
QColor referenceColor();             ///< reference and median lines
QColor textColor();
/// Black or white, whichever reads better on background.
QColor textOn(const QColor &background);

QFont axisFont();
QFont labelFont();
QFont titleFont();

/// What every chart shares: no animation (a filter change redraws at once),
/// numbers in the locale ("7,8") without group separators (years), fonts.
void setUp(QChart *chart, const QLocale &locale);

/// Fits chart's legend to the chart's width: when its entries do not fit
/// on one line, the longest labels go on two lines (Qt Charts would cut
/// them mid-word); back on one line when the chart is wide again.
void placeLegend(QChart *chart);

/// text cut to at most max characters with an ellipsis, for axis labels;
/// the cut falls between words.
QString elide(const QString &text, int max);

} // namespace ChartStyle
