#include "chartexport.h"

#include "exportstyle.h"
#include "figuremodel.h"
#include "tableexport.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QPainter>
#include "pptxreport.h"

#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString cannotWrite(const QString &path, const QString &why)
{
    return Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

int dotsPerMeter(qreal dpi)
{
    return int(std::lround(dpi / 0.0254));
}

bool validSize(const ChartExportOptions &options, QString *error)
{
    const QSize size = options.logicalSize;
    if (size.width() < 200 || size.height() < 150 || size.width() > 20000 || size.height() > 20000)
        return fail(error, Tr::tr("The size %1 × %2 is out of range (200 × 150 to 20000 × 20000)")
                               .arg(size.width()).arg(size.height()));
    if (options.dpi < 24 || options.dpi > 1200)
        return fail(error, Tr::tr("The resolution %1 dpi is out of range (24 to 1200)").arg(options.dpi));
    const qreal pixels = qreal(size.width()) * size.height() * options.pixelRatio() * options.pixelRatio();
    if (pixels > 200e6)
        return fail(error, Tr::tr("The image would have more than 200 million pixels"));
    return true;
}

} // namespace

std::optional<ChartFileFormat> chartFileFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ChartFileFormat::Png;
    if (suffix == QLatin1String("pdf"))
        return ChartFileFormat::Pdf;
    if (suffix == QLatin1String("svg"))
        return ChartFileFormat::Svg;
    if (suffix == QLatin1String("pptx"))
        return ChartFileFormat::Pptx;
    return std::nullopt;
}

QImage renderChartImage(ChartDocument &document, const ChartExportOptions &options)
{
    const qreal ratio = options.pixelRatio();
    const QSize pixels(int(std::lround(options.logicalSize.width() * ratio)),
                       int(std::lround(options.logicalSize.height() * ratio)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(ratio);
    // Painted at the layout resolution (see ExportStyle::layoutDpi()); the
    // file then says its real density, so a slide places it at its logical size.
    image.setDotsPerMeterX(dotsPerMeter(ExportStyle::layoutDpi()));
    image.setDotsPerMeterY(dotsPerMeter(ExportStyle::layoutDpi()));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        document.paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.logicalSize)));
    }
    image.setDotsPerMeterX(dotsPerMeter(options.dpi));
    image.setDotsPerMeterY(dotsPerMeter(options.dpi));
    return image;
}

bool exportChartPng(ChartDocument &document, const QString &path, const ChartExportOptions &options,
                    QString *error)
{
    if (!validSize(options, error))
        return false;
    const QImage image = renderChartImage(document, options);
    if (image.isNull())
        return fail(error, Tr::tr("Not enough memory for a %1 × %2 image").arg(options.logicalSize.width()).arg(options.logicalSize.height()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, cannotWrite(path, file.errorString()));
    if (!image.save(&file, "PNG"))
        return fail(error, cannotWrite(path, Tr::tr("the image could not be encoded")));
    if (!file.commit())
        return fail(error, cannotWrite(path, file.errorString()));
    return true;
}

bool exportChartPdf(ChartDocument &document, const QString &path, const ChartExportOptions &options,
                    QString *error)
{
    if (!validSize(options, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, cannotWrite(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        const int dpi = ExportStyle::layoutDpi();
        writer.setResolution(dpi);
        const QSizeF points = QSizeF(options.logicalSize) * 72.0 / dpi;
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("Satisfecit"));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(error, cannotWrite(path, Tr::tr("the PDF could not be started")));
        document.paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.logicalSize)));
        painter.end();
    }
    if (!file.commit())
        return fail(error, cannotWrite(path, file.errorString()));
    return true;
}

bool exportChartSvg(ChartDocument &document, const QString &path, const ChartExportOptions &options,
                    QString *error)
{
    if (!validSize(options, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, cannotWrite(path, file.errorString()));
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(options.logicalSize);
        generator.setViewBox(QRect(QPoint(0, 0), options.logicalSize));
        // QSvgGenerator assumes 72 dpi: text drawn in points would then come
        // out smaller than the labels were measured for.
        generator.setResolution(ExportStyle::layoutDpi());
        generator.setTitle(document.title());
        generator.setDescription(QStringList({document.subtitle(), document.footnote().join(QLatin1Char(' '))})
                                     .join(QStringLiteral(" — ")));
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(error, cannotWrite(path, Tr::tr("the SVG could not be started")));
        document.paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.logicalSize)));
        painter.end();
    }
    if (!file.commit())
        return fail(error, cannotWrite(path, file.errorString()));
    return true;
}

bool exportChart(ChartDocument &document, const QString &path, const ChartExportOptions &options, QString *error)
{
    if (!document.isValid())
        return fail(error, Tr::tr("This chart cannot be drawn from its table"));
    const std::optional<ChartFileFormat> format = chartFileFormat(path);
    if (!format)
        return fail(error, Tr::tr("%1: expected a .png, .pdf, .svg or .pptx file name").arg(QFileInfo(path).fileName()));
    switch (*format) {
    case ChartFileFormat::Png: return exportChartPng(document, path, options, error);
    case ChartFileFormat::Pdf: return exportChartPdf(document, path, options, error);
    case ChartFileFormat::Svg: return exportChartSvg(document, path, options, error);
    case ChartFileFormat::Pptx:
        // One slide with a native, editable PowerPoint chart of the same description.
        return PptxReport::writeChartDeck(document.kind(), *document.model(), document.locale(), path, error);
    }
    return false;
}

QMimeData *chartMimeData(ChartDocument &document, const ChartExportOptions &options)
{
    auto *data = new QMimeData;
    data->setImageData(renderChartImage(document, options));
    if (document.model())
        data->setText(modelAsTabSeparated(*document.model()));
    return data;
}

void copyChartToClipboard(ChartDocument &document, const ChartExportOptions &options)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setMimeData(chartMimeData(document, options));
}
