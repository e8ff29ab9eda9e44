#include "raking.h"

#include "wavedata.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace {

// Gives lupdate and the translators a context for this file's messages.
struct Weighting
{
    Q_DECLARE_TR_FUNCTIONS(Weighting)
};

bool refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The wave's value of each respondent for one margin variable, as strings
// (dictionary) and indices.
bool sampleValues(const WaveData &data, const QString &variable, QStringList *dictionary,
                  std::vector<int> *valueOf)
{
    const std::size_t n = std::size_t(data.respondentCount());
    valueOf->assign(n, -1);
    if (variable.compare(QLatin1String("bailleur"), Qt::CaseInsensitive) == 0) {
        *dictionary = data.landlordCodes;
        for (std::size_t i = 0; i < n; ++i)
            (*valueOf)[i] = data.landlord[i];
        return true;
    }
    if (variable.compare(QLatin1String("qpv"), Qt::CaseInsensitive) == 0) {
        *dictionary = {QStringLiteral("0"), QStringLiteral("1")};
        for (std::size_t i = 0; i < n; ++i)
            (*valueOf)[i] = data.qpv[i] ? 1 : 0;
        return true;
    }
    for (const WaveData::SegmentColumn &s : data.segments) {
        if (s.name.compare(variable, Qt::CaseInsensitive) == 0) {
            *dictionary = s.dictionary;
            for (std::size_t i = 0; i < n; ++i)
                (*valueOf)[i] = s.values[i];
            return true;
        }
    }
    return false;
}

// Σ w over every combination of the margins' categories that occurs: R's
// svytable(~a + b + c, design), whose largest change between two passes
// decides convergence.
struct CrossTable
{
    std::vector<int> cellOf;
    int cells = 0;

    std::vector<double> sums(const std::vector<double> &w) const
    {
        std::vector<double> s(std::size_t(cells), 0.0);
        for (std::size_t i = 0; i < w.size(); ++i)
            s[std::size_t(cellOf[i])] += w[i];
        return s;
    }
};

CrossTable crossTable(const CalibrationCategories &categories, std::size_t n)
{
    CrossTable table;
    table.cellOf.resize(n);
    QHash<QByteArray, int> index;
    QByteArray key;
    for (std::size_t i = 0; i < n; ++i) {
        key.clear();
        for (const std::vector<int> &c : categories.categoryOf)
            key.append(reinterpret_cast<const char *>(&c[i]), sizeof(int));
        const auto it = index.constFind(key);
        if (it != index.cend()) {
            table.cellOf[i] = *it;
        } else {
            table.cellOf[i] = table.cells;
            index.insert(key, table.cells++);
        }
    }
    return table;
}

} // namespace

bool checkMargins(const Margins &margins, QString *error)
{
    if (margins.variables.empty())
        return refuse(error, Weighting::tr("the margins file has no variable"));
    for (const MarginVariable &v : margins.variables) {
        QSet<QString> seen;
        for (std::size_t i = 0; i < v.counts.size(); ++i) {
            const QString &value = v.values.at(qsizetype(i));
            if (!(v.counts[i] > 0.0) || !std::isfinite(v.counts[i]))
                return refuse(error, Weighting::tr("%1 = %2: the count must be a number above 0").arg(v.variable, value));
            if (seen.contains(value))
                return refuse(error, Weighting::tr("%1 = %2 is given twice").arg(v.variable, value));
            seen.insert(value);
        }
    }
    const MarginVariable &first = margins.variables.front();
    for (const MarginVariable &v : margins.variables) {
        if (std::fabs(v.total() - first.total()) > 1e-9 * first.total())
            return refuse(error, Weighting::tr("the counts of %1 add up to %2 but those of %3 to %4: every variable "
                                    "must describe the same population")
                                     .arg(first.variable, QString::number(first.total(), 'g', 15), v.variable,
                                          QString::number(v.total(), 'g', 15)));
    }
    return true;
}

std::optional<CalibrationCategories> matchMargins(const WaveData &data, const Margins &margins, QString *error)
{
    CalibrationCategories result;
    for (const MarginVariable &v : margins.variables) {
        QStringList dictionary;
        std::vector<int> valueOf;
        if (!sampleValues(data, v.variable, &dictionary, &valueOf)) {
            refuse(error, Weighting::tr("%1 is not a column of the wave (expected bailleur, qpv or a segment column)")
                              .arg(v.variable));
            return std::nullopt;
        }
        // Sample dictionary value → margin category.
        std::vector<int> categoryOfValue(std::size_t(dictionary.size()), -1);
        for (qsizetype d = 0; d < dictionary.size(); ++d)
            categoryOfValue[std::size_t(d)] = int(v.values.indexOf(dictionary[d]));
        std::vector<int> category(valueOf.size());
        std::vector<bool> present(v.counts.size(), false);
        for (std::size_t i = 0; i < valueOf.size(); ++i) {
            const int value = valueOf[i];
            const int c = value >= 0 && value < int(categoryOfValue.size()) ? categoryOfValue[std::size_t(value)] : -1;
            if (c < 0) {
                refuse(error, Weighting::tr("%1 = \"%2\" is in the sample but not in the margins")
                                  .arg(v.variable, value >= 0 && value < dictionary.size() ? dictionary[value] : QString()));
                return std::nullopt;
            }
            category[i] = c;
            present[std::size_t(c)] = true;
        }
        for (std::size_t c = 0; c < present.size(); ++c) {
            if (!present[c]) {
                refuse(error, Weighting::tr("%1 = \"%2\" is in the margins (line %3) but no respondent of the sample has it")
                                  .arg(v.variable, v.values.at(qsizetype(c)))
                                  .arg(c < v.lines.size() ? v.lines[c] : 0));
                return std::nullopt;
            }
        }
        result.categoryOf.push_back(std::move(category));
    }
    return result;
}

std::optional<RakingResult> rake(const std::vector<double> &start, const Margins &margins,
                                 const CalibrationCategories &categories, const RakingOptions &options,
                                 QString *error)
{
    const std::size_t n = start.size();
    const std::size_t variables = margins.variables.size();
    RakingResult result;
    std::vector<double> w = start;
    const CrossTable table = crossTable(categories, n);
    const double epsilon = options.epsilon * std::accumulate(start.begin(), start.end(), 0.0);
    std::vector<double> old = table.sums(w);
    bool converged = false;
    std::vector<std::vector<double>> factors(variables);
    for (int pass = 1; pass <= options.maxPasses; ++pass) {
        for (std::size_t k = 0; k < variables; ++k) {
            const MarginVariable &v = margins.variables[k];
            const std::vector<int> &category = categories.categoryOf[k];
            std::vector<double> sample(v.counts.size(), 0.0);
            for (std::size_t i = 0; i < n; ++i)
                sample[std::size_t(category[i])] += w[i];
            factors[k].assign(v.counts.size(), 0.0);
            for (std::size_t c = 0; c < sample.size(); ++c)
                factors[k][c] = v.counts[c] / sample[c];
            for (std::size_t i = 0; i < n; ++i)
                w[i] *= factors[k][std::size_t(category[i])];
        }
        const std::vector<double> current = table.sums(w);
        double delta = 0.0;
        for (std::size_t c = 0; c < current.size(); ++c)
            delta = std::max(delta, std::fabs(current[c] - old[c]));
        result.passes = pass;
        if (delta < epsilon) {
            converged = true;
            break;
        }
        old = current;
    }
    if (!converged || std::any_of(w.begin(), w.end(), [](double x) { return !std::isfinite(x); })) {
        refuse(error, Weighting::tr("raking did not converge in %1 passes: the margins may contradict each other "
                         "(for example a combination of values no respondent has)")
                          .arg(options.maxPasses));
        return std::nullopt;
    }
    // A pass that ends where it started may still miss a margin (variables
    // that cannot be met together, as two copies of a column with different
    // counts): R would return those weights; they are refused here.
    for (std::size_t k = 0; k < variables; ++k) {
        const MarginVariable &v = margins.variables[k];
        std::vector<double> sample(v.counts.size(), 0.0);
        for (std::size_t i = 0; i < n; ++i)
            sample[std::size_t(categories.categoryOf[k][i])] += w[i];
        for (std::size_t c = 0; c < sample.size(); ++c)
            if (std::fabs(sample[c] - v.counts[c]) > 1e-6 * v.counts[c]) {
                refuse(error, Weighting::tr("the margins cannot all be met: after raking, %1 = %2 weighs %3 instead of %4 "
                                 "(variables that describe the same thing with different counts?)")
                                  .arg(v.variable, v.values.at(qsizetype(c)), QString::number(sample[c], 'f', 1),
                                       QString::number(v.counts[c], 'f', 1)));
                return std::nullopt;
            }
    }
    result.untrimmed = w;
    result.lastFactors = std::move(factors);
    if (options.trimLower || options.trimUpper)
        w = trimWeights(std::move(w), options.trimLower.value_or(-std::numeric_limits<double>::infinity()),
                        options.trimUpper.value_or(std::numeric_limits<double>::infinity()));
    result.weights = std::move(w);
    return result;
}

std::vector<double> trimWeights(std::vector<double> weights, double lower, double upper)
{
    double trimmed = 0.0;
    std::size_t inside = 0;
    for (double w : weights) {
        const double bounded = std::max(lower, std::min(w, upper));
        trimmed += w - bounded;
        if (bounded == w)
            ++inside;
    }
    if (inside == weights.size())
        return weights;
    const double share = inside > 0 ? trimmed / double(inside) : 0.0;
    for (double &w : weights) {
        const double bounded = std::max(lower, std::min(w, upper));
        w = bounded == w ? w + share : bounded;
    }
    return weights;
}
