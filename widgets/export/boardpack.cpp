#include "boardpack.h"

#include "boardpackpages.h"
#include "chartdocument.h"
#include "exportstyle.h"
#include "figureengine.h"
#include "figuremodelfactory.h"
#include "figuremodel.h"
#include "figureselection.h"
#include "landlordbenchmark.h"
#include "qpvcomparisonmodel.h"
#include "tablepainter.h"
#include "themescoremodel.h"
#include "trendmodel.h"
#include "figure.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

namespace {

constexpr qreal MarginX = 40;
constexpr qreal MarginTop = 36;
constexpr qreal FooterHeight = 46;
constexpr qreal NotePointSize = 7.5;
// A chart wanting more than this share of the page gets the page to itself.
constexpr qreal TallChart = 0.62;

using PagePainter = std::function<void(QPainter *, const QRectF &content)>;

struct ChartSection
{
    std::unique_ptr<FigureModel> model;
    std::unique_ptr<ChartDocument> document;
    std::unique_ptr<TablePainter> table;
};

// "Only one wave so far…" when section is a trend with a single year; empty otherwise.
QString loneTrendSentence(const ChartSection &section)
{
    const auto *trend = qobject_cast<const TrendModel *>(section.model.get());
    if (!trend || trend->rowData().empty())
        return QString();
    QSet<int> years;
    for (const TrendModel::Row &row : trend->rowData())
        years.insert(row.point.year);
    if (years.size() > 1)
        return QString();
    const QLocale locale = section.document->locale();
    QStringList parts;
    for (const TrendModel::Row &row : trend->rowData())
        parts << (row.point.sufficient()
                      ? BoardPack::tr("%1 scores %2 /10").arg(row.label, formatScore(row.point.score, locale))
                      : BoardPack::tr("%1 has too few answers for a score").arg(row.label));
    return BoardPack::tr("Only one wave so far (%1): %2. The trend will be drawn from the next wave on.")
        .arg(*years.begin())
        .arg(parts.join(QStringLiteral("; ")));
}

// The pages of one chart: the chart, its table below it or on the next
// pages, the footnote at the foot of each.
void addChartPages(ChartSection &section, const QRectF &content, std::vector<PagePainter> &pages)
{
    ChartDocument *doc = section.document.get();
    TablePainter *table = section.table.get();
    const QString title = doc->title();
    const QString subtitle = doc->subtitle();
    const QString note = doc->footnote().join(QLatin1Char('\n'));
    const QFont noteFont = ExportStyle::font(NotePointSize);
    const qreal noteHeight = ExportStyle::textHeight(note, noteFont, content.width());
    const qreal heading = BoardPackPages::headingHeight(content.width(), title, subtitle);
    const qreal available = content.height() - heading - noteHeight - 14;

    const auto frame = [=](QPainter *p, const QRectF &c, const QString &pageTitle) {
        BoardPackPages::paintHeading(p, c, pageTitle, subtitle);
        const qreal top = c.bottom() - noteHeight;
        p->setPen(QPen(ExportStyle::ruleColor(), 0.8));
        p->drawLine(QPointF(c.left(), top - 6), QPointF(c.right(), top - 6));
        ExportStyle::drawText(p, QRectF(c.left(), top, c.width(), noteHeight), note, noteFont, ExportStyle::mutedColor());
    };

    // A trend of one wave is a sentence, not a chart of a lone point.
    const QString lone = loneTrendSentence(section);
    const QFont loneFont = ExportStyle::font(11);
    // The whole table under the chart when it fits there with the chart at
    // least half the page and no lower than it wants; otherwise the chart
    // has the page (and the next ones when it is taller: its text keeps its
    // size on paper) and the table the next ones, never split across both.
    const qreal preferred = lone.isEmpty() ? doc->preferredChartHeight()
                                           : ExportStyle::textHeight(lone, loneFont, content.width());
    const qreal tableHeight = table->height(0, table->rowCount()) + 16;
    const bool shared = table->rowCount() > 0 && preferred <= available * TallChart
                        && available - tableHeight >= std::max(available * 0.5, preferred);
    const qreal chartHeight = shared ? available - tableHeight : available;
    int first = shared ? table->rowCount() : 0;
    if (!lone.isEmpty()) {
        pages.push_back([=](QPainter *p, const QRectF &c) {
            frame(p, c, title);
            const qreal top = c.top() + heading;
            ExportStyle::drawText(p, QRectF(c.left(), top, c.width(), 0), lone, loneFont, ExportStyle::textColor());
            if (first > 0)
                table->paint(p, QPointF(c.left(), top + preferred + 16), 0, first);
        });
    } else if (shared) {
        pages.push_back([=](QPainter *p, const QRectF &c) {
            frame(p, c, title);
            const QRectF chart(c.left(), c.top() + heading, c.width(), chartHeight);
            doc->paintChart(p, chart);
            table->paint(p, QPointF(c.left(), chart.bottom() + 16), 0, first);
        });
    } else {
        const QList<QPair<qreal, qreal>> pieces = doc->chartPieces(content.width(), available, available);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const QPair<qreal, qreal> piece = pieces[i];
            const QString pageTitle = i == 0 ? title : BoardPack::tr("%1 (continued)").arg(title);
            pages.push_back([=](QPainter *p, const QRectF &c) {
                frame(p, c, pageTitle);
                doc->paintChartPiece(p, QPointF(c.left(), c.top() + heading), c.width(), available, piece);
            });
        }
    }
    while (first < table->rowCount()) {
        const int count = table->rowsFitting(first, available);
        pages.push_back([=](QPainter *p, const QRectF &c) {
            frame(p, c, BoardPack::tr("%1 (table)").arg(title));
            table->paint(p, QPointF(c.left(), c.top() + heading), first, count);
        });
        first += count;
    }
}

QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0));
}

void paintFooter(QPainter *painter, const QRectF &page, const QString &left, int number, int count)
{
    const QFont f = ExportStyle::font(8);
    const qreal y = page.bottom() - FooterHeight + 18;
    const qreal w = page.width() - 2 * MarginX;
    ExportStyle::drawText(painter, QRectF(page.left() + MarginX, y, w * 0.8, 0), left, f, ExportStyle::mutedColor());
    ExportStyle::drawText(painter, QRectF(page.left() + MarginX, y, w, 0),
                          BoardPack::tr("page %1 / %2").arg(number).arg(count), f, ExportStyle::mutedColor(),
                          Qt::AlignRight);
}

std::optional<bool> qpvOf(FigureSelection::QpvFilter filter)
{
    if (filter == FigureSelection::QpvFilter::All)
        return std::nullopt;
    return filter == FigureSelection::QpvFilter::Qpv;
}

} // namespace

int paintBoardPack(FigureEngine &engine, const FigureSelection &selection, const QString &language,
                   const BoardPackOptions &options, QPainter *painter, const std::function<void()> &newPage,
                   QString *error)
{
    const std::optional<WaveInfo> wave = engine.wave(selection.waveId());
    if (!wave || !engine.summary(wave->id)) {
        if (error)
            *error = BoardPack::tr("No wave to report on: import a survey first");
        return 0;
    }
    const QLocale locale = language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
    FigureSelection own;
    own.setLanguage(language);
    own.set(selection.waveId(), selection.landlord(), selection.qpvFilter(), selection.segmentColumn(),
            selection.segmentValue());

    // A4 landscape in logical pixels at the layout resolution.
    const int dpi = ExportStyle::layoutDpi();
    const QRectF pointsRect = pageLayout().fullRectPoints();
    const QRectF page(0, 0, pointsRect.width() * dpi / 72.0, pointsRect.height() * dpi / 72.0);
    const QRectF content(MarginX, MarginTop, page.width() - 2 * MarginX,
                         page.height() - MarginTop - FooterHeight - 10);

    // A landlord's pack, or one whose peers are anonymous: the peers as a
    // table of letters (landlordpages.h) instead of the ranking chart.
    const bool peerPages = !own.landlord().isEmpty() || options.peers == PeerNames::Anonymous;
    std::optional<LandlordBenchmark> ownBenchmark;
    std::unique_ptr<LandlordPages> landlordPages;
    if (peerPages) {
        const LandlordBenchmark *benchmark = options.benchmark;
        if (!benchmark)
            benchmark = &ownBenchmark.emplace(*engine.summary(wave->id), qpvOf(own.qpvFilter()),
                                              engine.calibratedDesign(wave->id));
        landlordPages = std::make_unique<LandlordPages>(*wave, *engine.summary(wave->id), *benchmark,
                                                        engine.codebook(), own.landlord(), options.peers, language,
                                                        locale, content.width());
    }

    std::vector<ChartSection> sections;
    for (const ChartKind kind : AllChartKinds) {
        if (peerPages && kind == ChartKind::Ranking)
            continue;
        ChartSection s;
        s.model = createFigureModel(kind, &engine, &own);
        s.model->setLocale(locale); // the pack's language, never the process-wide default
        s.document = std::make_unique<ChartDocument>(kind, s.model.get(), locale);
        s.table = std::make_unique<TablePainter>(*s.model, content.width(), NotePointSize);
        sections.push_back(std::move(s));
    }
    BoardPackContext context;
    context.wave = *wave;
    context.selection = &own;
    context.locale = locale;
    context.themes = qobject_cast<ThemeScoreModel *>(sections[0].model.get());
    context.qpv = qobject_cast<QpvComparisonModel *>(sections[1].model.get());
    context.scope = sections[0].model->scopeDescription();
    context.title = options.title.trimmed();
    context.logoPath = options.logoPath;
    if (const Question *global = engine.codebook().globalQuestion())
        context.globalCode = global->code;
    context.weighting = engine.rakingReport(wave->id);
    if (landlordPages)
        context.extraMethod = landlordPages->methodSections();

    std::vector<PagePainter> pages;
    pages.push_back([&](QPainter *p, const QRectF &) { BoardPackPages::paintCover(p, page, context); });
    pages.push_back([&](QPainter *p, const QRectF &c) { BoardPackPages::paintKeyFigures(p, c, context); });
    if (landlordPages)
        landlordPages->addPages(pages, content);
    for (ChartSection &s : sections)
        addChartPages(s, content, pages);
    pages.push_back([&](QPainter *p, const QRectF &c) { BoardPackPages::paintMethodology(p, c, context); });
    if (context.weighting)
        pages.push_back([&](QPainter *p, const QRectF &c) { BoardPackPages::paintWeighting(p, c, context); });

    painter->setRenderHint(QPainter::Antialiasing);
    const QString running = BoardPack::tr("Tenant satisfaction survey · %1").arg(context.scope);
    const int count = int(pages.size());
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            newPage();
        pages[std::size_t(i)](painter, content);
        if (i > 0)
            paintFooter(painter, page, running, i + 1, count);
    }
    return count;
}

bool writeBoardPack(FigureEngine &engine, const FigureSelection &selection, const QString &path,
                    const QString &language, QString *error, const BoardPackOptions &options)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<WaveInfo> wave = engine.wave(selection.waveId());
    if (!wave || !engine.summary(wave->id))
        return fail(BoardPack::tr("No wave to report on: import a survey first"));
    if (!options.logoPath.isEmpty() && !QFileInfo(options.logoPath).isReadable())
        return fail(BoardPack::tr("Cannot read the logo %1").arg(QDir::toNativeSeparators(options.logoPath)));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(BoardPack::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(ExportStyle::layoutDpi()); // see ExportStyle::layoutDpi()
        writer.setPageLayout(pageLayout());
        writer.setTitle(options.title.trimmed().isEmpty()
                            ? BoardPack::tr("Tenant satisfaction survey %1 — board pack").arg(wave->year)
                            : options.title.trimmed());
        writer.setCreator(QStringLiteral("Satisfecit"));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(BoardPack::tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
        if (paintBoardPack(engine, selection, language, options, &painter, [&] { writer.newPage(); }, error) == 0)
            return false;
        painter.end();
    }
    if (!file.commit())
        return fail(BoardPack::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}
