#include "publishedreader.h"

#include "readers/tablereader.h"
#include "textkey.h"
#include "valueparsers.h"

#include <QCoreApplication>
#include <QSet>

namespace {

// Gives lupdate and the translators a context for this file's messages.
struct PublishedReader
{
    Q_DECLARE_TR_FUNCTIONS(PublishedReader)
};


enum Field { Year, Scope, Code, Segment, Score, Pct, N, Source, Option, Illustrative, FieldCount };
const char *const FieldNames[FieldCount] = {"annee", "perimetre", "code", "segment", "note",
                                            "pct_satisfaits", "effectif", "source", "option",
                                            "illustratif"};

} // namespace

QList<PublishedFigure> readPublishedFigures(TableReader &reader, const Codebook &codebook,
                                            std::vector<ReadError> *errors, int maxErrors)
{
    const QString file = reader.error().file;
    const auto report = [&](qint64 line, int column, const QString &message) {
        if (int(errors->size()) < maxErrors)
            errors->push_back({file, line, column, message});
    };
    int columnOf[FieldCount];
    std::fill(std::begin(columnOf), std::end(columnOf), -1);
    QStringList found;
    const Record &header = reader.header();
    for (int c = 0; c < header.size(); ++c) {
        found << header.text(c);
        const QString key = headerKey(header.text(c));
        for (int f = 0; f < FieldCount; ++f)
            if (key == headerKey(QString::fromLatin1(FieldNames[f])))
                columnOf[f] = c;
    }
    refuseControlCharacters(header, report);
    for (int f : {Year, Scope, Code, Segment, Score})
        if (columnOf[f] < 0)
            report(1, 0, PublishedReader::tr("required column \"%1\" is missing; the header has: %2")
                             .arg(QString::fromLatin1(FieldNames[f]), found.join(QLatin1String(", "))));
    if (!errors->empty())
        return {};

    QList<PublishedFigure> figures;
    QSet<QString> keys;
    Record record;
    while (int(errors->size()) < maxErrors && reader.next(record)) {
        if (record.isBlank())
            continue; // a row of empty cells, as spreadsheets save them after the data
        refuseControlCharacters(record, report);
        const auto cell = [&](Field f) {
            return columnOf[f] < 0 ? QByteArrayView() : record.at(columnOf[f]).trimmed();
        };
        const auto col = [&](Field f) { return columnOf[f] + 1; };
        const qint64 line = record.line;
        PublishedFigure f;
        bool ok = false;
        f.year = QString::fromUtf8(cell(Year)).toInt(&ok);
        if (!ok || f.year < 1990 || f.year > 2100)
            report(line, col(Year), PublishedReader::tr("year \"%1\": expected a year between 1990 and 2100")
                                        .arg(shownValue(QString::fromUtf8(cell(Year)))));
        f.scope = QString::fromUtf8(cell(Scope));
        if (f.scope.isEmpty())
            report(line, col(Scope), PublishedReader::tr("empty scope (perimetre)"));
        f.code = QString::fromUtf8(cell(Code));
        const Question *question = codebook.find(f.code);
        if (!question)
            report(line, col(Code), PublishedReader::tr("question \"%1\" is not in the codebook").arg(shownValue(f.code)));
        f.segment = QString::fromUtf8(cell(Segment));
        if (f.segment.isEmpty())
            report(line, col(Segment), PublishedReader::tr("empty segment: expected ensemble, qpv, hors_qpv or a landlord code"));
        f.option = QString::fromUtf8(cell(Option));
        if (!cell(Score).isEmpty()) {
            f.score = parseDecimal(cell(Score));
            if (!f.score || *f.score < 0 || *f.score > 10)
                report(line, col(Score), PublishedReader::tr("score \"%1\": expected a number from 0 to 10")
                                             .arg(shownValue(QString::fromUtf8(cell(Score)))));
        }
        if (!cell(Pct).isEmpty()) {
            f.pctSatisfied = parseDecimal(cell(Pct));
            if (!f.pctSatisfied || *f.pctSatisfied < 0 || *f.pctSatisfied > 100)
                report(line, col(Pct), PublishedReader::tr("percentage \"%1\": expected a number from 0 to 100")
                                           .arg(shownValue(QString::fromUtf8(cell(Pct)))));
        }
        if (!cell(N).isEmpty()) {
            f.n = QString::fromUtf8(cell(N)).toLongLong(&ok);
            if (!ok || *f.n < 0)
                report(line, col(N), PublishedReader::tr("count \"%1\": expected a whole number").arg(shownValue(QString::fromUtf8(cell(N)))));
        }
        f.source = QString::fromUtf8(cell(Source));
        const QByteArrayView illustrative = cell(Illustrative);
        f.illustrative = illustrative == "1";
        if (!illustrative.isEmpty() && illustrative != "0" && illustrative != "1")
            report(line, col(Illustrative), PublishedReader::tr("illustratif: expected 1, 0 or empty"));
        if (question) {
            if (question->type == QuestionType::Satisfaction4) {
                if (!f.score)
                    report(line, col(Score), PublishedReader::tr("a score is required for question %1").arg(f.code));
                if (!f.option.isEmpty())
                    report(line, col(Option), PublishedReader::tr("option is only for yes/no and single-choice questions"));
            } else {
                if (f.score)
                    report(line, col(Score), PublishedReader::tr("question %1 has no score: give the share of an option "
                                                "in pct_satisfaits").arg(f.code));
                if (!f.pctSatisfied)
                    report(line, col(Pct), PublishedReader::tr("a share is required for question %1").arg(f.code));
                if (f.option.isEmpty() && question->type == QuestionType::YesNo)
                    f.option = QStringLiteral("1");
                const bool known = question->type == QuestionType::YesNo
                                       ? (f.option == QLatin1String("1") || f.option == QLatin1String("2"))
                                       : std::any_of(question->options.begin(), question->options.end(),
                                                     [&](const QuestionOption &o) { return o.code == f.option; });
                if (!known)
                    report(line, col(Option), PublishedReader::tr("option \"%1\" is not an option of question %2")
                                                  .arg(f.option, f.code));
            }
        }
        const QString key = QStringLiteral("%1|%2|%3|%4|%5").arg(f.year).arg(f.scope, f.code, f.segment, f.option);
        if (keys.contains(key))
            report(line, 0, PublishedReader::tr("this figure (%1 %2 %3 %4) appears twice").arg(f.year).arg(f.scope, f.code, f.segment));
        keys.insert(key);
        figures << f;
    }
    if (!reader.error().isNull())
        report(reader.error().line, reader.error().column, reader.error().message);
    if (figures.isEmpty() && errors->empty())
        report(2, 0, PublishedReader::tr("the file has no figures"));
    return errors->empty() ? figures : QList<PublishedFigure>();
}
