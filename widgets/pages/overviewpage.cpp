#include "overviewpage.h"

#include "charts/chartstyle.h"
#include "figure.h"
#include "figureroles.h"
#include "qpvcomparisonmodel.h"
#include "questionlist.h"
#include "themescoremodel.h"
#include "trendmodel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

/// One key figure: a caption, the value large, a detail line, and a stripe
/// in the band's colour (the band is also written in the detail).
class OverviewTile : public QFrame
{
public:
    explicit OverviewTile(QWidget *parent)
        : QFrame(parent)
        , m_caption(new QLabel(this))
        , m_value(new QLabel(this))
        , m_detail(new QLabel(this))
        , m_region(new QLabel(this))
    {
        setObjectName(QStringLiteral("OverviewTile"));
        setFrameShape(QFrame::StyledPanel);
        setMinimumWidth(170);
        QFont font = m_value->font();
        font.setPointSizeF(font.pointSizeF() * 2.0);
        font.setBold(true);
        m_value->setFont(font);
        m_detail->setWordWrap(true);
        m_caption->setWordWrap(true);
        QPalette muted = m_caption->palette();
        muted.setColor(QPalette::WindowText, QColor(0x44, 0x44, 0x44));
        m_caption->setPalette(muted);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(12, 8, 10, 8);
        layout->setSpacing(2);
        layout->addWidget(m_caption);
        // The landlord's value, and the region's beside it in a landlord's view.
        auto *values = new QHBoxLayout;
        values->setSpacing(14);
        values->addWidget(m_value);
        values->addWidget(m_region, 1, Qt::AlignLeft | Qt::AlignVCenter);
        QFont regionFont = m_region->font();
        regionFont.setPointSizeF(regionFont.pointSizeF() * 1.15);
        m_region->setFont(regionFont);
        m_region->setWordWrap(true);
        m_region->setPalette(muted);
        m_region->setObjectName(QStringLiteral("RegionBeside"));
        layout->addLayout(values);
        layout->addWidget(m_detail);
        // Preferred, not Maximum: a Maximum policy caps the height at the
        // size hint, computed for a wider tile, and a long name wrapped on
        // one more line in a narrow window lost its last line (the layouts
        // give each tile the height its labels need at its width).
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        show(QString(), QString(), QString(), QColor());
        setRegion(QString());
    }

    void show(const QString &caption, const QString &value, const QString &detail, const QColor &stripe)
    {
        // Only what changed: a style sheet or a label's new text costs a
        // style pass and a layout of the tile.
        setText(m_caption, caption);
        setText(m_value, value.isEmpty() ? QStringLiteral("–") : value);
        setText(m_detail, detail);
        setToolTip(detail);
        const QString colour = stripe.isValid() ? stripe.name() : QStringLiteral("#c8c8c8");
        if (colour == m_stripe)
            return;
        m_stripe = colour;
        setStyleSheet(QStringLiteral("#OverviewTile { background: palette(base); border: 1px solid #c8c8c8;"
                                     " border-left: 6px solid %1; border-radius: 3px; }")
                          .arg(colour));
    }

    QString text() const
    {
        return m_caption->text() + u'\n' + m_value->text()
               + (m_region->text().isEmpty() ? QString() : QStringLiteral(" | ") + m_region->text()) + u'\n'
               + m_detail->text();
    }

    /// The region's figure beside the value; empty hides it.
    void setRegion(const QString &text)
    {
        setText(m_region, text);
        // Showing a label lays its parent out at once: only when it changes.
        if (m_region->isHidden() != text.isEmpty())
            m_region->setVisible(!text.isEmpty());
    }

private:
    static void setText(QLabel *label, const QString &text)
    {
        if (label->text() != text)
            label->setText(text);
    }

    QString m_stripe;
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_region;
};

OverviewPage::OverviewPage(TrendModel *overallTrend, ThemeScoreModel *scores, QpvComparisonModel *qpv,
                           QWidget *parent)
    : ChartPage(QStringLiteral("overview"), QT_TRANSLATE_NOOP("ChartPage", "Overview"), ChartKind::Trend,
                overallTrend, Qt::Horizontal, parent)
    , m_scores(scores)
    , m_qpv(qpv)
{
    auto *tiles = new QWidget(this);
    auto *grid = new QGridLayout(tiles);
    grid->setContentsMargins(0, 0, 0, 6);
    grid->setSpacing(8);
    for (int i = 0; i < 8; ++i) {
        auto *tile = new OverviewTile(tiles);
        grid->addWidget(tile, i / 4, i % 4);
        m_tiles.push_back(tile);
    }
    tiles->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred); // as the tiles
    setHeaderWidget(tiles);
    connect(scores, &QAbstractItemModel::modelReset, this, &OverviewPage::figuresChanged);
    connect(qpv, &QAbstractItemModel::modelReset, this, &OverviewPage::figuresChanged);
    retranslate();
}

void OverviewPage::figuresChanged()
{
    // Behind another page: the tiles catch up when the overview is shown.
    if (outOfSight())
        m_tilesStale = true;
    else
        updateTiles();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    if (m_tilesStale)
        updateTiles();
    ChartPage::showEvent(event);
}

QStringList OverviewPage::tileTexts() const
{
    if (m_tilesStale)
        const_cast<OverviewPage *>(this)->updateTiles();
    QStringList texts;
    for (const OverviewTile *tile : m_tiles)
        texts << tile->text();
    return texts;
}

void OverviewPage::retranslate()
{
    ChartPage::retranslate();
    updateTiles();
}

void OverviewPage::updateTiles()
{
    m_tilesStale = false;
    if (m_tiles.empty())
        return;
    const auto scoreText = [this](int row, int column) { return m_scores->index(row, column).data().toString(); };
    const auto number = [](const QModelIndex &index) { return index.data(Qt::EditRole); };
    const QString global = globalQuestionCode(m_scores->engine());
    const auto &rows = m_scores->rowData();

    // The overall question.
    std::optional<int> overall;
    for (int r = 0; r < int(rows.size()); ++r)
        if (rows[std::size_t(r)].code == global)
            overall = r;
    if (overall && rows[std::size_t(*overall)].figure.sufficient()) {
        const int r = *overall;
        const int band = m_scores->index(r, 0).data(+FigureRole::Band).toInt();
        m_tiles[0]->show(tr("Overall satisfaction"), tr("%1 /10").arg(scoreText(r, ThemeScoreModel::Score)),
                         tr("%1 · 95% interval %2–%3")
                             .arg(scoreText(r, ThemeScoreModel::BandColumn), scoreText(r, ThemeScoreModel::CiLow),
                                  scoreText(r, ThemeScoreModel::CiHigh)),
                         ChartStyle::bandColor(band));
        m_tiles[1]->show(tr("Satisfied tenants"), scoreText(r, ThemeScoreModel::PctSatisfied),
                         tr("very or fairly satisfied overall"), QColor());
        m_tiles[2]->show(tr("Respondents"), scoreText(r, ThemeScoreModel::N),
                         tr("valid answers to the overall question"), QColor());
        // The effective base is for the statistician: in the tooltip.
        m_tiles[2]->setToolTip(tr("Effective base (Kish): %1 — the number of unweighted answers that would "
                                  "give the same precision once the weights are taken into account.")
                                   .arg(scoreText(r, ThemeScoreModel::NEff)));
    } else {
        m_tiles[0]->show(tr("Overall satisfaction"), QString(), tr("no sufficient base for this selection"), QColor());
        m_tiles[1]->show(tr("Satisfied tenants"), QString(), QString(), QColor());
        m_tiles[2]->show(tr("Respondents"), overall ? scoreText(*overall, ThemeScoreModel::N) : QString(),
                         QString(), QColor());
    }

    // Strongest and weakest theme: the headline questions (those detailing no other).
    std::optional<int> best, worst, rise, fall;
    for (int r = 0; r < int(rows.size()); ++r) {
        const ThemeScoreModel::Row &row = rows[std::size_t(r)];
        if (row.code == global || !row.figure.sufficient())
            continue;
        if (row.parent.isEmpty()) {
            if (!best || row.figure.score > rows[std::size_t(*best)].figure.score)
                best = r;
            if (!worst || row.figure.score < rows[std::size_t(*worst)].figure.score)
                worst = r;
        }
        if (row.previous) {
            const auto move = [&rows](int i) { return rows[std::size_t(i)].figure.score - *rows[std::size_t(i)].previous; };
            if (!rise || move(r) > move(*rise))
                rise = r;
            if (!fall || move(r) < move(*fall))
                fall = r;
        }
    }
    const auto themeTile = [&](OverviewTile *tile, const QString &caption, std::optional<int> r) {
        if (!r)
            return tile->show(caption, QString(), QString(), QColor());
        tile->show(caption, tr("%1 /10").arg(scoreText(*r, ThemeScoreModel::Score)),
                   tr("%1: %2 · %3").arg(scoreText(*r, ThemeScoreModel::Theme), scoreText(*r, ThemeScoreModel::Question),
                                         scoreText(*r, ThemeScoreModel::BandColumn)),
                   ChartStyle::bandColor(m_scores->index(*r, 0).data(+FigureRole::Band).toInt()));
    };
    themeTile(m_tiles[3], tr("Strongest theme"), best);
    themeTile(m_tiles[4], tr("Weakest theme"), worst);

    // A landlord's view: the region beside the landlord on the question tiles.
    m_region.update(m_scores->engine(), m_scores->selection());
    const QLocale locale; // the models number with the default locale too
    QStringList region(int(m_tiles.size()));
    region[0] = m_region.scoreText(global, locale);
    region[1] = m_region.percentText(global, locale);
    region[2] = m_region.countText(global, locale);
    if (best)
        region[3] = m_region.scoreText(rows[std::size_t(*best)].code, locale);
    if (worst)
        region[4] = m_region.scoreText(rows[std::size_t(*worst)].code, locale);
    for (std::size_t i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setRegion(region[qsizetype(i)]);

    // Largest QPV gap, by size whatever its sign.
    std::optional<int> gap;
    for (int r = 0; r < m_qpv->rowCount(); ++r) {
        const QVariant g = number(m_qpv->index(r, QpvComparisonModel::Gap));
        if (g.isValid() && (!gap || std::abs(g.toDouble())
                                        > std::abs(number(m_qpv->index(*gap, QpvComparisonModel::Gap)).toDouble())))
            gap = r;
    }
    if (gap) {
        const auto qpvText = [this, r = *gap](int column) { return m_qpv->index(r, column).data().toString(); };
        const bool significant = m_qpv->index(*gap, 0).data(+FigureRole::Significant).toBool();
        m_tiles[5]->show(tr("Largest QPV gap"), qpvText(QpvComparisonModel::Gap),
                         tr("%1: QPV %2, outside QPV %3 · %4")
                             .arg(qpvText(QpvComparisonModel::Question), qpvText(QpvComparisonModel::QpvScore),
                                  qpvText(QpvComparisonModel::HorsQpvScore),
                                  significant ? tr("significant") : tr("not significant")),
                         QColor());
    } else {
        m_tiles[5]->show(tr("Largest QPV gap"), QString(), tr("QPV or outside QPV base too small"), QColor());
    }

    // Biggest moves since the previous wave of the same scope.
    const int year = m_scores->previousYear();
    const auto moveTile = [&](OverviewTile *tile, const QString &caption, std::optional<int> r, bool up) {
        if (!r || (up ? rows[std::size_t(*r)].figure.score < *rows[std::size_t(*r)].previous
                      : rows[std::size_t(*r)].figure.score > *rows[std::size_t(*r)].previous))
            return tile->show(caption, QString(), year > 0 ? QString() : tr("no previous wave of this scope"), QColor());
        const bool significant = rows[std::size_t(*r)].changeSignificant.value_or(false);
        tile->show(caption,
                   tr("%1 → %2").arg(scoreText(*r, ThemeScoreModel::Previous), scoreText(*r, ThemeScoreModel::Score)),
                   tr("%1 · %2").arg(scoreText(*r, ThemeScoreModel::Question),
                                     significant ? tr("significant change") : tr("within the margin of error")),
                   QColor());
    };
    moveTile(m_tiles[6], year > 0 ? tr("Biggest rise since %1").arg(year) : tr("Biggest rise"), rise, true);
    moveTile(m_tiles[7], year > 0 ? tr("Biggest fall since %1").arg(year) : tr("Biggest fall"), fall, false);
}
