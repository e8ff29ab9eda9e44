#pragma once

#include <QList>
#include <QString>

class FigureEngine;

/// A satisfaction question as offered in the pickers of the pages.
struct QuestionChoice
{
    QString code;
    QString text; ///< "Q26 — Time to intervene", in the language given
};

/// The satisfaction questions of the store's codebook, in questionnaire order.
QList<QuestionChoice> satisfactionQuestions(FigureEngine *engine, const QString &language);
/// The code of the overall-satisfaction question, or empty.
QString globalQuestionCode(FigureEngine *engine);
