// The silo-gap kinds of ENGINE.md §2: one enumerator per kind and one name
// table. The matrix, the catalogue, the graph passes and every report use these;
// a gap kind is never spelt as a string anywhere else.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/name_table.h"

namespace kubus::schema {

// In the order reports list them: an enumerator's value is its place in that order.
enum class GapKind : std::uint8_t {
  UncoveredHandoff,
  PingPong,
  IslandImplementation,
  ContextBreak,
  IsolatedDepartment,
  BottleneckComponent,
};

struct GapKindName {
  GapKind kind;
  std::string_view name;  // as written in matrices, catalogues, gap IDs and reports
};

// Every kind, in the order reports list them.
inline constexpr std::array<GapKindName, 6> kGapKinds = {{
    {GapKind::UncoveredHandoff, "uncovered-handoff"},
    {GapKind::PingPong, "ping-pong"},
    {GapKind::IslandImplementation, "island-implementation"},
    {GapKind::ContextBreak, "context-break"},
    {GapKind::IsolatedDepartment, "isolated-department"},
    {GapKind::BottleneckComponent, "bottleneck-component"},
}};

static_assert(in_enum_order(kGapKinds, &GapKindName::kind), "kGapKinds lists the kinds in enumerator order");

constexpr std::string_view name_of(GapKind k) { return kGapKinds[static_cast<std::size_t>(k)].name; }

// The kind a name stands for; nullopt for a name that is no gap kind.
constexpr std::optional<GapKind> parse_gap_kind(std::string_view name) {
  return find_word(kGapKinds, &GapKindName::kind, &GapKindName::name, name);
}

// Every name, in report order: for did-you-mean help and "the kinds are ..." lists.
inline std::vector<std::string> gap_kind_names() {
  std::vector<std::string> out;
  for (const auto& k : kGapKinds) out.emplace_back(k.name);
  return out;
}

}  // namespace kubus::schema
