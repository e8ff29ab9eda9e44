#pragma once

#include <cstdint>

namespace demo {

/// Latent values are fixed-point integers: LatentScale units per standard
/// deviation. Integer arithmetic keeps the demo file byte-identical on every
/// platform and compiler (no libm, no FMA contraction, no extended precision).
constexpr int LatentScale = 1024;

/// xoshiro256** seeded through splitmix64: small, fast, and specified to the
/// bit, unlike the distributions of <random> whose output differs between
/// standard libraries.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
    {
        for (std::uint64_t &s : m_state)
            s = splitMix(seed);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, n) for small n (the modulo bias is below 2^-40).
    int below(int n) { return int((next() >> 24) % std::uint64_t(n)); }

    /// True with probability permille / 1000.
    bool chance(int permille) { return below(1000) < permille; }

    /// An approximately standard normal value in LatentScale units: the
    /// Irwin-Hall sum of the four 16-bit uniforms of one draw, centred and
    /// scaled (its variance is 4/12, hence the factor sqrt(3)). Bounded by
    /// +-3.46 sd, which suits answers on a 4-point scale; one draw per value
    /// keeps the 2.2 million values of the demo fast even in debug builds.
    std::int32_t normal()
    {
        const std::uint64_t bits = next();
        const std::int64_t sum = std::int64_t(bits & 0xFFFF) + std::int64_t((bits >> 16) & 0xFFFF)
                                 + std::int64_t((bits >> 32) & 0xFFFF) + std::int64_t(bits >> 48);
        constexpr std::int64_t Mean = 2 * 0xFFFF;
        constexpr std::int64_t Sqrt3Scaled = 1774; // LatentScale * sqrt(3)
        return std::int32_t((sum - Mean) * Sqrt3Scaled / (std::int64_t(1) << 16));
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t &state)
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4];
};

/// a * x in LatentScale fixed point, where a is a coefficient in 1/LatentScale.
constexpr std::int32_t scaled(int coefficient, std::int32_t value)
{
    return std::int32_t(std::int64_t(coefficient) * value / LatentScale);
}

} // namespace demo
