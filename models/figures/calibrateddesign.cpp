#include "calibrateddesign.h"

#include "calibratedtable.h"
#include "raking.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// svyrecvar() centres on the raking margins in ten rounds, whatever their
// convergence: the same number here, so the errors are R's.
constexpr int CentringRounds = 10;

} // namespace

void addMoments(CalibratedDesign::Moments &m, const CalibratedDesign::Sums &s, double x)
{
    m.c0 += s.rho;
    m.c1 += s.rho * x;
    m.w0 += s.w;
    m.w1 += s.w * x;
    m.q0 += s.w2;
    m.q1 += s.w2 * x;
    m.q2 += s.w2 * x * x;
    m.m0 += s.ww;
    m.m1 += s.ww * x;
}

CalibratedDesign::CalibratedDesign(const WaveData &data, const CalibrationCategories &categories,
                                   const std::vector<std::vector<double>> &lastFactors,
                                   std::vector<int> stratumOf, const Codebook *codebook, int /*globalColumn*/,
                                   const std::vector<double> &untrimmed)
    : m_data(&data)
    , m_questions(describeQuestions(data, codebook))
    , m_margins(categories.categoryOf.size())
{
    buildCells(data, categories, lastFactors, stratumOf, untrimmed);
    setStrataFactors();
    buildOperators();
}

CalibratedDesign::CalibratedDesign(const WaveData &data, const CalibrationCategories &categories,
                                   const std::vector<std::vector<double>> &lastFactors, std::vector<int> stratumOf,
                                   const Codebook *codebook, const std::vector<double> &untrimmed,
                                   PartOperators operators)
    : m_data(&data)
    , m_questions(describeQuestions(data, codebook))
    , m_margins(categories.categoryOf.size())
    , m_part(true)
{
    buildCells(data, categories, lastFactors, stratumOf, untrimmed);
    // The strata's sizes are the whole wave's; a stratum the part has no
    // respondent in plays no part (its share is in operators.p).
    int strata = int(m_stratumCount.size());
    for (int h : operators.strata)
        strata = std::max(strata, h + 1);
    m_stratumCount.assign(std::size_t(strata), 0.0);
    for (std::size_t s = 0; s < operators.strata.size(); ++s)
        m_stratumCount[std::size_t(operators.strata[s])] = operators.stratumCounts[s];
    setStrataFactors();
    const std::size_t J = m_categories;
    if (operators.support != J || operators.k.size() != J * J || operators.p.size() != J * J
        || operators.tk.size() != operators.strata.size() * J) {
        m_activeStrata.clear();
        m_k.assign(J * J, std::numeric_limits<double>::quiet_NaN());
        m_p = m_k;
        m_tk.assign(m_stratumCount.size() * J, std::numeric_limits<double>::quiet_NaN());
        return;
    }
    m_k = std::move(operators.k);
    m_p = std::move(operators.p);
    m_tk.assign(m_stratumCount.size() * J, 0.0);
    for (std::size_t s = 0; s < operators.strata.size(); ++s)
        std::copy_n(operators.tk.begin() + std::ptrdiff_t(s * J), J,
                    m_tk.begin() + std::ptrdiff_t(std::size_t(operators.strata[s]) * J));
}

void CalibratedDesign::buildCells(const WaveData &data, const CalibrationCategories &categories,
                                  const std::vector<std::vector<double>> &lastFactors,
                                  const std::vector<int> &stratumOf, const std::vector<double> &untrimmed)
{
    const std::size_t n = std::size_t(data.respondentCount());
    // Trimmed: the residuals centre on the calibration (untrimmed) weights,
    // the influence values carry the analysis (trimmed) ones.
    if (untrimmed.size() == n && untrimmed != data.weights) {
        m_calibrationWeights = untrimmed;
        m_rho.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            m_rho[i] = data.weights[i] / untrimmed[i];
    }
    const std::vector<double> &calibration = m_calibrationWeights.empty() ? data.weights : m_calibrationWeights;
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
        m_cellTotals[std::size_t(*it)].add(calibration[i]);
    }
    m_cells = m_stratumOf.size();
    m_stratumCount.assign(std::size_t(strata), 0.0);
    for (std::size_t c = 0; c < m_cells; ++c)
        m_stratumCount[std::size_t(m_stratumOf[c])] += m_cellTotals[c].count;
}

void CalibratedDesign::setStrataFactors()
{
    m_stratumFactor.assign(m_stratumCount.size(), 0.0);
    for (std::size_t h = 0; h < m_stratumCount.size(); ++h)
        if (m_stratumCount[h] > 1.0)
            m_stratumFactor[h] = m_stratumCount[h] / (m_stratumCount[h] - 1.0);
    m_activeStrata.clear();
    for (std::size_t h = 0; h < m_stratumFactor.size(); ++h)
        if (m_stratumFactor[h] != 0.0)
            m_activeStrata.push_back(int(h));
}

CalibratedDesign::PartOperators CalibratedDesign::partOperators(const std::vector<int> &categories,
                                                                const std::vector<int> &strata) const
{
    PartOperators part;
    const std::size_t J = m_categories, S = part.support = categories.size();
    part.k.resize(S * S);
    part.p.resize(S * S);
    for (std::size_t a = 0; a < S; ++a)
        for (std::size_t b = 0; b < S; ++b) {
            const std::size_t from = std::size_t(categories[a]) * J + std::size_t(categories[b]);
            part.k[a * S + b] = m_k[from];
            part.p[a * S + b] = m_p[from];
        }
    // Every stratum's −f_h/n_h (t_h·u)², as a matrix on the support; the
    // part's own strata add back their cross terms with their sums
    // (standardError()).
    for (int h : m_activeStrata) {
        const double scale = m_stratumFactor[std::size_t(h)] / m_stratumCount[std::size_t(h)];
        const double *tk = m_tk.data() + std::size_t(h) * J;
        for (std::size_t a = 0; a < S; ++a)
            for (std::size_t b = 0; b < S; ++b)
                part.p[a * S + b] -= scale * tk[categories[a]] * tk[categories[b]];
    }
    for (int h : strata) {
        if (h < 0 || std::size_t(h) >= m_stratumCount.size())
            continue;
        part.strata.push_back(h);
        part.stratumCounts.push_back(m_stratumCount[std::size_t(h)]);
        for (std::size_t b = 0; b < S; ++b)
            part.tk.push_back(m_tk[std::size_t(h) * J + std::size_t(categories[b])]);
    }
    return part;
}

CalibratedDesign::~CalibratedDesign() = default;

int CalibratedDesign::landlordIndex(const QString &code) const
{
    return m_data ? int(m_data->landlordCodes.indexOf(code)) : -1;
}
CalibratedDesign::CalibratedDesign(CalibratedDesign &&) noexcept = default;
CalibratedDesign &CalibratedDesign::operator=(CalibratedDesign &&) noexcept = default;

void CalibratedDesign::buildOperators()
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
    t->scoreMoments.resize(m_questions.size());
    for (std::size_t q = 0; q < m_questions.size() && q < data.answers.size(); ++q) {
        const std::size_t stride = std::size_t(m_questions[q].optionCount) + 1;
        std::vector<Sums> &sums = t->sums[q];
        sums.assign(groups * stride, Sums());
        const std::vector<std::uint8_t> &values = data.answers[q].values;
        for (std::size_t i = 0; i < groupOf.size(); ++i) {
            if (values[i] == 0 || values[i] >= stride)
                continue;
            Sums &s = sums[std::size_t(groupOf[i]) * stride + values[i]];
            const double w = data.weights[i];
            if (m_rho.empty()) {
                s.rho += 1.0;
                s.ww += w * w;
            } else {
                s.rho += m_rho[i];
                s.ww += w * m_calibrationWeights[i];
            }
            s.w += w;
            s.w2 += w * w;
        }
        // A score's moments once per fine group: a figure then adds them up.
        if (m_questions[q].type != QuestionType::Satisfaction4)
            continue;
        std::vector<Moments> &moments = t->scoreMoments[q];
        moments.assign(groups, Moments());
        for (std::size_t g = 0; g < groups; ++g)
            for (std::size_t a = 1; a < stride && a <= 4; ++a)
                addMoments(moments[g], sums[g * stride + a], satisfactionPoints(int(a)));
    }
    m_tables.emplace_back(segmentColumn, std::move(t));
    return *m_tables.back().second;
}

ScoreFigure withStandardError(ScoreFigure f, double se)
{
    f.se = se;
    f.ciLow = f.score - Z95 * se;
    f.ciHigh = f.score + Z95 * se;
    return f;
}
