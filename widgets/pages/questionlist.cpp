#include "questionlist.h"

#include "figureengine.h"

QList<QuestionChoice> satisfactionQuestions(FigureEngine *engine, const QString &language)
{
    QList<QuestionChoice> choices;
    if (!engine || !engine->store())
        return choices;
    for (const Question &q : engine->codebook().questions())
        if (q.type == QuestionType::Satisfaction4)
            choices.append({q.code, QStringLiteral("%1 — %2").arg(q.code, q.label(language))});
    return choices;
}

QString globalQuestionCode(FigureEngine *engine)
{
    if (!engine || !engine->store())
        return QString();
    const Question *q = engine->codebook().globalQuestion();
    return q ? q->code : QString();
}
