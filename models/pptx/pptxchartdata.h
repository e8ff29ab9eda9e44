#pragma once

// The cells behind a native chart: what the embedded workbook holds and
// what the chart part's formulas and caches point at. Internal to the pptx
// writer.

#include "chartdescription.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

struct PptxChartData
{
    QString categoryHeader;
    std::vector<QString> categories;   ///< column A, from row 2
    QStringList headers;               ///< columns B…, row 1
    std::vector<std::vector<double>> columns; ///< NaN: empty cell
    /// Per category row: the point index in the description's points, or -1
    /// for a theme heading row (Bars); Lines: the year.
    std::vector<int> pointOfRow;
    /// Per series of the description, per row: the index of its point drawn
    /// on that row, or -1.
    std::vector<std::vector<int>> rowPoint;

    int rowCount() const { return int(categories.size()); }
    /// "Sheet1!$B$2:$B$9" for numeric column c (0 = B).
    QString columnRange(int c) const;
    QString headerCell(int c) const;   ///< "Sheet1!$B$1"
    QString categoryRange() const;     ///< "Sheet1!$A$2:$A$9"
};

/// The table of d: Bars and StackedPercent one row per category (theme
/// headings as rows of their own), a column per series then the interval
/// of the first series; Lines one row per year; Scatter one row per point,
/// x then one y column per series.
PptxChartData pptxChartData(const ChartDescription &d);

/// The embedded workbook (.xlsx bytes) holding data; empty on failure.
QByteArray pptxWorkbook(const PptxChartData &data, QString *error);

/// The chart part (c:chartSpace) drawing d from data, its workbook at
/// relationship rId1.
QByteArray pptxChartXml(const ChartDescription &d, const PptxChartData &data, const QString &language);

/// The sheet name the formulas use.
inline constexpr char PptxSheetName[] = "Feuil1";
