// Small text helpers shared by every stage.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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

// closest() over one set of names for many searches (the IDs of a large model,
// one search per unknown reference): each search scores at most kNearby names,
// so its cost does not grow with the set. A set that small is searched whole;
// in a larger one, the names nearest the word in sorted order (a shared start)
// and in sorted order of the reversed names (a shared end), which is where a
// typo's intended name sits. Repeated words are answered from a memo.
class NameIndex {
 public:
  static constexpr std::size_t kNearby = 64;

  explicit NameIndex(std::vector<std::string> names);
  std::optional<std::string> closest(std::string_view word) const;

 private:
  std::vector<std::string> names_;          // sorted, unique
  std::vector<std::uint32_t> by_end_;       // indices into names_, sorted by the reversed name
  mutable std::unordered_map<std::string, std::optional<std::string>> memo_;
};

// Byte offset (in `literal`) of the first backslash that starts no escape of
// the language (\", \\, \n, \t), or nullopt when there is none.
std::optional<std::size_t> find_unknown_escape(std::string_view literal);

// Decodes the escapes of a string literal given with its quotes.
std::string unescape(std::string_view quoted);

// Text that views point into, at a stable address for the store's lifetime.
class StringStore {
 public:
  std::string_view keep(std::string s) { return strings_.emplace_back(std::move(s)); }

 private:
  std::deque<std::string> strings_;
};

// A string literal (with its quotes) as the text it stands for, decoded once
// when the model or a rule is loaded: a view of the literal itself when it has
// no escape, else of its decoded copy in `store`. Every later stage sees only
// decoded text, so `"a \"b\""` shows as a "b" everywhere.
std::string_view decoded(std::string_view literal, StringStore& store);

// Quotes s as a Kubus string literal.
std::string quote(std::string_view s);

// x rounded to a whole number with thousands separators: "250,000".
std::string thousands(double x);

// `s` with every byte for which `keep` is false written as `prefix` and two
// upper-case hex digits: "\\x" for showing bytes in a message, "%" for a URI.
std::string escape_bytes(std::string_view s, bool (*keep)(unsigned char), std::string_view prefix);

// `s` without leading and trailing ASCII white space (space, tab, CR, LF).
std::string_view trim(std::string_view s);

// `s` with ASCII letters in lower case; other bytes as they are.
std::string ascii_lower(std::string_view s);

// Whether `s` is a real calendar date written YYYY-MM-DD.
bool valid_date(std::string_view s);

}  // namespace kubus
