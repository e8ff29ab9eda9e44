#pragma once

#include <vector>

/// Sample quantile as R's quantile(x, p, type = 7), its default: with the
/// values sorted, h = (n − 1) p and x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
/// NaN when values is empty.
double quantileType7(std::vector<double> values, double p);

/// quantileType7(values, 0.5): the ordinary median.
inline double median(std::vector<double> values)
{
    return quantileType7(std::move(values), 0.5);
}
