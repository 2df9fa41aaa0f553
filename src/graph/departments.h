// The silo picture at department level: departments as nodes (with the
// touchpoints they own), the handoffs between them aggregated into edges, and
// the gaps that lie on each. A small named pass over the analysis, computed
// once from its data (graph::Analysis keeps it): the report's overview diagram (HTML and Mermaid) draws
// it, and nothing reads it back from a drawing.
#pragma once
#include <array>
#include <cstddef>
#include <vector>

#include "graph/gaps.h"
#include "graph/graph.h"

namespace kubus::graph {

// Gaps per kind (schema::kGapKinds order); waived gaps are not counted.
using GapCounts = std::array<std::size_t, schema::kGapKinds.size()>;
std::size_t total(const GapCounts& c);

struct DepartmentNode {
  model::Index department = model::kNone;  // kNone: the touchpoints whose owner has no department, or `folded` ones
  std::size_t folded = 0;                  // > 0: this node stands for that many departments (fold_departments)
  std::size_t touchpoints = 0;             // the touchpoints its roles own
  std::size_t internal_handoffs = 0;       // handoffs between two of its touchpoints
  // The gaps that lie in the department itself: isolated-department, an island
  // implementation it takes part in, a bottleneck component it owns, a context
  // break on one of its internal handoffs.
  GapCounts gaps{};
};

struct DepartmentEdge {
  std::size_t from = 0, to = 0;  // positions in DepartmentOverview::nodes
  std::size_t handoffs = 0;      // handoffs from a touchpoint of `from` to one of `to`
  // Per kind: uncovered handoffs and context breaks on those handoffs, and the
  // ping-pong circles that use one of them (each circle once per edge).
  GapCounts gaps{};
};

struct DepartmentOverview {
  std::vector<DepartmentNode> nodes;  // every department in model order, then the no-department node if it has touchpoints
  std::vector<DepartmentEdge> edges;  // crossing handoffs only, sorted by (from, to)
};

// The overview cut to the `keep` departments with the most gaps, in them or
// on their links (then the most touchpoints, then model order), the rest
// folded into one last node whose edges, handoffs and gaps are theirs added up. Unchanged when it has no
// more than keep + 1 nodes. For a drawing that must stay legible.
DepartmentOverview fold_departments(const DepartmentOverview& o, std::size_t keep);

// The edges a drawing keeps, as positions in o.edges in their order: those
// with the most gaps, then the most handoffs, at most `limit`.
std::vector<std::size_t> strongest_edges(const DepartmentOverview& o, std::size_t limit);

// Run once by graph::analyse, after the waivers are applied: waived gaps are not counted.
DepartmentOverview department_overview(const DependencyGraph& d, const GapReport& r);

}  // namespace kubus::graph
