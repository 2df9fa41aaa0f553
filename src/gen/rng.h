// The generator's PRNG: splitmix64 with integer-only mapping to ranges, so the same
// seed gives the same numbers on every platform and standard library.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace kubus::gen::detail {

// splitmix64: tiny, fast, well distributed, and fully specified by its arithmetic.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n); n == 0 yields 0. Multiply-shift mapping (no modulo bias
    // worth speaking of for the small n used here), defined by integer arithmetic.
    std::uint64_t below(std::uint64_t n) {
        return mul_high(next(), n);
    }

    // Uniform in [lo, hi], lo <= hi.
    std::uint64_t between(std::uint64_t lo, std::uint64_t hi) { return lo + below(hi - lo + 1); }

    // True with probability pct/100.
    bool percent(unsigned pct) { return below(100) < pct; }

    // Index drawn with the given integer weights.
    template <std::size_t K>
    std::size_t weighted(const std::array<unsigned, K>& w) {
        unsigned total = 0;
        for (unsigned x : w) total += x;
        auto r = static_cast<unsigned>(below(total));
        for (std::size_t i = 0; i < K; ++i) {
            if (r < w[i]) return i;
            r -= w[i];
        }
        return K - 1;
    }

private:
    // The high 64 bits of the 128-bit product a * b, in portable integer arithmetic.
    static std::uint64_t mul_high(std::uint64_t a, std::uint64_t b) {
        const std::uint64_t a_lo = a & 0xFFFFFFFFu, a_hi = a >> 32;
        const std::uint64_t b_lo = b & 0xFFFFFFFFu, b_hi = b >> 32;
        const std::uint64_t lo_lo = a_lo * b_lo;
        const std::uint64_t hi_lo = a_hi * b_lo;
        const std::uint64_t lo_hi = a_lo * b_hi;
        const std::uint64_t hi_hi = a_hi * b_hi;
        const std::uint64_t cross = (lo_lo >> 32) + (hi_lo & 0xFFFFFFFFu) + lo_hi;
        return hi_hi + (hi_lo >> 32) + (cross >> 32);
    }

    std::uint64_t state_;
};

// An independent stream per section: mixes the seed with a stream number.
inline Rng stream(std::uint64_t seed, std::uint64_t id) {
    Rng mix(seed ^ (id * 0xD1B54A32D192ED03ULL));
    return Rng(mix.next());
}

}  // namespace kubus::gen::detail
