#include "margins.h"

#include <numeric>

double MarginVariable::total() const
{
    return std::accumulate(counts.begin(), counts.end(), 0.0);
}

QString Margins::toText() const
{
    QString text;
    for (const MarginVariable &v : variables)
        for (std::size_t i = 0; i < v.counts.size(); ++i)
            text += v.variable + QLatin1Char('\t') + v.values.at(qsizetype(i)) + QLatin1Char('\t')
                  + QString::number(v.counts[i], 'g', 17) + QLatin1Char('\n');
    return text;
}

Margins Margins::fromText(const QString &text)
{
    Margins margins;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 3)
            continue;
        if (margins.variables.empty() || margins.variables.back().variable != fields[0])
            margins.variables.push_back({fields[0], {}, {}, {}});
        MarginVariable &v = margins.variables.back();
        v.values << fields[1];
        v.counts.push_back(fields[2].toDouble());
        v.lines.push_back(0);
    }
    return margins;
}
