// The three kinds of matrix criterion (ENGINE.md §1) and the words they are
// written with, in a matrix (`{rule: ID}`), a catalogue's `fixes`, criterion
// keys ("rule:ID") and every report: one enumerator per kind, one name table.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "support/name_table.h"

namespace kubus::config {

enum class CriterionKind : std::uint8_t { Rule, Gap, Observed };

struct CriterionKindName {
  CriterionKind kind;
  std::string_view name;
};

// Every kind, in the order a matrix's criterion forms are described ("rule, gap or observed").
inline constexpr std::array<CriterionKindName, 3> kCriterionKinds = {{
    {CriterionKind::Rule, "rule"},
    {CriterionKind::Gap, "gap"},
    {CriterionKind::Observed, "observed"},
}};

static_assert(in_enum_order(kCriterionKinds, &CriterionKindName::kind),
              "kCriterionKinds lists the kinds in enumerator order");

constexpr std::string_view name_of(CriterionKind k) { return kCriterionKinds[static_cast<std::size_t>(k)].name; }

// The kind a word stands for; nullopt for any other word.
constexpr std::optional<CriterionKind> parse_criterion_kind(std::string_view name) {
  return find_word(kCriterionKinds, &CriterionKindName::kind, &CriterionKindName::name, name);
}

// "kind:ref" ("rule:touchpoint-has-owner"): how reports name a criterion, and
// the key the catalogue's fixes and the planner match matrix criteria by.
inline std::string criterion_key(CriterionKind kind, std::string_view ref) {
  std::string key(name_of(kind));
  key += ':';
  key += ref;
  return key;
}

}  // namespace kubus::config
