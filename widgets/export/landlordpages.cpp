#include "landlordpages.h"

#include "boardpackpages.h"
#include "codebook.h"
#include "exportstyle.h"
#include "figuremodel.h"
#include "landlordbenchmark.h"
#include "tablepainter.h"
#include "wavesummary.h"

#include <QPainter>

namespace {

constexpr qreal TablePointSize = 8.0;
const QString Star = QStringLiteral("✱");

QString score(const QLocale &locale, double value)
{
    return formatScore(value, locale);
}

QStandardItem *cell(const QString &text, bool right = true)
{
    auto *item = new QStandardItem(text);
    item->setTextAlignment(right ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
    return item;
}

QString quartileText(int quartile)
{
    switch (quartile) {
    case 1: return BoardPack::tr("top quarter");
    case 2: return BoardPack::tr("second quarter");
    case 3: return BoardPack::tr("third quarter");
    case 4: return BoardPack::tr("bottom quarter");
    }
    return QString();
}

} // namespace

LandlordPages::LandlordPages(const WaveInfo &wave, const WaveSummary &summary, const LandlordBenchmark &benchmark,
                             const Codebook &codebook, const QString &landlord, PeerNames peers,
                             const QString &language, const QLocale &locale, qreal width)
    : m_wave(wave)
    , m_summary(summary)
    , m_benchmark(benchmark)
    , m_landlord(landlord)
    , m_landlordIndex(landlord.isEmpty() ? -1 : int(benchmark.landlordCodes().indexOf(landlord)))
    , m_peers(peers)
    , m_locale(locale)
    // The wave's fingerprint draws the letters: the same in every report of the wave.
    , m_letters(peerLetters(benchmark.landlordCodes(),
                            (wave.sha256.isEmpty() ? QString::number(wave.id) : wave.sha256).toUtf8()))
{
    if (m_landlordIndex >= 0)
        fillComparison(codebook, language);
    fillPeers(codebook, language);
    if (m_landlordIndex >= 0)
        m_comparisonTable = std::make_shared<TablePainter>(m_comparison, width, TablePointSize);
    m_peerTablePainter = std::make_shared<TablePainter>(m_peerTable, width, TablePointSize);
}

LandlordPages::~LandlordPages() = default;

QString LandlordPages::peerName(int l) const
{
    if (l == m_landlordIndex || m_peers == PeerNames::Named)
        return m_benchmark.landlordCodes().at(l);
    return BoardPack::tr("Landlord %1").arg(m_letters.at(l));
}

void LandlordPages::fillComparison(const Codebook &codebook, const QString &language)
{
    m_comparison.setHorizontalHeaderLabels({BoardPack::tr("Question"), BoardPack::tr("Score"),
                                            BoardPack::tr("Region"), BoardPack::tr("Gap"),
                                            BoardPack::tr("vs rest"), BoardPack::tr("n"), BoardPack::tr("Rank"),
                                            BoardPack::tr("Quartile")});
    for (const LandlordQuestion &q : m_benchmark.questions(m_landlordIndex)) {
        const Question *question = codebook.find(q.code);
        const QString label = question ? question->label(language) : q.code;
        const bool shown = q.landlord.sufficient();
        const std::optional<double> gap = q.gap();
        QList<QStandardItem *> row;
        row << cell(label, false)
            << cell(shown ? score(m_locale, q.landlord.score) : BoardPack::tr("n < 30"))
            << cell(q.region.sufficient() ? score(m_locale, q.region.score) : BoardPack::tr("n < 30"))
            << cell(gap ? signedDifference(displayedScore(q.landlord.score) - displayedScore(q.region.score), m_locale)
                        : QString())
            << cell(q.significant.value_or(false) ? Star : QString(), false)
            << cell(m_locale.toString(q.landlord.n))
            << cell(q.rank > 0 ? BoardPack::tr("%1 / %2").arg(q.rank).arg(q.peerCount) : QString())
            << cell(quartileText(q.quartile), false);
        m_comparison.appendRow(row);
    }
}

void LandlordPages::fillPeers(const Codebook &codebook, const QString &language)
{
    m_peerTable.setHorizontalHeaderLabels({BoardPack::tr("Rank"), BoardPack::tr("Landlord"), BoardPack::tr("Score"),
                                           BoardPack::tr("% satisfied"), BoardPack::tr("n"),
                                           BoardPack::tr("vs rest")});
    const Question *global = codebook.globalQuestion();
    const int question = global ? m_summary.questionIndex(global->code) : -1;
    const Ranking *ranking = m_benchmark.ranking(question);
    if (!ranking)
        return;
    m_globalLabel = global->label(language);
    const QString percent = percentSuffix(m_locale);
    for (const LandlordRank &r : ranking->landlords) {
        const bool shown = r.figure.sufficient();
        // The benchmark's domain figures carry the significance of each landlord vs the rest.
        std::optional<bool> significant;
        for (const LandlordQuestion &q : m_benchmark.questions(r.landlord))
            if (q.question == question)
                significant = q.significant;
        QList<QStandardItem *> row;
        // The pack's own landlord pointed at (the table draws no bold).
        const QString name = r.landlord == m_landlordIndex ? QStringLiteral("▶ ") + peerName(r.landlord)
                                                           : peerName(r.landlord);
        row << cell(r.rank > 0 ? m_locale.toString(r.rank) : QString()) << cell(name, false)
            << cell(shown ? score(m_locale, r.figure.score) : BoardPack::tr("n < 30"))
            << cell(shown ? m_locale.toString(r.figure.pctSatisfied, 'f', 0) + percent : QString())
            << cell(m_locale.toString(r.figure.n)) << cell(significant.value_or(false) ? Star : QString(), false);
        m_peerTable.appendRow(row);
        if (r.landlord == m_landlordIndex && r.rank > 0)
            m_rankLine = BoardPack::tr("Rank %1 of %2 landlords with a base of 30 or more · %3 · region %4")
                             .arg(r.rank)
                             .arg(ranking->peerCount)
                             .arg(quartileText(quartileOf(*ranking, r.figure)), score(m_locale, ranking->regional.score));
    }
}

void LandlordPages::addTablePages(std::vector<PackPage> &pages, const QRectF &content, const QString &title,
                                  const QString &subtitle, const std::shared_ptr<TablePainter> &table) const
{
    const qreal heading = BoardPackPages::headingHeight(content.width(), title, subtitle);
    const qreal available = content.height() - heading;
    int first = 0;
    do {
        const int count = table->rowCount() > 0 ? table->rowsFitting(first, available) : 0;
        const QString pageTitle = first == 0 ? title : BoardPack::tr("%1 (continued)").arg(title);
        pages.push_back([=](QPainter *p, const QRectF &c) {
            BoardPackPages::paintHeading(p, c, pageTitle, subtitle);
            table->paint(p, QPointF(c.left(), c.top() + heading), first, count);
        });
        first += count;
    } while (first < table->rowCount());
}

void LandlordPages::addPages(std::vector<PackPage> &pages, const QRectF &content) const
{
    if (m_comparisonTable)
        addTablePages(pages, content, BoardPack::tr("%1 and the region").arg(m_landlord),
                      BoardPack::tr("%1 wave · score /10 of each question beside the whole region's; gap = "
                                    "landlord − region; ✱ where the landlord differs significantly from the "
                                    "other landlords together (95%); rank and quarter among the landlords with a "
                                    "base of 30 or more")
                          .arg(m_wave.year),
                      m_comparisonTable);
    if (m_peerTable.rowCount() == 0)
        return;
    QString subtitle = m_globalLabel;
    if (!m_rankLine.isEmpty())
        subtitle += QStringLiteral(" · ") + m_rankLine;
    subtitle += QStringLiteral(" · ")
                + (m_peers == PeerNames::Named ? BoardPack::tr("landlords named")
                                               : BoardPack::tr("other landlords anonymous"));
    addTablePages(pages, content, BoardPack::tr("Among the landlords"), subtitle, m_peerTablePainter);
}

QList<QPair<QString, QString>> LandlordPages::methodSections() const
{
    QList<QPair<QString, QString>> sections;
    if (m_landlordIndex >= 0)
        sections << qMakePair(
            BoardPack::tr("Landlord and region"),
            BoardPack::tr("The region is every respondent of the wave. A landlord and the other landlords together "
                          "are two groups of the same survey design; ✱ marks a gap significant at 95% between "
                          "them. Rank and quarter are among the landlords with 30 or more valid answers (quartiles "
                          "of their scores)."));
    sections << qMakePair(BoardPack::tr("Other landlords"),
                          m_peers == PeerNames::Named
                              ? BoardPack::tr("The other landlords are named: this pack is for the union's internal use.")
                              : BoardPack::tr("The other landlords are not named: each appears under a letter drawn "
                                              "for this wave (\"Landlord A\"…), the same in every landlord's report."));
    return sections;
}
