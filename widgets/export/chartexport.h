#pragma once

#include "chartdocument.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QMimeData;
QT_END_NAMESPACE

/// Size of an exported chart. The logical size is what the document is laid
/// out in (a 16:9 slide by default); dpi only sets a PNG's pixel density.
struct ChartExportOptions
{
    QSize logicalSize{1600, 900};
    /// PNG: pixels per inch; the pixel ratio is dpi / 96, so 192 gives a
    /// 3200 × 1800 image of a 1600 × 900 document. Ignored by PDF and SVG,
    /// which are vectors at 96 logical pixels per inch.
    int dpi = 192;

    qreal pixelRatio() const { return qreal(dpi) / 96.0; }
};

enum class ChartFileFormat { Png, Pdf, Svg, Pptx };

/// From a file name's extension (.png, .pdf, .svg, .pptx, any case); nullopt otherwise.
std::optional<ChartFileFormat> chartFileFormat(const QString &path);

/// The document as an image of logicalSize × pixelRatio pixels, with that
/// devicePixelRatio and a matching resolution (dots per metre) set.
QImage renderChartImage(ChartDocument &document, const ChartExportOptions &options = {});

/// Each writes the whole document (title, subtitle, chart, footnote) to path,
/// replacing it only on success, and returns false with error filled (when
/// not null) on failure.
bool exportChartPng(ChartDocument &document, const QString &path, const ChartExportOptions &options = {},
                    QString *error = nullptr);
/// One page of the logical size; text stays text, fonts are embedded.
bool exportChartPdf(ChartDocument &document, const QString &path, const ChartExportOptions &options = {},
                    QString *error = nullptr);
/// An SVG with <text> elements, a title and a description (subtitle and footnote).
bool exportChartSvg(ChartDocument &document, const QString &path, const ChartExportOptions &options = {},
                    QString *error = nullptr);
/// The format from path's extension; an unknown extension is an error.
bool exportChart(ChartDocument &document, const QString &path, const ChartExportOptions &options = {},
                 QString *error = nullptr);

/// For the clipboard: the image, and the chart's table as tab-separated text
/// (text/plain) that pastes into Excel as cells. The caller owns the result.
QMimeData *chartMimeData(ChartDocument &document, const ChartExportOptions &options = {});
/// Puts chartMimeData() on the system clipboard.
void copyChartToClipboard(ChartDocument &document, const ChartExportOptions &options = {});
