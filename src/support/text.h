// Small text helpers shared by every stage.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kubus {

// Byte offset of the first invalid UTF-8 sequence, or nullopt when valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// Number of code points in s (s must be valid UTF-8).
std::size_t utf8_length(std::string_view s);

// Edit distance (Levenshtein, bytes), capped: returns cap+1 once it exceeds cap.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap);

// The candidate closest to `word` within a distance that scales with its length,
// ties broken by byte order; nullopt when nothing is close enough.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

// Decodes the escapes of a string literal given with its quotes.
std::string unescape(std::string_view quoted);

// Quotes s as a Kubus string literal.
std::string quote(std::string_view s);

// x rounded to a whole number with thousands separators: "250,000".
std::string thousands(double x);

// `s` with every byte for which `keep` is false written as `prefix` and two
// upper-case hex digits: "\\x" for showing bytes in a message, "%" for a URI.
std::string escape_bytes(std::string_view s, bool (*keep)(unsigned char), std::string_view prefix);

}  // namespace kubus
