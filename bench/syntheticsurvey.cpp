#include "syntheticsurvey.h"

#include "codebook.h"

#include <QFile>

#include <cstdint>

namespace {

// A small fixed PRNG so that the file is the same on every platform.
struct SplitMix
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
};

} // namespace

bool writeSyntheticSurvey(const QString &path, int rows, int year)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const Codebook codebook = Codebook::builtIn();
    QByteArray header = "id;annee;bailleur;qpv;poids;departement;type_habitat;epci";
    for (const Question &q : codebook.questions())
        header += ';' + q.code.toUtf8();
    file.write(header + '\n');
    static const char *const departements[] = {"02", "59", "60", "62", "80"};
    SplitMix random{12345};
    QByteArray line;
    for (int i = 0; i < rows; ++i) {
        line.clear();
        const int latent = random.below(4);
        line += QByteArray::number(100000 + i) + ';' + QByteArray::number(year) + ";BL"
                + QByteArray::number(1 + random.below(27)).rightJustified(2, '0') + ';'
                + (random.below(3) == 0 ? "1" : "0") + ';' + QByteArray::number(0.5 + random.below(150) / 100.0)
                + ';' + departements[random.below(5)] + ';' + (random.below(3) ? "collectif" : "individuel")
                + ";EPCI" + QByteArray::number(random.below(40));
        for (const Question &q : codebook.questions()) {
            line += ';';
            if (random.below(10) == 0)
                continue; // no answer
            if (q.type == QuestionType::Satisfaction4)
                line += QByteArray::number(qBound(1, 1 + latent / 2 + random.below(3) - 1, 4));
            else if (q.type == QuestionType::YesNo)
                line += QByteArray::number(1 + random.below(2));
            else
                line += q.options[random.below(int(q.options.size()))].code.toUtf8();
        }
        file.write(line + '\n');
    }
    return file.flush();
}
