// What every enum's name table needs: its rows in enumerator order, checked
// when compiling, and the enumerator a word names. A table is a std::array of
// rows with one member for the enumerator and one per word it is written as
// (GapKind, CriterionKind, Severity).
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace kubus {

// Whether row i holds the enumerator with value i, so that a lookup by
// enumerator is an index.
template <class Row, std::size_t N, class E>
constexpr bool in_enum_order(const std::array<Row, N>& table, E Row::*key) {
  for (std::size_t i = 0; i < N; ++i)
    if (static_cast<std::size_t>(table[i].*key) != i) return false;
  return true;
}

// The enumerator whose `word` member is `w`; nullopt for any other word.
template <class Row, std::size_t N, class E>
constexpr std::optional<E> find_word(const std::array<Row, N>& table, E Row::*key, std::string_view Row::*word,
                                     std::string_view w) {
  for (const auto& row : table)
    if (row.*word == w) return row.*key;
  return std::nullopt;
}

}  // namespace kubus
