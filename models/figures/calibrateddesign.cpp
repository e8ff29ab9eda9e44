#include "calibrateddesign.h"

#include "raking.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double Nan = std::numeric_limits<double>::quiet_NaN();
// svyrecvar() centres on the raking margins in ten rounds, whatever their
// convergence: the same number here, so the errors are R's.
constexpr int CentringRounds = 10;

} // namespace

CalibratedDesign::CalibratedDesign(const WaveData &data, const CalibrationCategories &categories,
                                   const std::vector<std::vector<double>> &lastFactors,
                                   std::vector<int> stratumOf, const Codebook *codebook, int /*globalColumn*/)
    : m_data(&data)
    , m_questions(describeQuestions(data, codebook))
    , m_margins(categories.categoryOf.size())
{
    const std::size_t n = std::size_t(data.respondentCount());
    std::vector<std::size_t> offset(m_margins + 1, 0);
    for (std::size_t k = 0; k < m_margins; ++k)
        offset[k + 1] = offset[k] + lastFactors[k].size();
    m_categories = offset[m_margins];

    // Calibration cells: the combinations of categories (and stratum) that occur.
    QHash<QByteArray, int> index;
    QByteArray key;
    m_cellOf.resize(n);
    int strata = 1;
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
            strata = std::max(strata, stratum + 1);
            for (std::size_t k = 0; k < m_margins; ++k) {
                const int v = categories.categoryOf[k][i];
                m_categoryIndex.push_back(int(offset[k]) + v);
                double h = 1.0;
                for (std::size_t l = k + 1; l < m_margins; ++l)
                    h *= lastFactors[l][std::size_t(categories.categoryOf[l][i])];
                m_h.push_back(h);
            }
            m_cellTotals.emplace_back();
        }
        m_cellOf[i] = *it;
        m_cellTotals[std::size_t(*it)].add(data.weights[i]);
    }
    m_cells = m_stratumOf.size();
    m_stratumCount.assign(std::size_t(strata), 0.0);
    for (std::size_t c = 0; c < m_cells; ++c)
        m_stratumCount[std::size_t(m_stratumOf[c])] += m_cellTotals[c].count;
    m_stratumFactor.assign(std::size_t(strata), 0.0);
    for (std::size_t h = 0; h < m_stratumCount.size(); ++h)
        if (m_stratumCount[h] > 1.0)
            m_stratumFactor[h] = m_stratumCount[h] / (m_stratumCount[h] - 1.0);
    buildOperators(categories);
}

void CalibratedDesign::buildOperators(const CalibrationCategories &)
{
    const std::size_t J = m_categories, M = m_margins;
    // G[j][j']: Σ over the cells in category j (margin k) and j' (margin l)
    // of n_c H_k(c) / H_l(c); count[j]: respondents in category j.
    std::vector<double> g(J * J, 0.0), count(J, 0.0);
    for (std::size_t c = 0; c < m_cells; ++c)
        for (std::size_t k = 0; k < M; ++k) {
            const std::size_t j = std::size_t(m_categoryIndex[c * M + k]);
            count[j] += m_cellTotals[c].count;
            for (std::size_t l = 0; l < M; ++l)
                g[j * J + std::size_t(m_categoryIndex[c * M + l])] +=
                    m_cellTotals[c].count * m_h[c * M + k] / m_h[c * M + l];
        }
    // One round for margin k: A_k += (u_k − (G A)_k) / count, margins in
    // turn. Run on every unit vector u = e_j: column j of K.
    std::vector<std::size_t> marginOf(J);
    for (std::size_t c = 0; c < m_cells; ++c)
        for (std::size_t k = 0; k < M; ++k)
            marginOf[std::size_t(m_categoryIndex[c * M + k])] = k;
    m_k.assign(J * J, 0.0);
    std::vector<double> a(J), ave(J);
    for (std::size_t unit = 0; unit < J; ++unit) {
        std::fill(a.begin(), a.end(), 0.0);
        for (int round = 0; round < CentringRounds; ++round)
            for (std::size_t k = 0; k < M; ++k) {
                for (std::size_t j = 0; j < J; ++j) {
                    if (marginOf[j] != k || count[j] == 0.0)
                        continue;
                    double ga = 0.0;
                    for (std::size_t jj = 0; jj < J; ++jj)
                        ga += g[j * J + jj] * a[jj];
                    ave[j] = ((j == unit ? 1.0 : 0.0) - ga) / count[j];
                }
                for (std::size_t j = 0; j < J; ++j)
                    if (marginOf[j] == k && count[j] != 0.0)
                        a[j] += ave[j];
            }
        for (std::size_t j = 0; j < J; ++j)
            m_k[j * J + unit] = a[j];
    }
    // B_c = Σ_k A[j_k(c)] / H_k(c): the quadratic and linear parts of the
    // variance, Q and t_h, then carried through K.
    const std::size_t strata = m_stratumCount.size();
    std::vector<double> q(J * J, 0.0), t(strata * J, 0.0);
    for (std::size_t c = 0; c < m_cells; ++c) {
        const std::size_t h = std::size_t(m_stratumOf[c]);
        for (std::size_t k = 0; k < M; ++k) {
            const std::size_t j = std::size_t(m_categoryIndex[c * M + k]);
            t[h * J + j] += m_cellTotals[c].sumW / m_h[c * M + k];
            for (std::size_t l = 0; l < M; ++l)
                q[j * J + std::size_t(m_categoryIndex[c * M + l])] +=
                    m_stratumFactor[h] * m_cellTotals[c].sumW2 / (m_h[c * M + k] * m_h[c * M + l]);
        }
    }
    std::vector<double> qk(J * J, 0.0); // Q K
    for (std::size_t i = 0; i < J; ++i)
        for (std::size_t l = 0; l < J; ++l)
            for (std::size_t j = 0; j < J; ++j)
                qk[i * J + j] += q[i * J + l] * m_k[l * J + j];
    m_p.assign(J * J, 0.0);
    for (std::size_t i = 0; i < J; ++i)
        for (std::size_t l = 0; l < J; ++l)
            for (std::size_t j = 0; j < J; ++j)
                m_p[i * J + j] += m_k[l * J + i] * qk[l * J + j];
    m_tk.assign(strata * J, 0.0);
    for (std::size_t h = 0; h < strata; ++h)
        for (std::size_t l = 0; l < J; ++l)
            for (std::size_t j = 0; j < J; ++j)
                m_tk[h * J + j] += t[h * J + l] * m_k[l * J + j];
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
    const std::size_t groups = t->cellOf.size();
    t->sums.resize(m_questions.size());
    for (std::size_t q = 0; q < m_questions.size() && q < data.answers.size(); ++q) {
        const std::size_t stride = std::size_t(m_questions[q].optionCount) + 1;
        std::vector<AnswerSums> &sums = t->sums[q];
        sums.assign(groups * stride, AnswerSums());
        const std::vector<std::uint8_t> &values = data.answers[q].values;
        for (std::size_t i = 0; i < groupOf.size(); ++i)
            if (values[i] != 0 && values[i] < stride)
                sums[std::size_t(groupOf[i]) * stride + values[i]].add(data.weights[i]);
    }
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
    std::vector<int> fineGroups;
    for (std::size_t g = 0; g < t.cellOf.size(); ++g)
        if (contains(t, int(g), group))
            fineGroups.push_back(int(g));
    return meanSe(question, t, fineGroups, points);
}

double CalibratedDesign::meanSe(int question, const Table &t, const std::vector<int> &fineGroups,
                                const std::vector<double> &points) const
{
    const std::size_t options = std::size_t(m_questions[std::size_t(question)].optionCount);
    const std::size_t stride = options + 1;
    const std::vector<AnswerSums> &sums = t.sums[std::size_t(question)];
    // Per cell of the group: count, Σx, Σw, Σwx, Σw², Σw²x, Σw²x² of its valid answers.
    struct Moments
    {
        double c0 = 0, c1 = 0, w0 = 0, w1 = 0, q0 = 0, q1 = 0, q2 = 0;
    };
    thread_local std::vector<Moments> moments;
    thread_local std::vector<int> touched;
    if (moments.size() != m_cells)
        moments.assign(m_cells, Moments());
    touched.clear();
    for (int gi : fineGroups) {
        const std::size_t g = std::size_t(gi);
        const std::size_t c = std::size_t(t.cellOf[g]);
        Moments &m = moments[c];
        const AnswerSums *cell = sums.data() + g * stride;
        bool first = m.c0 == 0 && m.q0 == 0;
        for (std::size_t a = 1; a <= options; ++a) {
            if (cell[a].count == 0)
                continue;
            if (first) {
                touched.push_back(int(c));
                first = false;
            }
            const double x = points[a];
            m.c0 += cell[a].count;
            m.c1 += cell[a].count * x;
            m.w0 += cell[a].sumW;
            m.w1 += cell[a].sumW * x;
            m.q0 += cell[a].sumW2;
            m.q1 += cell[a].sumW2 * x;
            m.q2 += cell[a].sumW2 * x * x;
        }
    }
    double sumW = 0.0, sumWx = 0.0;
    for (int c : touched) {
        sumW += moments[std::size_t(c)].w0;
        sumWx += moments[std::size_t(c)].w1;
    }
    if (!(sumW > 0.0)) {
        for (int c : touched)
            moments[std::size_t(c)] = Moments();
        return Nan;
    }
    const double mean = sumWx / sumW;

    // z_i = w_i (x_i − m) / Σw in the group, 0 elsewhere; residual z_i − w_i B_c
    // with B_c = Σ_k A[j_k(c)] / H_k(c), A = K u, u_j = Σ_{c∈j} H_k(c) Σ_c (x − m)/Σw.
    // u and r (Σ_{c∈j} f_h Σ_c w z / H_k(c)) are zero outside the categories
    // of the group's cells: the sums run over those only.
    const std::size_t J = m_categories, M = m_margins;
    thread_local std::vector<double> u, r, stratumSum;
    thread_local std::vector<int> support;
    thread_local std::vector<char> inSupport;
    if (u.size() != J) {
        u.assign(J, 0.0);
        r.assign(J, 0.0);
        inSupport.assign(J, 0);
    }
    support.clear();
    stratumSum.assign(m_stratumCount.size(), 0.0);
    double variance = 0.0;
    for (int ci : touched) {
        const std::size_t c = std::size_t(ci);
        const Moments &m = moments[c];
        const double s1 = (m.c1 - mean * m.c0) / sumW;
        const double zz = (m.q2 - 2.0 * mean * m.q1 + mean * mean * m.q0) / (sumW * sumW);
        const double wz = (m.q1 - mean * m.q0) / sumW;
        const std::size_t h = std::size_t(m_stratumOf[c]);
        variance += m_stratumFactor[h] * zz;
        stratumSum[h] += (m.w1 - mean * m.w0) / sumW;
        for (std::size_t k = 0; k < M; ++k) {
            const std::size_t j = std::size_t(m_categoryIndex[c * M + k]);
            if (!inSupport[j]) {
                inSupport[j] = 1;
                support.push_back(int(j));
            }
            u[j] += m_h[c * M + k] * s1;
            r[j] += m_stratumFactor[h] * wz / m_h[c * M + k];
        }
        moments[c] = Moments();
    }
    for (int ji : support) {
        const std::size_t j = std::size_t(ji);
        double kj = 0.0, pj = 0.0; // (K u)_j and (P u)_j
        for (int li : support) {
            kj += m_k[j * J + std::size_t(li)] * u[std::size_t(li)];
            pj += m_p[j * J + std::size_t(li)] * u[std::size_t(li)];
        }
        variance += u[j] * pj - 2.0 * r[j] * kj;
    }
    for (std::size_t h = 0; h < stratumSum.size(); ++h) {
        if (m_stratumFactor[h] == 0.0)
            continue;
        double at = 0.0;
        for (int j : support)
            at += u[std::size_t(j)] * m_tk[h * J + std::size_t(j)];
        const double sum = stratumSum[h] - at;
        variance -= m_stratumFactor[h] / m_stratumCount[h] * sum * sum;
    }
    for (int j : support) {
        u[std::size_t(j)] = r[std::size_t(j)] = 0.0;
        inSupport[std::size_t(j)] = 0;
    }
    return std::sqrt(std::max(variance, 0.0));
}

std::vector<double> CalibratedDesign::scoreSe(const CalibratedGroup &group) const
{
    std::vector<double> se(m_questions.size(), Nan);
    std::vector<double> points(5, 0.0);
    for (int a = 1; a <= 4; ++a)
        points[std::size_t(a)] = satisfactionPoints(a);
    const Table &t = table(group.segmentColumn);
    std::vector<int> fineGroups;
    for (std::size_t g = 0; g < t.cellOf.size(); ++g)
        if (contains(t, int(g), group))
            fineGroups.push_back(int(g));
    for (std::size_t q = 0; q < m_questions.size(); ++q)
        if (m_questions[q].type == QuestionType::Satisfaction4)
            se[q] = meanSe(int(q), t, fineGroups, points);
    return se;
}

ScoreFigure withStandardError(ScoreFigure f, double se)
{
    f.se = se;
    f.ciLow = f.score - Z95 * se;
    f.ciHigh = f.score + Z95 * se;
    return f;
}
