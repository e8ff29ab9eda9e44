#include "question.h"

#include <QCoreApplication>

QString questionTypeName(QuestionType type)
{
    switch (type) {
    case QuestionType::Satisfaction4: return QStringLiteral("satisfaction4");
    case QuestionType::YesNo: return QStringLiteral("yesno");
    case QuestionType::Single: return QStringLiteral("single");
    }
    return QString();
}

std::optional<QuestionType> questionTypeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("satisfaction4"))
        return QuestionType::Satisfaction4;
    if (n == QLatin1String("yesno"))
        return QuestionType::YesNo;
    if (n == QLatin1String("single"))
        return QuestionType::Single;
    return std::nullopt;
}

QString questionTypeText(QuestionType type)
{
    switch (type) {
    case QuestionType::Satisfaction4: return QCoreApplication::translate("Question", "satisfaction (4 answers)");
    case QuestionType::YesNo: return QCoreApplication::translate("Question", "yes / no");
    case QuestionType::Single: return QCoreApplication::translate("Question", "single choice");
    }
    return QString();
}
