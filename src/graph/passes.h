// The six gap passes of ENGINE.md §2, one per file. Each reads the shared
// dependency graph, appends its gaps (in any order) and records its sites.
#pragma once
#include "graph/gaps.h"
#include "graph/graph.h"

namespace kubus::graph {

using schema::GapKind;

void find_uncovered_handoffs(const DependencyGraph& d, GapReport& r);
void find_ping_pong(const DependencyGraph& d, GapReport& r);
void find_island_implementations(const DependencyGraph& d, GapReport& r);
void find_context_breaks(const DependencyGraph& d, GapReport& r);
void find_isolated_departments(const DependencyGraph& d, GapReport& r);
void find_bottleneck_components(const DependencyGraph& d, GapReport& r);

// A gap of the member entities whose ID is the kind and their IDs: `kind:a->b`
// for a handoff's two ends, `kind:a,b,c` otherwise.
Gap make_gap(const model::Model& m, schema::GapKind kind, std::vector<model::Index> members, Evidence evidence, Span span,
             bool handoff = false);

}  // namespace kubus::graph
