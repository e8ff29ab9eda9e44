#include "chartdocument.h"

#include "exportstyle.h"
#include "charts/chartrenderer.h"
#include "figuremodel.h"
#include "figuremodelfactory.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

// Below this logical size text keeps its size; above it everything grows, so
// that a 1600 × 900 slide image reads like a 1100 × 620 one.
constexpr qreal DesignWidth = 1100;
constexpr qreal DesignHeight = 620;
constexpr qreal Margin = 22;

} // namespace

ChartDocument::ChartDocument(ChartKind kind, FigureModel *model, const QLocale &locale)
    : m_kind(kind)
    , m_model(model)
    , m_locale(locale)
{
    // One description: the chart draws it, and the document sets out its
    // title, subtitle and footnote itself.
    const bool valid = model && isFigureModelOf(kind, *model);
    if (!valid) {
        m_chart = std::make_unique<ChartRenderer>(kind, nullptr, locale); // draws nothing
        return;
    }
    m_description = describeChart(kind, *model, locale);
    m_chart = std::make_unique<ChartRenderer>(m_description);
    m_title = m_description.title.isEmpty() ? defaultTitle() : m_description.title;
    m_chart->clearTitle();
}

ChartDocument::~ChartDocument() = default;

bool ChartDocument::isValid() const
{
    return m_chart->isValid();
}

QString ChartDocument::defaultTitle() const
{
    switch (m_kind) {
    case ChartKind::Scores: return tr("Scores by question");
    case ChartKind::Qpv: return tr("QPV and outside QPV");
    case ChartKind::Trend: return tr("Scores since 2004");
    case ChartKind::Ranking: return tr("Landlords");
    case ChartKind::Drivers: return tr("Improvement levers");
    case ChartKind::Distribution: return tr("Answers by question");
    case ChartKind::Shares: return tr("Information and uses");
    case ChartKind::Margins: break;
    }
    return QString();
}

QString ChartDocument::subtitle() const
{
    return m_description.subtitle;
}

QStringList ChartDocument::footnote() const
{
    return m_description.footnote;
}

int ChartDocument::preferredChartHeight() const
{
    return m_chart->preferredHeight();
}

void ChartDocument::paint(QPainter *painter, const QRectF &rect)
{
    painter->save();
    painter->fillRect(rect, Qt::white);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const qreal zoom = std::clamp(std::min(rect.width() / DesignWidth, rect.height() / DesignHeight), 0.5, 4.0);
    painter->translate(rect.topLeft());
    painter->scale(zoom, zoom);
    const QRectF page(Margin, Margin, rect.width() / zoom - 2 * Margin, rect.height() / zoom - 2 * Margin);

    const QFont titleFont = ExportStyle::font(15, true);
    const QFont subtitleFont = ExportStyle::font(10);
    const QFont noteFont = ExportStyle::font(7.5);
    qreal top = page.top();
    top += ExportStyle::drawText(painter, QRectF(page.left(), top, page.width(), 0), m_title, titleFont,
                                 ExportStyle::textColor());
    top += 2;
    top += ExportStyle::drawText(painter, QRectF(page.left(), top, page.width(), 0), subtitle(), subtitleFont,
                                 ExportStyle::mutedColor());
    top += 8;

    const QString note = footnote().join(QLatin1Char('\n'));
    const qreal noteHeight = ExportStyle::textHeight(note, noteFont, page.width());
    const qreal noteTop = page.bottom() - noteHeight;
    painter->setPen(QPen(ExportStyle::ruleColor(), 0.8));
    painter->drawLine(QPointF(page.left(), noteTop - 6), QPointF(page.right(), noteTop - 6));
    ExportStyle::drawText(painter, QRectF(page.left(), noteTop, page.width(), noteHeight), note, noteFont,
                          ExportStyle::mutedColor());

    const QRectF chartRect(page.left(), top, page.width(), std::max<qreal>(noteTop - 10 - top, 50));
    paintChart(painter, chartRect);
    painter->restore();
}

void ChartDocument::paintChart(QPainter *painter, const QRectF &rect)
{
    m_chart->paint(painter, rect);
}

QList<QPair<qreal, qreal>> ChartDocument::chartPieces(qreal width, qreal minHeight, qreal maxHeight)
{
    return m_chart->pieces(width, minHeight, maxHeight);
}

void ChartDocument::paintChartPiece(QPainter *painter, const QPointF &topLeft, qreal width, qreal minHeight,
                                    const QPair<qreal, qreal> &piece)
{
    m_chart->paintPiece(painter, topLeft, width, minHeight, piece);
}
