#include "goldenfigures.h"

#include <QFile>

QStringList readGoldenLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot open %s", qPrintable(path));
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// A plain split is enough for these controlled files: no quotes, ';' only.
WaveData loadRespondents(const QString &path)
{
    const QStringList lines = readGoldenLines(path);
    const QStringList header = lines.first().split(QLatin1Char(';'));

    WaveData data;
    data.scope = QStringLiteral("Test");
    WaveData::SegmentColumn habitat{QStringLiteral("type_habitat"), {}, {}};
    for (int c = int(header.indexOf(QStringLiteral("Q01"))); c < header.size(); ++c) {
        const QuestionType type = header[c] == QLatin1String("Q07") ? QuestionType::YesNo
            : header[c] == QLatin1String("Q08")                     ? QuestionType::Single
                                                                    : QuestionType::Satisfaction4;
        data.answers.push_back({header[c], type, {}});
    }
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(';'));
        const auto field = [&](const char *name) { return f.at(header.indexOf(QLatin1String(name))); };
        data.year = field("annee").toInt();
        data.respondentIds << field("id");
        data.weights.push_back(field("poids").toDouble());
        if (!data.landlordCodes.contains(field("bailleur")))
            data.landlordCodes << field("bailleur");
        data.landlord.push_back(std::uint16_t(data.landlordCodes.indexOf(field("bailleur"))));
        data.qpv.push_back(std::uint8_t(field("qpv").toInt()));
        if (!habitat.dictionary.contains(field("type_habitat")))
            habitat.dictionary << field("type_habitat");
        habitat.values.push_back(std::uint16_t(habitat.dictionary.indexOf(field("type_habitat"))));
        for (WaveData::AnswerColumn &column : data.answers)
            column.values.push_back(std::uint8_t(f.at(header.indexOf(column.code)).toInt())); // "" → 0
    }
    data.segments.push_back(habitat);
    return data;
}

// golden.csv: group;code;statistic;value
QHash<QString, double> loadGolden(const QString &path)
{
    QHash<QString, double> golden;
    const QStringList lines = readGoldenLines(path);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(';'));
        golden.insert(f[0] + QLatin1Char('|') + f[1] + QLatin1Char('|') + f[2], f[3].toDouble());
    }
    return golden;
}
