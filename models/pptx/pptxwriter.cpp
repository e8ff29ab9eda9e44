// The package: [Content_Types].xml, relationships, presentation, slides,
// charts and their embedded workbooks, zipped with minizip.
#include "pptxdeck.h"

#include "pptxchartdata.h"
#include "pptxparts.h"
#include "pptxslide.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <minizip/zip.h>

#include <utility>
#include <vector>

namespace {

constexpr char Header[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr char RelType[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr char PmlType[] = "application/vnd.openxmlformats-officedocument.presentationml.";

struct Part
{
    QString name;
    QByteArray bytes;
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray relationships(const std::vector<std::pair<QString, QString>> &typeAndTarget)
{
    QString xml = QLatin1String(Header)
                  + QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    int id = 1;
    for (const auto &[type, target] : typeAndTarget)
        xml += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"%2\" Target=\"%3\"/>")
                   .arg(id++)
                   .arg(type.startsWith(QLatin1String("http")) ? type : QLatin1String(RelType) + type, escaped(target));
    xml += QStringLiteral("</Relationships>");
    return xml.toUtf8();
}

QByteArray contentTypes(int slides, int charts)
{
    QString xml = QLatin1String(Header)
                  + QStringLiteral("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                   "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                   "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                   "<Default Extension=\"xlsx\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>");
    const auto over = [&](const QString &part, const QString &type) {
        xml += QStringLiteral("<Override PartName=\"%1\" ContentType=\"%2\"/>").arg(part, type);
    };
    const QString pml = QLatin1String(PmlType);
    over(QStringLiteral("/ppt/presentation.xml"), pml + QStringLiteral("presentation.main+xml"));
    over(QStringLiteral("/ppt/slideMasters/slideMaster1.xml"), pml + QStringLiteral("slideMaster+xml"));
    over(QStringLiteral("/ppt/slideLayouts/slideLayout1.xml"), pml + QStringLiteral("slideLayout+xml"));
    over(QStringLiteral("/ppt/presProps.xml"), pml + QStringLiteral("presProps+xml"));
    over(QStringLiteral("/ppt/viewProps.xml"), pml + QStringLiteral("viewProps+xml"));
    over(QStringLiteral("/ppt/tableStyles.xml"), pml + QStringLiteral("tableStyles+xml"));
    over(QStringLiteral("/ppt/theme/theme1.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.theme+xml"));
    for (int i = 1; i <= slides; ++i)
        over(QStringLiteral("/ppt/slides/slide%1.xml").arg(i), pml + QStringLiteral("slide+xml"));
    for (int i = 1; i <= charts; ++i)
        over(QStringLiteral("/ppt/charts/chart%1.xml").arg(i),
             QStringLiteral("application/vnd.openxmlformats-officedocument.drawingml.chart+xml"));
    over(QStringLiteral("/docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    over(QStringLiteral("/docProps/app.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    xml += QStringLiteral("</Types>");
    return xml.toUtf8();
}

QByteArray presentation(int slides)
{
    QString xml = QLatin1String(Header)
                  + QStringLiteral("<p:presentation xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                                   "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" saveSubsetFonts=\"1\">"
                                   "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst><p:sldIdLst>");
    for (int i = 0; i < slides; ++i)
        xml += QStringLiteral("<p:sldId id=\"%1\" r:id=\"rId%2\"/>").arg(256 + i).arg(i + 2);
    xml += QStringLiteral("</p:sldIdLst><p:sldSz cx=\"%1\" cy=\"%2\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>")
               .arg(PptxParts::SlideWidth)
               .arg(PptxParts::SlideHeight);
    return xml.toUtf8();
}

bool zipParts(const QString &path, const std::vector<Part> &parts, QString *error)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip) {
        *error = Pptx::tr("Cannot write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    bool ok = true;
    for (const Part &part : parts) {
        zip_fileinfo info{};
        const QDateTime now = QDateTime::currentDateTime();
        info.tmz_date.tm_year = uInt(now.date().year());
        info.tmz_date.tm_mon = uInt(now.date().month() - 1);
        info.tmz_date.tm_mday = uInt(now.date().day());
        info.tmz_date.tm_hour = uInt(now.time().hour());
        info.tmz_date.tm_min = uInt(now.time().minute());
        info.tmz_date.tm_sec = uInt(now.time().second());
        const QByteArray name = part.name.toUtf8();
        // Workbooks are compressed already.
        const int level = part.name.endsWith(QLatin1String(".xlsx")) ? 0 : 6;
        ok = zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                   level == 0 ? 0 : Z_DEFLATED, level, 0) == ZIP_OK
             && zipWriteInFileInZip(zip, part.bytes.constData(), unsigned(part.bytes.size())) == ZIP_OK
             && zipCloseFileInZip(zip) == ZIP_OK;
        if (!ok)
            break;
    }
    if (zipClose(zip, nullptr) != ZIP_OK)
        ok = false;
    if (!ok)
        *error = Pptx::tr("Cannot write %1").arg(QDir::toNativeSeparators(path));
    return ok;
}

} // namespace

bool writePptx(const PptxDeck &deck, const QString &path, QString *error)
{
    QString message;
    QString *err = error ? error : &message;
    const int count = int(deck.slides.size());
    std::vector<Part> parts;
    std::vector<std::pair<QString, QString>> presentationRels{{QStringLiteral("slideMaster"),
                                                               QStringLiteral("slideMasters/slideMaster1.xml")}};
    int charts = 0;
    for (int i = 0; i < count; ++i) {
        const PptxSlide &slide = deck.slides[std::size_t(i)];
        const QString slideName = QStringLiteral("slide%1.xml").arg(i + 1);
        presentationRels.emplace_back(QStringLiteral("slide"), QStringLiteral("slides/") + slideName);
        std::vector<std::pair<QString, QString>> rels{{QStringLiteral("slideLayout"),
                                                       QStringLiteral("../slideLayouts/slideLayout1.xml")}};
        if (slide.type == PptxSlide::Type::Chart) {
            ++charts;
            const PptxChartData data = pptxChartData(slide.chart);
            const QByteArray workbook = pptxWorkbook(data, err);
            if (workbook.isEmpty())
                return false;
            const QString book = QStringLiteral("Microsoft_Excel_Worksheet%1.xlsx").arg(charts);
            parts.push_back({QStringLiteral("ppt/embeddings/") + book, workbook});
            parts.push_back({QStringLiteral("ppt/charts/chart%1.xml").arg(charts),
                             pptxChartXml(slide.chart, data, deck.language)});
            parts.push_back({QStringLiteral("ppt/charts/_rels/chart%1.xml.rels").arg(charts),
                             relationships({{QStringLiteral("package"), QStringLiteral("../embeddings/") + book}})});
            rels.emplace_back(QStringLiteral("chart"), QStringLiteral("../charts/chart%1.xml").arg(charts));
        }
        parts.push_back({QStringLiteral("ppt/slides/") + slideName, pptxSlideXml(slide, i + 1, count, deck.language)});
        parts.push_back({QStringLiteral("ppt/slides/_rels/") + slideName + QStringLiteral(".rels"), relationships(rels)});
    }
    presentationRels.emplace_back(QStringLiteral("presProps"), QStringLiteral("presProps.xml"));
    presentationRels.emplace_back(QStringLiteral("viewProps"), QStringLiteral("viewProps.xml"));
    presentationRels.emplace_back(QStringLiteral("theme"), QStringLiteral("theme/theme1.xml"));
    presentationRels.emplace_back(QStringLiteral("tableStyles"), QStringLiteral("tableStyles.xml"));

    std::vector<Part> head{
        {QStringLiteral("[Content_Types].xml"), contentTypes(count, charts)},
        {QStringLiteral("_rels/.rels"),
         relationships({{QStringLiteral("officeDocument"), QStringLiteral("ppt/presentation.xml")},
                        {QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                         QStringLiteral("docProps/core.xml")},
                        {QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")}})},
        {QStringLiteral("docProps/core.xml"), PptxParts::coreProperties(deck.title, deck.language)},
        {QStringLiteral("docProps/app.xml"), PptxParts::appProperties(count)},
        {QStringLiteral("ppt/presentation.xml"), presentation(count)},
        {QStringLiteral("ppt/_rels/presentation.xml.rels"), relationships(presentationRels)},
        {QStringLiteral("ppt/presProps.xml"), PptxParts::presProps()},
        {QStringLiteral("ppt/viewProps.xml"), PptxParts::viewProps()},
        {QStringLiteral("ppt/tableStyles.xml"), PptxParts::tableStyles()},
        {QStringLiteral("ppt/theme/theme1.xml"), PptxParts::theme()},
        {QStringLiteral("ppt/slideMasters/slideMaster1.xml"), PptxParts::slideMaster()},
        {QStringLiteral("ppt/slideMasters/_rels/slideMaster1.xml.rels"), PptxParts::slideMasterRels()},
        {QStringLiteral("ppt/slideLayouts/slideLayout1.xml"), PptxParts::slideLayout()},
        {QStringLiteral("ppt/slideLayouts/_rels/slideLayout1.xml.rels"), PptxParts::slideLayoutRels()},
    };
    parts.insert(parts.begin(), std::make_move_iterator(head.begin()), std::make_move_iterator(head.end()));

    // Zipped beside nothing else, then swapped in whole.
    QTemporaryDir dir;
    const QString zipped = dir.filePath(QStringLiteral("deck.pptx"));
    if (!dir.isValid() || !zipParts(zipped, parts, err))
        return false;
    QFile in(zipped);
    QSaveFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0
        || !out.commit()) {
        *err = Pptx::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

std::vector<PptxSlide> splitTableSlide(const PptxSlide &table, int rowsPerSlide)
{
    std::vector<PptxSlide> slides;
    const int rows = int(table.rows.size());
    const int pages = std::max(1, (rows + rowsPerSlide - 1) / std::max(1, rowsPerSlide));
    for (int page = 0; page < pages; ++page) {
        PptxSlide slide = table;
        const auto first = table.rows.begin() + std::min(rows, page * rowsPerSlide);
        const auto last = table.rows.begin() + std::min(rows, (page + 1) * rowsPerSlide);
        slide.rows.assign(first, last);
        if (pages > 1)
            slide.title = Pptx::tr("%1 (%2/%3)").arg(table.title).arg(page + 1).arg(pages);
        slides.push_back(std::move(slide));
    }
    return slides;
}
