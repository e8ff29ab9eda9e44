#include "quantile.h"

#include <algorithm>
#include <cmath>
#include <limits>

double quantileType7(std::vector<double> values, double p)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const double h = double(values.size() - 1) * std::clamp(p, 0.0, 1.0);
    const std::size_t lo = std::size_t(std::floor(h));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - double(lo)) * (values[hi] - values[lo]);
}
