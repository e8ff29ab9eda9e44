// A landlord's slides of the deck: its score per question beside the
// region's (the same LandlordBenchmark as the PDF pack's), and its rank.
#include "pptxreport.h"

#include "codebook.h"
#include "figure.h"
#include "figuremodel.h"
#include "landlordbenchmark.h"
#include "reporttext.h"

#include <QCoreApplication>

namespace {

// The PDF pack's own sentences (landlordpages.cpp), translated there.
QString boardPack(const char *text)
{
    return QCoreApplication::translate("BoardPack", text);
}

QString quartileText(int quartile)
{
    switch (quartile) {
    case 1: return boardPack("top quarter");
    case 2: return boardPack("second quarter");
    case 3: return boardPack("third quarter");
    case 4: return boardPack("bottom quarter");
    }
    return QString();
}

} // namespace

namespace PptxReport {

std::vector<PptxSlide> landlordSlides(const LandlordBenchmark &benchmark, const Codebook &codebook,
                                      const QString &landlord, int year, const QString &language,
                                      const QLocale &locale)
{
    const int index = int(benchmark.landlordCodes().indexOf(landlord));
    if (index < 0)
        return {};
    const Question *global = codebook.globalQuestion();
    const QString star = QStringLiteral("✱");
    PptxSlide table;
    table.type = PptxSlide::Type::Table;
    table.title = boardPack("%1 and the region").arg(landlord);
    table.subtitle = boardPack("%1 wave · score /10 of each question beside the whole region's; gap = "
                               "landlord − region; ✱ where the landlord differs significantly from the "
                               "other landlords together (95%); rank and quarter among the landlords with a "
                               "base of 30 or more")
                         .arg(year);
    table.header = QStringList{boardPack("Question"), boardPack("Score"), boardPack("Region"), boardPack("Gap"),
                               boardPack("vs rest"),  boardPack("n"),     boardPack("Rank"),   boardPack("Quartile")};
    QString rankLine;
    for (const LandlordQuestion &q : benchmark.questions(index)) {
        const Question *question = codebook.find(q.code);
        const std::optional<double> gap = q.gap();
        table.rows.push_back(QStringList{
            question ? question->label(language) : q.code,
            q.landlord.sufficient() ? formatScore(q.landlord.score, locale) : boardPack("n < 30"),
            q.region.sufficient() ? formatScore(q.region.score, locale) : boardPack("n < 30"),
            gap ? signedDifference(displayedScore(q.landlord.score) - displayedScore(q.region.score), locale)
                : QString(),
            q.significant.value_or(false) ? star : QString(), locale.toString(q.landlord.n),
            q.rank > 0 ? boardPack("%1 / %2").arg(q.rank).arg(q.peerCount) : QString(), quartileText(q.quartile)});
        if (global && q.code == global->code && q.rank > 0)
            rankLine = boardPack("Rank %1 of %2 landlords with a base of 30 or more · %3 · region %4")
                           .arg(q.rank)
                           .arg(q.peerCount)
                           .arg(quartileText(q.quartile), formatScore(q.region.score, locale));
    }
    std::vector<PptxSlide> slides;
    PptxSlide rank;
    rank.type = PptxSlide::Type::Text;
    rank.title = boardPack("Among the landlords");
    rank.subtitle = global ? global->label(language) : QString();
    rank.lines << (rankLine.isEmpty() ? Pptx::tr("%1: no rank, fewer than 30 answers to the overall question")
                                            .arg(landlord)
                                      : rankLine);
    slides.push_back(rank);
    for (PptxSlide &slide : splitTableSlide(table, TableRowsPerSlide))
        slides.push_back(std::move(slide));
    return slides;
}

} // namespace PptxReport
