#include "chartdocument.h"

#include "exportstyle.h"
#include "figure.h"
#include "figureengine.h"
#include "figuretables.h"
#include "charts/chartrenderer.h"
#include "figuremodel.h"
#include "qpvcomparisonmodel.h"
#include "rankingmodel.h"
#include "sharemodel.h"
#include "trendmodel.h"

#include <QPainter>
#include <QTextDocumentFragment>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {

// Below this logical size text keeps its size; above it everything grows, so
// that a 1600 × 900 slide image reads like a 1100 × 620 one.
constexpr qreal DesignWidth = 1100;
constexpr qreal DesignHeight = 620;
constexpr qreal Margin = 22;

struct Base
{
    QString group; ///< empty for the whole selection
    ScoreFigure figure;
};

const Question *globalQuestion(FigureModel *model)
{
    return model->engine()->codebook().globalQuestion();
}

// The figure the footnote describes: the overall question over the group the
// chart shows (both groups for QPV, the wave for a ranking).
std::vector<Base> basesOf(ChartKind kind, FigureModel *model)
{
    const Question *global = globalQuestion(model);
    if (auto *qpv = qobject_cast<QpvComparisonModel *>(model)) {
        const auto &rows = qpv->rowData();
        auto it = std::find_if(rows.begin(), rows.end(),
                               [&](const auto &row) { return global && row.code == global->code; });
        if (it == rows.end() && !rows.empty())
            it = rows.begin();
        if (it == rows.end())
            return {};
        return {{ChartDocument::tr("QPV"), it->qpv}, {ChartDocument::tr("outside QPV"), it->horsQpv}};
    }
    if (auto *ranking = qobject_cast<RankingModel *>(model); ranking && kind == ChartKind::Ranking)
        return {{QString(), ranking->ranking().regional}};
    if (!global)
        return {};
    FigureEngine *engine = model->engine();
    const FigureSelection *selection = model->selection();
    const WaveSummary *summary = engine->summary(selection->waveId());
    const int question = summary ? summary->questionIndex(global->code) : -1;
    if (question < 0)
        return {};
    GroupFilter filter;
    filter.landlord = selection->landlord();
    if (selection->qpvFilter() != FigureSelection::QpvFilter::All)
        filter.qpv = selection->qpvFilter() == FigureSelection::QpvFilter::Qpv;
    filter.segmentColumn = selection->segmentColumn();
    filter.segmentValue = selection->segmentValue();
    const auto sums = engine->groupSums(selection->waveId(), filter);
    if (!sums || question >= int(sums->size()))
        return {};
    return {{QString(), scoreFigure((*sums)[std::size_t(question)])}};
}

QString baseText(const Base &base, const QLocale &locale)
{
    const ScoreFigure &f = base.figure;
    const QString n = locale.toString(f.n);
    QString text;
    if (!f.sufficient())
        text = ChartDocument::tr("n = %1, too few answers to show a score").arg(n);
    else
        text = ChartDocument::tr("n = %1, effective n = %2, margin of error ±%3 points")
                   .arg(n, locale.toString(qint64(std::llround(f.nEff))), locale.toString(Z95 * f.se, 'f', 2));
    return base.group.isEmpty() ? text : base.group + QLatin1Char(' ') + text;
}

} // namespace

ChartDocument::ChartDocument(ChartKind kind, FigureModel *model, const QLocale &locale)
    : m_kind(kind)
    , m_model(model)
    , m_locale(locale)
    , m_chart(std::make_unique<ChartRenderer>(kind, model, locale))
{
    if (!m_chart->isValid())
        return;
    // The chart's title is its title plus the scope; the document sets both
    // out itself, on two lines.
    QString title = m_chart->title();
    if (Qt::mightBeRichText(title))
        title = QTextDocumentFragment::fromHtml(title).toPlainText();
    title = title.section(QLatin1Char('\n'), 0, 0).section(QChar(0x2029), 0, 0).trimmed();
    const QString scope = model ? model->scopeDescription() : QString();
    if (!scope.isEmpty() && title.endsWith(scope))
        title = title.chopped(scope.size()).trimmed();
    while (title.endsWith(QChar(0x2014)) || title.endsWith(QLatin1Char('-')) || title.endsWith(QLatin1Char(':')))
        title = title.chopped(1).trimmed();
    m_title = title.isEmpty() ? defaultTitle() : title;
    // A trend's lines are named by scope: the title says which question.
    if (auto *trend = qobject_cast<TrendModel *>(model)) {
        const Codebook &codebook = trend->engine()->codebook();
        QStringList codes = trend->questionCodes();
        if (codes.isEmpty() && codebook.globalQuestion())
            codes << codebook.globalQuestion()->code;
        QStringList labels;
        for (const QString &code : std::as_const(codes))
            if (const Question *q = codebook.find(code))
                labels << q->label(trend->selection()->language());
        if (!labels.isEmpty())
            m_title = tr("%1: %2").arg(m_title, labels.join(QLatin1String(", ")));
    }
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
    }
    return QString();
}

QString ChartDocument::subtitle() const
{
    return m_model ? m_model->scopeDescription() : QString();
}

QStringList ChartDocument::footnote() const
{
    if (!m_model || !m_model->engine())
        return {};
    QStringList lines;
    // Shares have a base per question and group, in the table: no overall base.
    const std::vector<Base> bases = m_kind == ChartKind::Shares ? std::vector<Base>() : basesOf(m_kind, m_model);
    if (auto *shares = qobject_cast<ShareModel *>(m_model); shares && m_kind == ChartKind::Shares) {
        // The widest half-interval of the shares drawn.
        double margin = 0.0;
        for (const ShareModel::Row &row : shares->rowData())
            for (const auto &[share, base, shown] : {std::tuple(row.all, row.allBase, true),
                                                     std::tuple(row.qpv, row.qpvBase, row.qpvShown),
                                                     std::tuple(row.horsQpv, row.horsQpvBase, row.horsQpvShown)})
                if (shown && base.sufficient() && std::isfinite(share.ciHigh))
                    margin = std::max(margin, share.ciHigh - share.percent);
        lines << tr("Shares of the valid answers to each question (bases in the table), margin of error at most "
                    "±%1 points (95%); ✱ a significant gap between QPV and outside QPV (95%); black tick: the "
                    "published share.").arg(m_locale.toString(margin, 'f', 1));
    }
    if (!bases.empty()) {
        QStringList parts;
        for (const Base &base : bases)
            parts << baseText(base, m_locale);
        QString question;
        if (auto *ranking = qobject_cast<RankingModel *>(m_model); ranking && !ranking->questionCode().isEmpty()) {
            if (const Question *q = m_model->engine()->codebook().find(ranking->questionCode()))
                question = q->label(m_model->selection()->language());
        } else if (const Question *global = globalQuestion(m_model)) {
            question = global->label(m_model->selection()->language());
        }
        lines << tr("Base (%1): %2 (95%).").arg(question, parts.join(QLatin1String("; ")));
    }
    QString source;
    const std::optional<WaveInfo> wave = m_model->engine()->wave(m_model->selection()->waveId());
    if (wave && !wave->sha256.isEmpty())
        source = wave->isDemo ? tr("Source: demo data, file %1… (SHA-256).").arg(wave->sha256.left(8))
                              : tr("Source: file %1… (SHA-256).").arg(wave->sha256.left(8));
    const QString weighting = wave && !wave->marginsFile.isEmpty()
        ? tr("Results raked to the margins %1 (%2…, SHA-256); standard errors account for the raking.")
              .arg(wave->marginsFile, wave->marginsSha256.left(8))
        : tr("Weighted results.");
    lines << weighting + QLatin1Char(' ') + tr("Groups of fewer than 30 answers are shown without a score.")
                 + QLatin1Char(' ') + source;
    if (wave)
        lines << designNote(*wave);
    return lines;
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
