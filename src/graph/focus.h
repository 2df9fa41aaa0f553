// What a small diagram of one gap shows: the touchpoints and components the
// gap is about, with the departments they belong to, and no more than fits a
// legible drawing. Chosen on the analysis's data; a gap of 200 touchpoints is
// cut to its first members and says how many it leaves out.
#pragma once
#include <cstddef>
#include <vector>

#include "graph/analysis.h"

namespace kubus::graph {

struct Focus {
  // The touchpoints and components drawn, gap members first, then what they
  // need for context (the components either side of a context break uses, a
  // bottleneck's users), each group sorted by entity index.
  std::vector<model::Index> vertices;
  std::vector<bool> member;                 // parallel to `vertices`: part of the gap itself
  std::vector<model::Index> departments;    // the departments of the drawn vertices (and an isolated one), sorted
  std::vector<model::Index> handoffs;       // handoffs between drawn touchpoints, by index into Model::handoffs
  std::vector<bool> gap_handoff;            // parallel to `handoffs`: the gap lies on it
  std::vector<std::pair<model::Index, model::Index>> uses;  // drawn touchpoint -> drawn component
  std::size_t left_out = 0;                 // touchpoints and components of the gap not drawn
};

// The focus of gap `g` of `a`, at most `max_vertices` touchpoints and components (at least the first two).
Focus focus(const Analysis& a, const Gap& g, std::size_t max_vertices);

}  // namespace kubus::graph
