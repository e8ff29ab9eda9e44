#pragma once

#include "question.h"
#include "readers/readerror.h"

#include <QHash>

#include <vector>

class TableReader;

/// The questions of a questionnaire, in questionnaire order.
class Codebook
{
public:
    Codebook() = default;
    explicit Codebook(std::vector<Question> questions);

    const std::vector<Question> &questions() const { return m_questions; }
    int size() const { return int(m_questions.size()); }
    bool isEmpty() const { return m_questions.empty(); }

    /// Index in questions(), or -1.
    int indexOf(const QString &code) const { return m_index.value(code, -1); }
    const Question *find(const QString &code) const;
    /// The overall-satisfaction question, or null.
    const Question *globalQuestion() const;

    /// These questions with added's: a code already here is replaced in
    /// place, a new one appended; a global question in added takes over.
    Codebook withQuestions(const Codebook &added) const;

    /// Reads a codebook file (survey-files.md section 2). Collects every
    /// problem into errors (up to maxErrors) and returns an empty codebook
    /// when there is any.
    static Codebook read(TableReader &reader, std::vector<ReadError> *errors, int maxErrors = 100);

    /// The Hauts-de-France common questionnaire shipped with the app.
    static Codebook builtIn();

private:
    std::vector<Question> m_questions;
    QHash<QString, int> m_index;
};
