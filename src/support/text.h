// Small text helpers shared by every stage.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kubus {

// Byte offset of the first invalid UTF-8 sequence, or nullopt when valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// Whether byte c continues a UTF-8 sequence (10xxxxxx) rather than starting a code point.
inline bool utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Number of code points in s (s must be valid UTF-8).
std::size_t utf8_length(std::string_view s);

// Byte offset of code point `n` (0-based) of valid UTF-8 `s`; s.size() when s
// has no more than n code points. Columns count code points: column c starts at
// utf8_offset(line, c - 1).
std::size_t utf8_offset(std::string_view s, std::size_t n);

// The byte offset of every code point of valid UTF-8 `s`, then s.size(): code
// point k is bytes [offsets[k], offsets[k + 1]).
std::vector<std::uint32_t> utf8_offsets(std::string_view s);

// Edit distance (Levenshtein, bytes), capped: returns cap+1 once it exceeds cap.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap);

// The candidate closest to `word` within a distance that scales with its length,
// ties broken by byte order; nullopt when nothing is close enough.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

// Decodes the escapes of a string literal given with its quotes.
std::string unescape(std::string_view quoted);

// Quotes s as a Kubus string literal.
std::string quote(std::string_view s);

// `s` with every byte for which `keep` is false written as `prefix` and two
// upper-case hex digits: "\\x" for showing bytes in a message, "%" for a URI.
std::string escape_bytes(std::string_view s, bool (*keep)(unsigned char), std::string_view prefix);

}  // namespace kubus
