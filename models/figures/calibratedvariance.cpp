// The standard errors of a raked wave's figures (calibrateddesign.h): one
// plan per group, then per question a pass over the group's cells and small
// dense products on the categories they fall in.
#include "calibrateddesign.h"
#include "calibratedtable.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double Nan = std::numeric_limits<double>::quiet_NaN();

} // namespace

const CalibratedDesign::Plan &CalibratedDesign::plan(const CalibratedGroup &group) const
{
    if (m_plan && m_plan->group == group)
        return *m_plan;
    m_plan = std::make_unique<Plan>();
    Plan &p = *m_plan;
    p.group = group;
    const Table &t = table(group.segmentColumn);
    p.table = &t;
    const std::size_t M = m_margins, J = m_categories;
    std::vector<int> activeOf(m_stratumCount.size(), -1);
    for (std::size_t s = 0; s < m_activeStrata.size(); ++s)
        activeOf[std::size_t(m_activeStrata[s])] = int(s);
    std::vector<int> localOfCell(m_cells, -1), supportOf(J, -1), categories;
    p.fine.reserve(t.cellOf.size());
    p.localOf.reserve(t.cellOf.size());
    for (std::size_t g = 0; g < t.cellOf.size(); ++g) {
        if (!t.contains(g, group))
            continue;
        const std::size_t c = std::size_t(t.cellOf[g]);
        if (localOfCell[c] < 0) {
            localOfCell[c] = int(p.cells++);
            const std::size_t h = std::size_t(m_stratumOf[c]);
            p.factor.push_back(m_stratumFactor[h]);
            p.activeStratum.push_back(activeOf[h]);
            for (std::size_t k = 0; k < M; ++k) {
                const std::size_t j = std::size_t(m_categoryIndex[c * M + k]);
                if (supportOf[j] < 0) {
                    supportOf[j] = int(categories.size());
                    categories.push_back(int(j));
                }
                p.category.push_back(supportOf[j]);
                p.h.push_back(m_h[c * M + k]);
                p.inverseH.push_back(1.0 / m_h[c * M + k]);
            }
        }
        p.fine.push_back(int(g));
        p.localOf.push_back(localOfCell[c]);
    }
    p.oneFinePerCell = p.fine.size() == p.cells;
    const std::size_t S = p.support = categories.size();
    p.k.resize(S * S);
    p.p.resize(S * S);
    for (std::size_t a = 0; a < S; ++a)
        for (std::size_t b = 0; b < S; ++b) {
            const std::size_t from = std::size_t(categories[a]) * J + std::size_t(categories[b]);
            p.k[a * S + b] = m_k[from];
            p.p[a * S + b] = m_p[from];
        }
    p.tk.resize(m_activeStrata.size() * S);
    p.strataScale.resize(m_activeStrata.size());
    for (std::size_t s = 0; s < m_activeStrata.size(); ++s) {
        const std::size_t h = std::size_t(m_activeStrata[s]);
        p.strataScale[s] = m_stratumFactor[h] / m_stratumCount[h];
        for (std::size_t b = 0; b < S; ++b)
            p.tk[s * S + b] = m_tk[h * J + std::size_t(categories[b])];
    }
    return p;
}

// z_i = w̃_i (x_i − m) / Σw̃ in the group, 0 elsewhere; residual z_i − w_i B_c
// with B_c = Σ_k A[j_k(c)] / H_k(c), A = K u, u_j = Σ_{c∈j} H_k(c) Σ_c ρ (x − m)/Σw̃
// (w calibration weights, w̃ = ρ w analysis weights). u and r (Σ_{c∈j} f_h
// Σ_c w z / H_k(c)) are zero outside the categories of the group's cells:
// the products run over those only.
namespace {

// The pass over a group's cells: u, r, the stratum sums and Σ f z² (all
// unscaled). Margins: the number of margins when known at compile time
// (unrolled), 0 for any; Indexed: local cell c's moments at index[c].
template<std::size_t Margins, bool Indexed>
double cellPass(const CalibratedDesign::Plan &p, std::size_t margins, const CalibratedDesign::Moments *moments,
                const int *index, double mean, double *u, double *r, double *stratumSum)
{
    const std::size_t M = Margins ? Margins : margins;
    double zz = 0.0;
    for (std::size_t c = 0; c < p.cells; ++c) {
        const CalibratedDesign::Moments &m = moments[Indexed ? std::size_t(index[c]) : c];
        const double s1 = m.c1 - mean * m.c0;
        const double f = p.factor[c];
        const double wz = f * (m.m1 - mean * m.m0);
        zz += f * (m.q2 - 2.0 * mean * m.q1 + mean * mean * m.q0);
        if (p.activeStratum[c] >= 0)
            stratumSum[p.activeStratum[c]] += m.w1 - mean * m.w0;
        const int *category = p.category.data() + c * M;
        const double *h = p.h.data() + c * M, *inverseH = p.inverseH.data() + c * M;
        for (std::size_t k = 0; k < M; ++k) {
            u[category[k]] += h[k] * s1;
            r[category[k]] += wz * inverseH[k];
        }
    }
    return zz;
}

template<bool Indexed>
double cellPass(const CalibratedDesign::Plan &p, std::size_t margins, const CalibratedDesign::Moments *moments,
                const int *index, double mean, double *u, double *r, double *stratumSum)
{
    switch (margins) { // the usual numbers of margins, unrolled
    case 2: return cellPass<2, Indexed>(p, margins, moments, index, mean, u, r, stratumSum);
    case 3: return cellPass<3, Indexed>(p, margins, moments, index, mean, u, r, stratumSum);
    case 4: return cellPass<4, Indexed>(p, margins, moments, index, mean, u, r, stratumSum);
    default: return cellPass<0, Indexed>(p, margins, moments, index, mean, u, r, stratumSum);
    }
}

} // namespace

double CalibratedDesign::standardError(const Plan &p, const Moments *moments, const int *index,
                                  std::vector<double> &scratch) const
{
    double sumW = 0.0, sumWx = 0.0;
    for (std::size_t c = 0; c < p.cells; ++c) {
        const Moments &m = moments[index ? std::size_t(index[c]) : c];
        sumW += m.w0;
        sumWx += m.w1;
    }
    if (!(sumW > 0.0))
        return Nan;
    const double mean = sumWx / sumW;
    const std::size_t S = p.support, strata = p.strataScale.size();
    scratch.assign(2 * S + strata, 0.0);
    double *u = scratch.data(), *r = u + S, *stratumSum = r + S;
    // Sums of the unscaled terms: u, r and the stratum sums are then 1/Σw̃,
    // the squares 1/Σw̃², of them.
    const double zz = index ? cellPass<true>(p, m_margins, moments, index, mean, u, r, stratumSum)
                            : cellPass<false>(p, m_margins, moments, index, mean, u, r, stratumSum);
    double variance = zz;
    for (std::size_t j = 0; j < S; ++j) {
        const double *kRow = p.k.data() + j * S, *pRow = p.p.data() + j * S;
        double kj = 0.0, pj = 0.0; // (K u)_j and (P u)_j
#pragma omp simd reduction(+ : kj, pj)
        for (std::size_t l = 0; l < S; ++l) {
            kj += kRow[l] * u[l];
            pj += pRow[l] * u[l];
        }
        variance += u[j] * pj - 2.0 * r[j] * kj;
    }
    for (std::size_t s = 0; s < strata; ++s) {
        const double *tk = p.tk.data() + s * S;
        double at = 0.0;
#pragma omp simd reduction(+ : at)
        for (std::size_t j = 0; j < S; ++j)
            at += u[j] * tk[j];
        if (m_part) { // (t_h·u)² is in p already (partOperators())
            variance -= p.strataScale[s] * stratumSum[s] * (stratumSum[s] - 2.0 * at);
            continue;
        }
        const double sum = stratumSum[s] - at;
        variance -= p.strataScale[s] * sum * sum;
    }
    return std::sqrt(std::max(variance, 0.0)) / sumW;
}

double CalibratedDesign::meanSe(int question, const CalibratedGroup &group, const std::vector<double> &points) const
{
    if (question < 0 || question >= int(m_questions.size()))
        return Nan;
    const Plan &p = plan(group);
    const std::size_t stride = std::size_t(m_questions[std::size_t(question)].optionCount) + 1;
    const std::vector<Sums> &sums = p.table->sums[std::size_t(question)];
    std::vector<Moments> moments(p.cells);
    for (std::size_t e = 0; e < p.fine.size(); ++e)
        for (std::size_t a = 1; a < stride && a < points.size(); ++a)
            addMoments(moments[std::size_t(p.localOf[e])], sums[std::size_t(p.fine[e]) * stride + a], points[a]);
    std::vector<double> scratch;
    return standardError(p, moments.data(), nullptr, scratch);
}

std::vector<double> CalibratedDesign::scoreSe(const CalibratedGroup &group) const
{
    std::vector<double> se(m_questions.size(), Nan);
    const Plan &p = plan(group);
    std::vector<Moments> moments(p.cells);
    std::vector<double> scratch;
    for (std::size_t q = 0; q < m_questions.size(); ++q) {
        if (m_questions[q].type != QuestionType::Satisfaction4)
            continue;
        const std::vector<Moments> &perFine = p.table->scoreMoments[q];
        if (p.oneFinePerCell) { // the fine groups' moments as they are
            se[q] = standardError(p, perFine.data(), p.fine.data(), scratch);
            continue;
        }
        std::fill(moments.begin(), moments.end(), Moments());
        for (std::size_t e = 0; e < p.fine.size(); ++e) {
            const Moments &f = perFine[std::size_t(p.fine[e])];
            Moments &m = moments[std::size_t(p.localOf[e])];
            m.c0 += f.c0;
            m.c1 += f.c1;
            m.w0 += f.w0;
            m.w1 += f.w1;
            m.q0 += f.q0;
            m.q1 += f.q1;
            m.q2 += f.q2;
            m.m0 += f.m0;
            m.m1 += f.m1;
        }
        se[q] = standardError(p, moments.data(), nullptr, scratch);
    }
    return se;
}

double CalibratedDesign::scoreSe(int question, const CalibratedGroup &group) const
{
    if (question < 0 || question >= int(m_questions.size())
        || m_questions[std::size_t(question)].type != QuestionType::Satisfaction4)
        return Nan;
    const Plan &p = plan(group);
    const std::vector<Moments> &perFine = p.table->scoreMoments[std::size_t(question)];
    std::vector<Moments> moments(p.cells);
    for (std::size_t e = 0; e < p.fine.size(); ++e) {
        const Moments &f = perFine[std::size_t(p.fine[e])];
        Moments &m = moments[std::size_t(p.localOf[e])];
        m = {m.c0 + f.c0, m.c1 + f.c1, m.w0 + f.w0, m.w1 + f.w1, m.q0 + f.q0,
             m.q1 + f.q1, m.q2 + f.q2, m.m0 + f.m0, m.m1 + f.m1};
    }
    std::vector<double> scratch;
    return standardError(p, moments.data(), nullptr, scratch);
}

std::vector<double> CalibratedDesign::shareSe(int question, const CalibratedGroup &group) const
{
    if (question < 0 || question >= int(m_questions.size()))
        return {};
    const std::size_t options = std::size_t(m_questions[std::size_t(question)].optionCount);
    std::vector<double> se(options, Nan);
    const Plan &p = plan(group);
    const std::size_t stride = options + 1;
    const std::vector<Sums> &sums = p.table->sums[std::size_t(question)];
    // Per local cell: every valid answer, then each answer (stride apart).
    std::vector<Sums> perCell(p.cells * stride);
    for (std::size_t e = 0; e < p.fine.size(); ++e) {
        Sums *cell = perCell.data() + std::size_t(p.localOf[e]) * stride;
        for (std::size_t a = 1; a <= options; ++a) {
            const Sums &s = sums[std::size_t(p.fine[e]) * stride + a];
            cell[0] += s;
            cell[a] += s;
        }
    }
    // The share of answer a is the mean of its indicator. With two answers
    // the second's indicator is 1 minus the first's: the same error.
    std::vector<Moments> moments(p.cells);
    std::vector<double> scratch;
    for (std::size_t a = 1; a <= options; ++a) {
        if (options == 2 && a == 2) {
            se[1] = se[0];
            break;
        }
        for (std::size_t c = 0; c < p.cells; ++c) {
            const Sums &all = perCell[c * stride], &answer = perCell[c * stride + a];
            moments[c] = {all.rho, answer.rho, all.w, answer.w, all.w2, answer.w2, answer.w2, all.ww, answer.ww};
        }
        se[a - 1] = standardError(p, moments.data(), nullptr, scratch);
    }
    return se;
}
