// The codebook and published figures part of the store gateway.
#include "store.h"

#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

// The SQLite driver binds a null QString as NULL, which NOT NULL columns
// refuse and comparisons never match: absent text is ''.
QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

} // namespace

Codebook Store::codebook() const
{
    Codebook codebook;
    readCodebook(&codebook);
    return codebook;
}

bool Store::readCodebook(Codebook *out) const
{
    std::vector<Question> questions;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT code, theme, label_fr, label_en, type, parent, is_global "
                                   "FROM questions ORDER BY position, code")))
        return failQuery(query);
    while (query.next()) {
        Question q;
        q.code = query.value(0).toString();
        q.theme = query.value(1).toString();
        q.labelFr = query.value(2).toString();
        q.labelEn = query.value(3).toString();
        q.type = questionTypeFromName(query.value(4).toString()).value_or(QuestionType::Satisfaction4);
        q.parent = query.value(5).toString();
        q.isGlobal = query.value(6).toBool();
        questions.push_back(q);
    }
    Codebook codebook(std::move(questions));
    QSqlQuery options(m_db);
    options.setForwardOnly(true);
    if (!options.exec(QStringLiteral("SELECT question, code, label_fr FROM question_options "
                                     "ORDER BY question, position")))
        return failQuery(options);
    std::vector<Question> withOptions = codebook.questions();
    while (options.next()) {
        const int i = codebook.indexOf(options.value(0).toString());
        if (i >= 0)
            withOptions[i].options.push_back({options.value(1).toString(), options.value(2).toString()});
    }
    *out = Codebook(std::move(withOptions));
    return true;
}

bool Store::saveQuestions(const Codebook &questions)
{
    TransactionGuard transaction(m_db);
    if (!writeQuestions(questions))
        return false;
    return transaction.commit() || fail(StoreError::Kind::Failed, tr("cannot save the codebook"));
}

bool Store::writeQuestions(const Codebook &questions)
{
    const Codebook current = codebook();
    // A single overall-satisfaction question: a new global one demotes the old.
    const Question *newGlobal = questions.globalQuestion();
    if (newGlobal && !exec(QStringLiteral("UPDATE questions SET is_global = 0")))
        return false;
    QSqlQuery upsert(m_db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO questions (code, position, theme, label_fr, label_en, type, parent, is_global) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (code) DO UPDATE SET theme = excluded.theme, label_fr = excluded.label_fr, "
        "label_en = excluded.label_en, type = excluded.type, parent = excluded.parent, "
        "is_global = excluded.is_global"));
    QSqlQuery deleteOptions(m_db);
    deleteOptions.prepare(QStringLiteral("DELETE FROM question_options WHERE question = ?"));
    QSqlQuery insertOption(m_db);
    insertOption.prepare(QStringLiteral(
        "INSERT INTO question_options (question, position, code, label_fr) VALUES (?, ?, ?, ?)"));
    int position = current.size();
    for (const Question &q : questions.questions()) {
        const Question *old = current.find(q.code);
        if (old && old->type != q.type) {
            QSqlQuery used(m_db);
            used.prepare(m_dialect->selectQuestionAnswered());
            used.addBindValue(q.code);
            if (used.exec() && used.next())
                return fail(StoreError::Kind::Failed,
                            tr("The question %1 (\"%2\") is already answered in waves of the store as a %3 "
                               "question; the dictionary makes it a %4 question, and its results could no "
                               "longer be compared. Give it another code in the dictionary, or first delete "
                               "the waves that use it (Data page).")
                                .arg(q.code, old->labelFr, questionTypeText(old->type), questionTypeText(q.type)));
        }
        if (!q.parent.isEmpty() && !questions.find(q.parent) && !current.find(q.parent))
            return fail(StoreError::Kind::Failed,
                        tr("question %1 names %2 as its parent, which is not in the codebook")
                            .arg(q.code, q.parent));
        upsert.bindValue(0, q.code);
        upsert.bindValue(1, old ? current.indexOf(q.code) : position++);
        upsert.bindValue(2, q.theme);
        upsert.bindValue(3, q.labelFr);
        upsert.bindValue(4, orEmpty(q.labelEn));
        upsert.bindValue(5, questionTypeName(q.type));
        upsert.bindValue(6, q.parent.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : q.parent);
        upsert.bindValue(7, q.isGlobal ? 1 : 0);
        if (!upsert.exec())
            return failQuery(upsert);
        deleteOptions.bindValue(0, q.code);
        if (!deleteOptions.exec())
            return failQuery(deleteOptions);
        for (int i = 0; i < int(q.options.size()); ++i) {
            insertOption.bindValue(0, q.code);
            insertOption.bindValue(1, i);
            insertOption.bindValue(2, q.options[i].code);
            insertOption.bindValue(3, q.options[i].labelFr);
            if (!insertOption.exec())
                return failQuery(insertOption);
        }
    }
    return true;
}

bool Store::savePublishedFigures(const QList<PublishedFigure> &figures)
{
    TransactionGuard transaction(m_db);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO published_figures (year, scope, question, segment, option, score, "
        "pct_satisfied, n, source, illustrative, is_demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (year, scope, question, segment, option) DO UPDATE SET "
        "score = excluded.score, pct_satisfied = excluded.pct_satisfied, n = excluded.n, "
        "source = excluded.source, illustrative = excluded.illustrative, is_demo = excluded.is_demo"));
    for (const PublishedFigure &f : figures) {
        insert.bindValue(0, f.year);
        insert.bindValue(1, f.scope);
        insert.bindValue(2, f.code);
        insert.bindValue(3, f.segment);
        insert.bindValue(4, orEmpty(f.option));
        insert.bindValue(5, optionalValue(f.score));
        insert.bindValue(6, optionalValue(f.pctSatisfied));
        insert.bindValue(7, f.n ? QVariant(*f.n) : QVariant(QMetaType(QMetaType::LongLong)));
        insert.bindValue(8, orEmpty(f.source));
        insert.bindValue(9, f.illustrative ? 1 : 0);
        insert.bindValue(10, f.isDemo ? 1 : 0);
        if (!insert.exec())
            return failQuery(insert);
    }
    return transaction.commit() || fail(StoreError::Kind::Failed, tr("cannot save the figures"));
}

QList<PublishedFigure> Store::publishedFigures(const QString &code) const
{
    QList<PublishedFigure> figures;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT year, scope, question, segment, option, score, pct_satisfied, n, source, "
        "illustrative, is_demo FROM published_figures WHERE ? = '' OR question = ? "
        "ORDER BY question, year, scope, segment, option"));
    query.addBindValue(orEmpty(code));
    query.addBindValue(orEmpty(code));
    query.exec();
    while (query.next()) {
        PublishedFigure f;
        f.year = query.value(0).toInt();
        f.scope = query.value(1).toString();
        f.code = query.value(2).toString();
        f.segment = query.value(3).toString();
        f.option = query.value(4).toString();
        if (!query.isNull(5))
            f.score = query.value(5).toDouble();
        if (!query.isNull(6))
            f.pctSatisfied = query.value(6).toDouble();
        if (!query.isNull(7))
            f.n = query.value(7).toLongLong();
        f.source = query.value(8).toString();
        f.illustrative = query.value(9).toBool();
        f.isDemo = query.value(10).toBool();
        figures << f;
    }
    return figures;
}
