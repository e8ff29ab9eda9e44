#include "demogenerator.h"

#include "demosample.h"
#include "demotargets.h"

namespace demo {

namespace {

// Label forms of the answers, as survey-files.md section 1 lists them: 3 % of
// the answers use one (some in lower case without accents, as people type
// them); with the written no-answers, about 5 % of the cells are labels.
const char *const SatisfactionLabels[] = {"Tout à fait satisfait", "Plutôt satisfait",
                                          "Plutôt pas satisfait", "Pas du tout satisfait"};
const char *const PlainSatisfactionLabels[] = {"tout a fait satisfait", "plutot satisfait",
                                               "plutot pas satisfait", "pas du tout satisfait"};
const char *const MediumLabels[] = {"Papier", "Papier et numérique selon le sujet", "Numérique uniquement",
                                    "Sans préférence"};
constexpr int LabelStyles = 3; // style < 3: label form

void appendAnswer(QByteArray &line, Kind kind, int code, int style)
{
    if (style >= LabelStyles) {
        line += char('0' + code);
        return;
    }
    // style 0: the other accepted label, 1: lower case without accents
    switch (kind) {
    case Kind::Overall:
    case Kind::Satisfaction:
        if (code == 1 && style == 0)
            line += "Très satisfait";
        else
            line += (style == 1 ? PlainSatisfactionLabels : SatisfactionLabels)[code - 1];
        break;
    case Kind::Medium:
        line += MediumLabels[code - 1];
        break;
    case Kind::Smartphone:
    case Kind::Internet:
    case Kind::Recommend:
        line += code == 1 ? (style == 0 ? "Oui" : "oui") : (style == 0 ? "Non" : "non");
        break;
    }
}

// Most providers leave a non-answer empty; some write NSP or Non concerné,
// or the numeric codes 9 and 99.
void appendNoAnswer(QByteArray &line, Status status, int style)
{
    if (status == Status::DontKnow)
        line += style < 85 ? "" : style < 97 ? "NSP" : "9";
    else
        line += style < 80 ? "" : style < 97 ? "Non concerné" : "99";
}

void appendWeight(QByteArray &line, std::int64_t weight)
{
    line += QByteArray::number(weight / WeightUnits);
    line += ',';
    line += QByteArray::number(weight % WeightUnits).rightJustified(4, '0');
}

} // namespace

QByteArray writeRespondentCsv(const Sample &sample)
{
    const auto landlords = landlordSpecs();
    const auto questions = questionSpecs();
    QByteArray csv;
    csv.reserve(int(sample.respondents.size()) * 140);
    csv += "id;annee;bailleur;qpv;poids;departement;type_habitat";
    for (const QuestionSpec &q : questions)
        csv += QByteArray(";") + q.code;
    csv += '\n';
    const QByteArray year = QByteArray::number(DemoYear);
    for (std::size_t i = 0; i < sample.respondents.size(); ++i) {
        const Respondent &r = sample.respondents[i];
        csv += "HDF";
        csv += QByteArray::number(qulonglong(100000 + i));
        csv += ';' + year + ';';
        csv += landlords[r.landlord].name;
        csv += r.qpv ? ";1;" : ";0;";
        appendWeight(csv, r.weight);
        csv += ';';
        csv += r.department;
        csv += r.collectif ? ";collectif" : ";individuel";
        for (std::size_t q = 0; q < questions.size(); ++q) {
            csv += ';';
            const int style = sample.style[q][i];
            if (sample.status[q][i] == Status::Answered)
                appendAnswer(csv, questions[q].kind, sample.answers[q][i], style);
            else
                appendNoAnswer(csv, sample.status[q][i], style);
        }
        csv += '\n';
    }
    return csv;
}

} // namespace demo

QByteArray generateDemoRespondents(quint32 seed)
{
    demo::Sample sample = demo::drawSample(seed);
    demo::calibrate(sample);
    return demo::writeRespondentCsv(sample);
}
