// SHA-256 (FIPS 180-4), for the matrix hash a report records so that history
// can tell which matrix a score was computed with. None of our dependencies
// offers one (Boost 1.74 has only SHA-1), and it is small.
#pragma once
#include <string>
#include <string_view>

namespace kubus {

// The digest of `data` as 64 lowercase hex digits.
std::string sha256_hex(std::string_view data);

}  // namespace kubus
