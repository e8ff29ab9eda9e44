#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

enum class QuestionType { Satisfaction4, YesNo, Single };

/// "satisfaction4", "yesno", "single" as in the codebook file.
QString questionTypeName(QuestionType type);
std::optional<QuestionType> questionTypeFromName(const QString &name);
/// The kind of question in the user's words: "satisfaction (4 answers)",
/// "yes / no", "single choice" (translated).
QString questionTypeText(QuestionType type);

struct QuestionOption
{
    QString code;
    QString labelFr;
};

/// One question of the codebook (survey-files.md section 2).
struct Question
{
    QString code;
    QString theme;
    QString labelFr;
    QString labelEn;
    QuestionType type = QuestionType::Satisfaction4;
    std::vector<QuestionOption> options; ///< single-choice only
    QString parent;
    bool isGlobal = false;

    QString label(const QString &language) const
    {
        return language.startsWith(QLatin1String("en")) && !labelEn.isEmpty() ? labelEn : labelFr;
    }
};

/// Points /10 of a satisfaction code 1..4 (10, 7, 3, 0).
constexpr double satisfactionPoints(int code)
{
    return code == 1 ? 10.0 : code == 2 ? 7.0 : code == 3 ? 3.0 : 0.0;
}
