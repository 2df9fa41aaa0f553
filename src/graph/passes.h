// The six gap passes of ENGINE.md §2, one per file. Each reads the shared
// dependency graph, appends its gaps (in any order) and records its sites.
#pragma once
#include "graph/gaps.h"
#include "graph/graph.h"

namespace kubus::graph {

void find_uncovered_handoffs(const DependencyGraph& d, GapReport& r);
void find_ping_pong(const DependencyGraph& d, GapReport& r);
void find_island_implementations(const DependencyGraph& d, GapReport& r);
void find_context_breaks(const DependencyGraph& d, GapReport& r);
void find_isolated_departments(const DependencyGraph& d, GapReport& r);
void find_bottleneck_components(const DependencyGraph& d, GapReport& r);

// A gap whose ID is the kind and its members: `kind:a->b` for a handoff's two
// ends, `kind:a,b,c` otherwise.
Gap make_gap(std::string kind, std::vector<std::string> members, nlohmann::json evidence, Span span,
             bool handoff = false);

// The IDs of entities, in index order (which is ID order within a kind).
std::vector<std::string> ids(const DependencyGraph& d, const std::vector<model::Index>& entities);

// The ID of an entity, or null for kNone.
nlohmann::json id_or_null(const DependencyGraph& d, model::Index i);

}  // namespace kubus::graph
