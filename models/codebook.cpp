#include "codebook.h"

#include "readers/textreader.h"
#include "textkey.h"

#include <QCoreApplication>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Codebook", text);
}

enum Field { Code, Theme, LabelFr, LabelEn, Type, Options, Parent, Global, FieldCount };

const char *const FieldNames[FieldCount] = {"code", "theme", "label_fr", "label_en",
                                            "type", "options", "parent", "global"};

} // namespace

Codebook::Codebook(std::vector<Question> questions)
    : m_questions(std::move(questions))
{
    for (int i = 0; i < int(m_questions.size()); ++i)
        m_index.insert(m_questions[i].code, i);
}

const Question *Codebook::find(const QString &code) const
{
    const int i = indexOf(code);
    return i < 0 ? nullptr : &m_questions[i];
}

const Question *Codebook::globalQuestion() const
{
    for (const Question &q : m_questions)
        if (q.isGlobal)
            return &q;
    return nullptr;
}

Codebook Codebook::withQuestions(const Codebook &added) const
{
    std::vector<Question> merged = m_questions;
    for (const Question &q : added.questions()) {
        const int i = indexOf(q.code);
        if (q.isGlobal)
            for (Question &m : merged)
                m.isGlobal = false;
        if (i >= 0)
            merged[i] = q;
        else
            merged.push_back(q);
    }
    return Codebook(std::move(merged));
}

Codebook Codebook::read(TableReader &reader, std::vector<ReadError> *errors, int maxErrors)
{
    auto report = [&](qint64 line, int column, const QString &message) {
        if (int(errors->size()) < maxErrors)
            errors->push_back({reader.error().file, line, column, message});
    };
    const Record &header = reader.header();
    int columnOf[FieldCount];
    std::fill(std::begin(columnOf), std::end(columnOf), -1);
    for (int c = 0; c < header.size(); ++c) {
        const QString key = headerKey(header.text(c));
        for (int f = 0; f < FieldCount; ++f)
            if (key == headerKey(QString::fromLatin1(FieldNames[f])))
                columnOf[f] = c;
    }
    refuseControlCharacters(header, report);
    QStringList found;
    for (int c = 0; c < header.size(); ++c)
        found << header.text(c);
    for (int f : {Code, Theme, LabelFr, Type})
        if (columnOf[f] < 0)
            report(1, 0, tr("required column \"%1\" is missing; the header has: %2")
                             .arg(QLatin1String(FieldNames[f]), found.join(QLatin1String(", "))));
    if (!errors->empty())
        return {};

    std::vector<Question> questions;
    QSet<QString> codes;
    Record record;
    const auto cell = [&](Field f) {
        return columnOf[f] < 0 ? QString() : record.text(columnOf[f]).trimmed();
    };
    qint64 firstGlobalLine = 0;
    while (reader.next(record)) {
        if (record.isBlank())
            continue; // a row of empty cells, as spreadsheets leave at the end
        refuseControlCharacters(record, report);
        Question q;
        q.code = cell(Code);
        q.theme = cell(Theme);
        q.labelFr = cell(LabelFr);
        q.labelEn = cell(LabelEn);
        q.parent = cell(Parent);
        const QString global = cell(Global);
        const auto col = [&](Field f) { return columnOf[f] + 1; };
        if (q.code.isEmpty())
            report(record.line, col(Code), tr("empty question code"));
        else if (codes.contains(q.code))
            report(record.line, col(Code), tr("question code \"%1\" appears twice").arg(shownValue(q.code)));
        codes.insert(q.code);
        if (q.theme.isEmpty())
            report(record.line, col(Theme), tr("empty theme for question %1").arg(q.code));
        if (q.labelFr.isEmpty())
            report(record.line, col(LabelFr), tr("empty French label for question %1").arg(q.code));
        const auto type = questionTypeFromName(cell(Type));
        if (!type)
            report(record.line, col(Type),
                   tr("type \"%1\": expected satisfaction4, yesno or single").arg(shownValue(cell(Type))));
        else
            q.type = *type;
        if (global == QLatin1String("1")) {
            q.isGlobal = true;
            if (firstGlobalLine > 0)
                report(record.line, col(Global),
                       tr("question %1 is marked global, as is the question on line %2; only one "
                          "overall-satisfaction question is allowed")
                           .arg(q.code).arg(firstGlobalLine));
            else
                firstGlobalLine = record.line;
        } else if (!global.isEmpty() && global != QLatin1String("0"))
            report(record.line, col(Global), tr("global \"%1\": expected 1 or empty").arg(shownValue(global)));
        const QString options = cell(Options);
        if (q.type == QuestionType::Single) {
            QSet<QString> optionCodes;
            for (const QString &part : options.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                const qsizetype eq = part.indexOf(QLatin1Char('='));
                const QString code = part.left(eq).trimmed();
                if (eq <= 0 || code.isEmpty() || optionCodes.contains(code)) {
                    report(record.line, col(Options),
                           tr("option \"%1\": expected code=label with a unique code").arg(shownValue(part)));
                    continue;
                }
                optionCodes.insert(code);
                q.options.push_back({code, part.mid(eq + 1).trimmed()});
            }
            if (q.options.empty() && type)
                report(record.line, col(Options),
                       tr("a single-choice question needs options code=label|code=label"));
            if (q.options.size() > 250)
                report(record.line, col(Options), tr("more than 250 options"));
        } else if (!options.isEmpty() && type) {
            report(record.line, col(Options), tr("options are only for single-choice questions"));
        }
        if (!q.parent.isEmpty() && q.parent == q.code)
            report(record.line, col(Parent), tr("question %1 names itself as its parent").arg(q.code));
        if (q.isGlobal && q.type != QuestionType::Satisfaction4)
            report(record.line, col(Global),
                   tr("the overall-satisfaction question must be of type satisfaction4"));
        questions.push_back(std::move(q));
    }
    if (!reader.error().isNull())
        report(reader.error().line, reader.error().column, reader.error().message);
    if (questions.empty() && errors->empty())
        report(0, 0, tr("the codebook has no questions"));
    if (!errors->empty())
        return {};
    return Codebook(std::move(questions));
}

Codebook Codebook::builtIn()
{
    TextReader reader(QStringLiteral(":/satisfecit/codebook_hdf.csv"), ReadOptions{});
    std::vector<ReadError> errors;
    if (!reader.open())
        qFatal("built-in codebook: %s", qPrintable(reader.error().toString()));
    Codebook codebook = read(reader, &errors);
    if (!errors.empty())
        qFatal("built-in codebook: %s", qPrintable(errors.front().toString()));
    return codebook;
}
