#include "valueparsers.h"

#include "textkey.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace {

const char *const NoAnswerCodes[] = {"9", "99"};
const char *const NoAnswerLabels[] = {"NSP", "Ne sait pas", "Non concerné", "Sans objet", "Refus"};

bool isAscii(QByteArrayView text)
{
    for (char c : text)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

} // namespace

AnswerParser::AnswerParser(const Question &question)
    : m_type(question.type)
{
    auto addLabel = [this](const QString &label, int code) { m_byLabel.insert(labelKey(label), code); };
    switch (question.type) {
    case QuestionType::Satisfaction4:
        for (int code = 1; code <= 4; ++code)
            m_byCode.insert(QByteArray::number(code), code);
        addLabel(QStringLiteral("Tout à fait satisfait"), 1);
        addLabel(QStringLiteral("Très satisfait"), 1);
        addLabel(QStringLiteral("Plutôt satisfait"), 2);
        addLabel(QStringLiteral("Plutôt pas satisfait"), 3);
        addLabel(QStringLiteral("Pas du tout satisfait"), 4);
        m_examples = {QStringLiteral("1-4"), QStringLiteral("Tout à fait satisfait"),
                      QStringLiteral("Plutôt satisfait"), QStringLiteral("Plutôt pas satisfait"),
                      QStringLiteral("Pas du tout satisfait")};
        break;
    case QuestionType::YesNo:
        m_byCode.insert("1", 1);
        m_byCode.insert("2", 2);
        addLabel(QStringLiteral("oui"), 1);
        addLabel(QStringLiteral("yes"), 1);
        addLabel(QStringLiteral("non"), 2);
        addLabel(QStringLiteral("no"), 2);
        m_examples = {QStringLiteral("1/2"), QStringLiteral("oui/non"), QStringLiteral("yes/no")};
        break;
    case QuestionType::Single:
        for (int i = 0; i < int(question.options.size()); ++i) {
            m_byCode.insert(question.options[i].code.toUtf8(), i + 1);
            addLabel(question.options[i].labelFr, i + 1);
            m_examples << question.options[i].code + QLatin1Char('=') + question.options[i].labelFr;
        }
        break;
    }
    // The no-answer forms hold for every type, unless the codebook uses the code.
    for (const char *code : NoAnswerCodes)
        if (!m_byCode.contains(code))
            m_byCode.insert(code, 0);
    for (const char *label : NoAnswerLabels)
        if (!m_byLabel.contains(labelKey(QString::fromUtf8(label))))
            m_byLabel.insert(labelKey(QString::fromUtf8(label)), 0);
    m_examples << QCoreApplication::translate("AnswerParser", "or empty, 9, 99, NSP for no answer");
    std::fill(std::begin(m_singleByte), std::end(m_singleByte), qint16(NotSingleByte));
    // A blank character is no answer once trimmed: never looked up as a code.
    for (auto it = m_byCode.cbegin(); it != m_byCode.cend(); ++it)
        if (it.key().size() == 1 && !QChar::isSpace(uchar(it.key().at(0))))
            m_singleByte[uchar(it.key().at(0))] = qint16(it.value());
}

int AnswerParser::parseOther(QByteArrayView cell) const
{
    cell = cell.trimmed();
    if (cell.isEmpty())
        return 0;
    if (cell.size() == 1 && m_singleByte[uchar(cell[0])] != NotSingleByte)
        return m_singleByte[uchar(cell[0])];
    if (const auto it = m_byCode.constFind(cell.toByteArray()); it != m_byCode.cend())
        return *it;
    const QString key = labelKey(isAscii(cell) ? QString::fromLatin1(cell) : QString::fromUtf8(cell));
    return m_byLabel.value(key, Invalid);
}

QString AnswerParser::expected() const
{
    return m_examples.join(QLatin1String(", "));
}

std::optional<double> parseDecimal(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    char buffer[65];
    int commas = 0, points = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char c = text[i];
        commas += c == ',';
        points += c == '.';
        buffer[i] = c == ',' ? '.' : c;
    }
    if (commas + points > 1)
        return std::nullopt;
    double value = 0;
    const char *end = buffer + text.size();
    const auto [ptr, ec] = std::from_chars(buffer, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> parseQpv(QByteArrayView text)
{
    const QString key = labelKey(QString::fromUtf8(text.trimmed()));
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("oui"), QStringLiteral("yes"),
                                    QStringLiteral("true"), QStringLiteral("qpv")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("non"), QStringLiteral("no"),
                                   QStringLiteral("false"), QStringLiteral("hors qpv"),
                                   QStringLiteral("hors_qpv")};
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}
