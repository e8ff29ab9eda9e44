#include "calibrateddesign.h"

#include "raking.h"

#include <QHash>

#include <cmath>
#include <limits>

namespace {

constexpr double Nan = std::numeric_limits<double>::quiet_NaN();
// svyrecvar() centres on the raking margins in ten rounds, whatever their
// convergence: the same number here, so the errors are R's.
constexpr int CentringRounds = 10;
constexpr double Z95 = 1.96;

} // namespace

CalibratedDesign::CalibratedDesign(const WaveData &data, const CalibrationCategories &categories,
                                   const std::vector<std::vector<double>> &lastFactors,
                                   std::vector<int> stratumOf, const Codebook *codebook, int globalColumn)
    : m_data(&data)
    , m_questions(describeQuestions(data, codebook))
    , m_globalColumn(globalColumn)
{
    const std::size_t n = std::size_t(data.respondentCount());
    const std::size_t margins = categories.categoryOf.size();
    // Calibration cells: the combinations of categories (and stratum) that occur.
    QHash<QByteArray, int> index;
    QByteArray key;
    m_cellOf.resize(n);
    m_categoryOf.assign(margins, {});
    for (std::size_t i = 0; i < n; ++i) {
        key.clear();
        const int stratum = stratumOf.empty() ? 0 : stratumOf[i];
        key.append(reinterpret_cast<const char *>(&stratum), sizeof stratum);
        for (const std::vector<int> &c : categories.categoryOf)
            key.append(reinterpret_cast<const char *>(&c[i]), sizeof(int));
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, int(m_stratumOf.size()));
            m_stratumOf.push_back(stratum);
            m_strata = std::max(m_strata, stratum + 1);
            for (std::size_t k = 0; k < margins; ++k)
                m_categoryOf[k].push_back(categories.categoryOf[k][i]);
            m_cellTotals.emplace_back();
        }
        m_cellOf[i] = *it;
        m_cellTotals[std::size_t(*it)].add(data.weights[i]);
    }
    const std::size_t cells = m_stratumOf.size();
    m_h.assign(margins, std::vector<double>(cells, 1.0));
    for (std::size_t k = 0; k < margins; ++k)
        for (std::size_t c = 0; c < cells; ++c)
            for (std::size_t l = k + 1; l < margins; ++l)
                m_h[k][c] *= lastFactors[l][std::size_t(m_categoryOf[l][c])];
}

const CalibratedDesign::Table &CalibratedDesign::table(int segmentColumn) const
{
    for (const auto &[column, t] : m_tables)
        if (column == segmentColumn)
            return *t;
    const WaveData &data = *m_data;
    const WaveData::SegmentColumn *segment =
        segmentColumn >= 0 && segmentColumn < int(data.segments.size()) ? &data.segments[std::size_t(segmentColumn)]
                                                                         : nullptr;
    auto t = std::make_unique<Table>();
    QHash<quint64, int> index;
    std::vector<int> groupOf(std::size_t(data.respondentCount()));
    for (std::size_t i = 0; i < groupOf.size(); ++i) {
        const int value = segment ? int(segment->values[i]) : -1;
        const quint64 key = (quint64(m_cellOf[i]) << 34) | (quint64(data.landlord[i]) << 18)
                          | (quint64(data.qpv[i] ? 1 : 0) << 17) | quint64(value + 1);
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, int(t->cellOf.size()));
            t->cellOf.push_back(m_cellOf[i]);
            t->landlordOf.push_back(data.landlord[i]);
            t->qpvOf.push_back(data.qpv[i] ? 1 : 0);
            t->valueOf.push_back(value);
        }
        groupOf[i] = *it;
    }
    t->table = CellTable(m_questions, m_globalColumn, int(t->cellOf.size()));
    t->table.accumulate(data, groupOf);
    m_tables.emplace_back(segmentColumn, std::move(t));
    return *m_tables.back().second;
}

bool CalibratedDesign::contains(const Table &t, int g, const CalibratedGroup &group) const
{
    if (group.qpv && (t.qpvOf[std::size_t(g)] != 0) != *group.qpv)
        return false;
    if (group.landlord >= 0 && (t.landlordOf[std::size_t(g)] == group.landlord) == group.allButLandlord)
        return false;
    return group.segmentColumn < 0 || t.valueOf[std::size_t(g)] == group.segmentValue;
}

double CalibratedDesign::meanSe(int question, const CalibratedGroup &group, const std::vector<double> &points) const
{
    if (question < 0 || question >= int(m_questions.size()))
        return Nan;
    const Table &t = table(group.segmentColumn);
    const int options = m_questions[std::size_t(question)].optionCount;
    const std::size_t cells = m_stratumOf.size();
    const std::size_t stride = std::size_t(options) + 1;
    // Valid answers of the group, per cell and answer.
    std::vector<AnswerSums> answers(cells * stride);
    for (int g = 0; g < t.table.groupCount(); ++g) {
        if (!contains(t, g, group))
            continue;
        const CrossSums s = t.table.sum(question, g);
        AnswerSums *cell = answers.data() + std::size_t(t.cellOf[std::size_t(g)]) * stride;
        for (int a = 1; a <= options; ++a)
            cell[a] += s.answer(a);
    }
    double sumW = 0.0, sumWx = 0.0;
    for (std::size_t c = 0; c < cells; ++c)
        for (int a = 1; a <= options; ++a) {
            sumW += answers[c * stride + std::size_t(a)].sumW;
            sumWx += answers[c * stride + std::size_t(a)].sumW * points[std::size_t(a)];
        }
    if (!(sumW > 0.0))
        return Nan;
    const double mean = sumWx / sumW;

    // z_i = w_i (x_i − m) / Σw in the group, 0 elsewhere; residual z_i − w_i B_c.
    std::vector<double> s1(cells, 0.0); // Σ (x_i − m) / Σw over the cell's valid answers in the group
    for (std::size_t c = 0; c < cells; ++c)
        for (int a = 1; a <= options; ++a)
            s1[c] += answers[c * stride + std::size_t(a)].count * (points[std::size_t(a)] - mean) / sumW;
    std::vector<double> b(cells, 0.0);
    const std::size_t margins = m_categoryOf.size();
    std::vector<double> num, den;
    for (int round = 0; round < CentringRounds; ++round) {
        for (std::size_t k = 0; k < margins; ++k) {
            // ave(x / psw, margin) with psw_i = w_i / H_k(c): x_i / psw_i = H_k(c) ((x_i − m)/Σw − B_c).
            const std::vector<int> &category = m_categoryOf[k];
            std::size_t categories = 0;
            for (int v : category)
                categories = std::max(categories, std::size_t(v) + 1);
            num.assign(categories, 0.0);
            den.assign(categories, 0.0);
            for (std::size_t c = 0; c < cells; ++c) {
                num[std::size_t(category[c])] += m_h[k][c] * (s1[c] - m_cellTotals[c].count * b[c]);
                den[std::size_t(category[c])] += m_cellTotals[c].count;
            }
            for (std::size_t c = 0; c < cells; ++c)
                b[c] += num[std::size_t(category[c])] / den[std::size_t(category[c])] / m_h[k][c];
        }
    }

    std::vector<double> sum(std::size_t(m_strata), 0.0), sumSq(std::size_t(m_strata), 0.0), count(std::size_t(m_strata), 0.0);
    for (std::size_t c = 0; c < cells; ++c) {
        double z = 0.0, wz = 0.0, zz = 0.0;
        for (int a = 1; a <= options; ++a) {
            const AnswerSums &s = answers[c * stride + std::size_t(a)];
            const double d = (points[std::size_t(a)] - mean) / sumW;
            z += s.sumW * d;
            wz += s.sumW2 * d;
            zz += s.sumW2 * d * d;
        }
        const std::size_t h = std::size_t(m_stratumOf[c]);
        sum[h] += z - b[c] * m_cellTotals[c].sumW;
        sumSq[h] += zz - 2.0 * b[c] * wz + b[c] * b[c] * m_cellTotals[c].sumW2;
        count[h] += m_cellTotals[c].count;
    }
    double variance = 0.0;
    for (std::size_t h = 0; h < sum.size(); ++h)
        if (count[h] > 1.0)
            variance += count[h] / (count[h] - 1.0) * (sumSq[h] - sum[h] * sum[h] / count[h]);
    return std::sqrt(std::max(variance, 0.0));
}

std::vector<double> CalibratedDesign::scoreSe(const CalibratedGroup &group) const
{
    std::vector<double> se(m_questions.size(), Nan);
    std::vector<double> points(5, 0.0);
    for (int a = 1; a <= 4; ++a)
        points[std::size_t(a)] = satisfactionPoints(a);
    for (std::size_t q = 0; q < m_questions.size(); ++q)
        if (m_questions[q].type == QuestionType::Satisfaction4)
            se[q] = meanSe(int(q), group, points);
    return se;
}

ScoreFigure withStandardError(ScoreFigure f, double se)
{
    f.se = se;
    f.ciLow = f.score - Z95 * se;
    f.ciHigh = f.score + Z95 * se;
    return f;
}
