// Internal to the syntax module: the first byte of a text that is one of a few
// given characters, sixteen bytes at a time where the target has SSE2 (every
// x86-64), else byte by byte.
//
// Hand-written because the library's equivalents do not fit: strcspn reads up
// to a NUL, so each call looks at the rest of the file (under AddressSanitizer's
// strict_string_checks that made the chunker quadratic), and memchr takes one
// character. The search never reads past the end of the view.
#pragma once
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kubus::syntax {

// The offset of the first byte at or after `i` that equals one of Cs, or
// t.size(); `ascii` is cleared when a byte before it is not ASCII. Inlined so that
// the sixteen-byte copies of Cs are made once per calling loop, not once per
// call: most calls find their byte within the first sixteen.
template <char... Cs>
[[gnu::always_inline]] inline std::size_t find_any(std::string_view t, std::size_t i, bool& ascii) {
#if defined(__SSE2__)
  for (; i + 16 <= t.size(); i += 16) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    __m128i hit = _mm_setzero_si128();
    ((hit = _mm_or_si128(hit, _mm_cmpeq_epi8(bytes, _mm_set1_epi8(Cs)))), ...);
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    auto high = static_cast<unsigned>(_mm_movemask_epi8(bytes));  // the bytes >= 0x80
    if (mask != 0) {
      if ((high & ((mask & -mask) - 1)) != 0) ascii = false;
      return i + static_cast<std::size_t>(__builtin_ctz(mask));
    }
    if (high != 0) ascii = false;
  }
#endif
  for (; i < t.size(); ++i) {
    if (((t[i] == Cs) || ...)) return i;
    if (static_cast<unsigned char>(t[i]) >= 0x80) ascii = false;
  }
  return t.size();
}

// The same without the ASCII test, which the compiler then leaves out.
template <char... Cs>
[[gnu::always_inline]] inline std::size_t find_any(std::string_view t, std::size_t i) {
  bool ascii = true;
  return find_any<Cs...>(t, i, ascii);
}

}  // namespace kubus::syntax
