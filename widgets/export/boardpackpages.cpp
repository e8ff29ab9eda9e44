#include "boardpackpages.h"

#include "charts/chartstyle.h"
#include "exportstyle.h"
#include "figure.h"
#include "figuretables.h"
#include "figureselection.h"
#include "qpvcomparisonmodel.h"
#include "reporttext.h"
#include "segmentnames.h"
#include "themescoremodel.h"

#include <QDate>
#include <QImage>
#include <QSvgRenderer>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

using ExportStyle::drawText;
using ExportStyle::font;

const QColor Accent(0x00, 0x72, 0xB2);

struct Tile
{
    QString caption;
    QString value;
    QString detail;
    QColor accent = Accent;
};

struct Item
{
    QString figure; ///< "7,8", "+0,4"…
    QString text;
};

QString score(const QLocale &locale, double value)
{
    return std::isfinite(value) ? formatScore(value, locale) : QStringLiteral("–");
}

QString signedScore(const QLocale &locale, double value)
{
    return signedDifference(value, locale);
}

void paintTile(QPainter *painter, const QRectF &rect, const Tile &tile)
{
    painter->save();
    QPainterPath path;
    path.addRoundedRect(rect, 6, 6);
    painter->fillPath(path, QColor(0xF4, 0xF6, 0xF9));
    painter->fillRect(QRectF(rect.left(), rect.top() + 6, 5, rect.height() - 12), tile.accent);
    const QRectF inner = rect.adjusted(16, 12, -12, -10);
    qreal y = inner.top();
    y += drawText(painter, QRectF(inner.left(), y, inner.width(), 0), tile.caption, font(9.5, true),
                  ExportStyle::mutedColor());
    y += 4;
    y += drawText(painter, QRectF(inner.left(), y, inner.width(), 0), tile.value, font(22, true),
                  ExportStyle::textColor());
    y += 2;
    drawText(painter, QRectF(inner.left(), y, inner.width(), 0), tile.detail, font(8.5), ExportStyle::mutedColor());
    painter->restore();
}

// A titled list of figures and their labels; returns the height used.
qreal paintList(QPainter *painter, const QRectF &rect, const QString &title, const QString &empty,
                const QList<Item> &items)
{
    qreal y = rect.top();
    y += drawText(painter, QRectF(rect.left(), y, rect.width(), 0), title, font(11, true), ExportStyle::textColor());
    painter->setPen(QPen(ExportStyle::ruleColor(), 0.8));
    painter->drawLine(QPointF(rect.left(), y + 3), QPointF(rect.right(), y + 3));
    y += 8;
    if (items.isEmpty())
        y += drawText(painter, QRectF(rect.left(), y, rect.width(), 0), empty, font(9), ExportStyle::mutedColor());
    const qreal figureWidth = 58;
    for (const Item &item : items) {
        drawText(painter, QRectF(rect.left(), y, figureWidth - 8, 0), item.figure, font(9, true),
                 ExportStyle::textColor(), Qt::AlignRight);
        y += drawText(painter, QRectF(rect.left() + figureWidth, y, rect.width() - figureWidth, 0), item.text,
                      font(9), ExportStyle::textColor())
             + 4;
    }
    return y - rect.top();
}

const ThemeScoreModel::Row *globalRow(const BoardPackContext &c)
{
    for (const ThemeScoreModel::Row &row : c.themes->rowData())
        if (row.code == c.globalCode)
            return &row;
    return c.themes->rowData().empty() ? nullptr : &c.themes->rowData().front();
}

QList<Tile> tiles(const BoardPackContext &c)
{
    QList<Tile> tiles;
    const ThemeScoreModel::Row *global = globalRow(c);
    if (!global)
        return tiles;
    const ScoreFigure &f = global->figure;
    const int row = int(global - c.themes->rowData().data());
    const QString band = c.themes->index(row, ThemeScoreModel::BandColumn).data().toString();
    if (f.sufficient()) {
        tiles << Tile{BoardPack::tr("Overall satisfaction"), BoardPack::tr("%1 /10").arg(score(c.locale, f.score)),
                      BoardPack::tr("%1 · 95% interval %2–%3").arg(band, score(c.locale, f.ciLow), score(c.locale, f.ciHigh)),
                      ChartStyle::bandColor(int(f.band))};
        // French sets the percent sign apart with a narrow no-break space.
        const QString percent = percentSuffix(c.locale);
        tiles << Tile{BoardPack::tr("Satisfied tenants"), c.locale.toString(f.pctSatisfied, 'f', 0) + percent,
                      BoardPack::tr("very or fairly satisfied overall")};
    } else {
        tiles << Tile{BoardPack::tr("Overall satisfaction"), QStringLiteral("–"), band, ChartStyle::bandColor(int(f.band))};
    }
    // The wave's respondents when it is shown whole; a filtered group is
    // counted by its answers to the overall question.
    const bool whole = c.selection->landlord().isEmpty() && c.selection->segmentColumn().isEmpty()
                       && c.selection->qpvFilter() == FigureSelection::QpvFilter::All;
    tiles << Tile{whole ? BoardPack::tr("Respondents") : BoardPack::tr("Respondents in the group"),
                  c.locale.toString(whole ? qint64(c.wave.respondentCount) : f.n),
                  BoardPack::tr("%1 answered the overall question; effective n %2")
                      .arg(c.locale.toString(f.n), c.locale.toString(qint64(std::llround(f.nEff))))};
    if (global->previous) {
        const double change = f.score - *global->previous;
        tiles << Tile{BoardPack::tr("Since %1").arg(c.themes->previousYear()), signedScore(c.locale, change),
                      BoardPack::tr("%1 → %2 · %3")
                          .arg(score(c.locale, *global->previous), score(c.locale, f.score),
                               global->changeSignificant.value_or(false) ? BoardPack::tr("significant")
                                                                         : BoardPack::tr("not significant"))};
    }
    for (const QpvComparisonModel::Row &q : c.qpv->rowData()) {
        if (q.code != global->code)
            continue;
        const std::optional<double> gap = q.gap();
        tiles << Tile{BoardPack::tr("QPV vs outside QPV"),
                      gap ? signedScore(c.locale, *gap) : QStringLiteral("–"),
                      gap ? BoardPack::tr("%1 in QPV, %2 outside · %3")
                                .arg(score(c.locale, q.qpv.score), score(c.locale, q.horsQpv.score),
                                     q.significant.value_or(false) ? BoardPack::tr("significant")
                                                                   : BoardPack::tr("not significant"))
                          : BoardPack::tr("base too small")};
    }
    return tiles;
}

// The logo file fitted into box, aligned to its right; nothing when unreadable.
void paintLogo(QPainter *painter, const QRectF &box, const QString &path)
{
    QSizeF size;
    QSvgRenderer svg;
    QImage image;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) && svg.load(path))
        size = svg.defaultSize();
    else if (image.load(path))
        size = image.size();
    if (size.isEmpty())
        return;
    size.scale(box.size(), Qt::KeepAspectRatio);
    const QRectF target(box.right() - size.width(), box.top(), size.width(), size.height());
    if (svg.isValid())
        svg.render(painter, target);
    else
        painter->drawImage(target, image);
}

} // namespace

namespace BoardPackPages {

qreal headingHeight(qreal width, const QString &title, const QString &subtitle)
{
    return ExportStyle::textHeight(title, font(15, true), width) + 2
           + ExportStyle::textHeight(subtitle, font(9.5), width) + 12;
}

qreal paintHeading(QPainter *painter, const QRectF &content, const QString &title, const QString &subtitle)
{
    qreal y = content.top();
    y += drawText(painter, QRectF(content.left(), y, content.width(), 0), title, font(15, true),
                  ExportStyle::textColor());
    y += 2;
    y += drawText(painter, QRectF(content.left(), y, content.width(), 0), subtitle, font(9.5),
                  ExportStyle::mutedColor());
    return y + 12 - content.top();
}

void paintCover(QPainter *painter, const QRectF &page, const BoardPackContext &c)
{
    painter->fillRect(QRectF(page.left(), page.top(), page.width(), 14), Accent);
    const QRectF area = page.adjusted(90, 0, -90, 0);
    if (!c.logoPath.isEmpty())
        paintLogo(painter, QRectF(area.right() - 220, page.top() + 50, 220, 90), c.logoPath);
    qreal y = page.top() + page.height() * 0.24;
    const auto line = [&](const QString &text, const QFont &f, const QColor &color, qreal after) {
        y += drawText(painter, QRectF(area.left(), y, area.width(), 0), text, f, color) + after;
    };
    line(c.title.isEmpty() ? BoardPack::tr("Tenant satisfaction survey") : c.title, font(30, true),
         ExportStyle::textColor(), 6);
    line(BoardPack::tr("Board pack"), font(18), Accent, 40);
    line(BoardPack::tr("%1 wave · %2").arg(c.wave.year).arg(c.wave.scope), font(17, true), ExportStyle::textColor(), 6);
    line(c.selection->landlord().isEmpty() ? BoardPack::tr("All landlords")
                                           : BoardPack::tr("Landlord %1").arg(c.selection->landlord()),
         font(15), ExportStyle::textColor(), 6);
    // The filters in words: who the figures are about.
    QStringList who;
    if (c.selection->qpvFilter() == FigureSelection::QpvFilter::Qpv)
        who << BoardPack::tr("Tenants living in a priority neighbourhood (QPV)");
    else if (c.selection->qpvFilter() == FigureSelection::QpvFilter::HorsQpv)
        who << BoardPack::tr("Tenants living outside the priority neighbourhoods (QPV)");
    if (!c.selection->segmentColumn().isEmpty())
        who << BoardPack::tr("Only the tenants whose %1 is %2")
                   .arg(segmentDisplayName(c.selection->segmentColumn(), c.selection->language()).toLower(),
                        c.selection->segmentValue());
    if (!who.isEmpty())
        line(who.join(QLatin1Char('\n')), font(11), ExportStyle::mutedColor(), 6);
    y += 18;
    if (c.wave.isDemo) {
        const QString text = BoardPack::tr("Demo data: figures generated to try the application, not a real survey.");
        const qreal h = ExportStyle::textHeight(text, font(11, true), area.width() - 24);
        painter->fillRect(QRectF(area.left(), y, area.width(), h + 16), QColor(0xFD, 0xF1, 0xDC));
        drawText(painter, QRectF(area.left() + 12, y + 8, area.width() - 24, 0), text, font(11, true),
                 QColor(0x8A, 0x4B, 0x00));
        y += h + 40;
    }
    line(BoardPack::tr("Produced on %1").arg(c.locale.toString(QDate::currentDate(), QLocale::LongFormat)),
         font(11), ExportStyle::mutedColor(), 4);
    // The source file's fingerprint is on the methodology page.
    drawText(painter, QRectF(area.left(), page.bottom() - 70, area.width(), 0),
             BoardPack::tr("%1 tenants answered the survey").arg(c.locale.toString(c.wave.respondentCount)), font(9),
             ExportStyle::mutedColor());
}

void paintKeyFigures(QPainter *painter, const QRectF &content, const BoardPackContext &c)
{
    qreal y = content.top() + paintHeading(painter, content, BoardPack::tr("Key figures"), c.scope);
    const QList<Tile> row = tiles(c);
    if (!row.isEmpty()) {
        const qreal gap = 14;
        const qreal w = (content.width() - gap * (row.size() - 1)) / row.size();
        for (int i = 0; i < row.size(); ++i)
            paintTile(painter, QRectF(content.left() + i * (w + gap), y, w, 104), row[i]);
        y += 104 + 26;
    }

    // Strengths and weaknesses, changes, QPV gaps: the questions behind the tiles.
    std::vector<const ThemeScoreModel::Row *> ranked;
    for (const ThemeScoreModel::Row &r : c.themes->rowData())
        if (r.figure.sufficient() && r.code != c.globalCode)
            ranked.push_back(&r);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto *a, const auto *b) { return a->figure.score > b->figure.score; });
    QList<Item> best, worst, changes, gaps;
    for (std::size_t i = 0; i < ranked.size() && i < 5; ++i)
        best << Item{score(c.locale, ranked[i]->figure.score), ranked[i]->label};
    for (std::size_t i = 0; i < ranked.size() && i < 5; ++i) {
        const auto *r = ranked[ranked.size() - 1 - i];
        worst << Item{score(c.locale, r->figure.score), r->label};
    }
    std::vector<const ThemeScoreModel::Row *> moved;
    for (const ThemeScoreModel::Row &r : c.themes->rowData())
        if (r.changeSignificant.value_or(false) && r.previous)
            moved.push_back(&r);
    std::stable_sort(moved.begin(), moved.end(), [](const auto *a, const auto *b) {
        return std::abs(a->figure.score - *a->previous) > std::abs(b->figure.score - *b->previous);
    });
    for (std::size_t i = 0; i < moved.size() && i < 5; ++i)
        changes << Item{signedScore(c.locale, moved[i]->figure.score - *moved[i]->previous),
                        BoardPack::tr("%1 (%2 → %3)")
                            .arg(moved[i]->label, score(c.locale, *moved[i]->previous),
                                 score(c.locale, moved[i]->figure.score))};
    std::vector<const QpvComparisonModel::Row *> split;
    for (const QpvComparisonModel::Row &r : c.qpv->rowData())
        if (r.significant.value_or(false) && r.gap())
            split.push_back(&r);
    std::stable_sort(split.begin(), split.end(), [](const auto *a, const auto *b) { return *a->gap() < *b->gap(); });
    for (std::size_t i = 0; i < split.size() && i < 5; ++i)
        gaps << Item{signedScore(c.locale, *split[i]->gap()),
                     BoardPack::tr("%1 (QPV %2, outside %3)")
                         .arg(split[i]->label, score(c.locale, split[i]->qpv.score),
                              score(c.locale, split[i]->horsQpv.score))};

    const qreal gap = 36;
    const qreal w = (content.width() - gap) / 2;
    const qreal h1 = std::max(
        paintList(painter, QRectF(content.left(), y, w, 0), BoardPack::tr("Highest scores"),
                  BoardPack::tr("No score: every base is too small."), best),
        paintList(painter, QRectF(content.left() + w + gap, y, w, 0), BoardPack::tr("Lowest scores"),
                  BoardPack::tr("No score: every base is too small."), worst));
    y += h1 + 22;
    const int previousYear = c.themes->previousYear();
    paintList(painter, QRectF(content.left(), y, w, 0),
              previousYear > 0 ? BoardPack::tr("Significant changes since %1 (%2 in all)").arg(previousYear).arg(moved.size())
                               : BoardPack::tr("Changes"),
              previousYear > 0 ? BoardPack::tr("No significant change since %1.").arg(previousYear)
                               : BoardPack::tr("No earlier wave of this scope to compare with."),
              changes);
    paintList(painter, QRectF(content.left() + w + gap, y, w, 0),
              BoardPack::tr("Significant QPV gaps (%1 in all)").arg(split.size()),
              BoardPack::tr("No significant gap between QPV and outside QPV."), gaps);
}

void paintMethodology(QPainter *painter, const QRectF &content, const BoardPackContext &c)
{
    qreal y = content.top() + paintHeading(painter, content, BoardPack::tr("Methodology"), QString());
    QList<QPair<QString, QString>> sections = ReportText::methodology(c.wave, c.locale, c.weighting.has_value());
    for (const auto &section : c.extraMethod) // before the source
        sections.insert(sections.size() - 1, section);
    const qreal labelWidth = 230;
    for (const auto &[heading, text] : sections) {
        drawText(painter, QRectF(content.left(), y, labelWidth - 16, 0), heading, font(10, true),
                 ExportStyle::textColor());
        const qreal h = std::max(ExportStyle::textHeight(heading, font(10, true), labelWidth - 16),
                                 drawText(painter, QRectF(content.left() + labelWidth, y, content.width() - labelWidth, 0),
                                          text, font(10), ExportStyle::textColor()));
        y += h + 12;
    }
}

} // namespace BoardPackPages
