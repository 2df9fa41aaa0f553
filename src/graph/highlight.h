// What the exports highlight: the vertices and handoffs that belong to a gap,
// with the kinds of the gaps they belong to.
#pragma once
#include <map>
#include <set>
#include <string>

#include "graph/gaps.h"
#include "graph/graph.h"
#include "support/escape.h"

namespace kubus::graph {

struct Highlights {
  std::map<model::Index, std::set<std::string>> vertices;  // entity -> gap kinds
  std::map<std::pair<model::Index, model::Index>, std::set<std::string>> handoffs;  // (from, to) -> gap kinds

  // "kind, kind" for a tooltip; empty when not highlighted.
  static std::string kinds(const std::set<std::string>& k);
};

Highlights highlights(const DependencyGraph& d, const GapReport& r);

// What a vertex is called on screen: its title, or its ID.
std::string label(const model::Model& m, model::Index e);

// The vertices per department cluster (by offset from departments.first): a
// role's department, a touchpoint owner's, a component's owner, the department
// itself; and the vertices that belong to none.
struct Clusters {
  std::vector<std::vector<Vertex>> members;
  std::vector<Vertex> loose;
};
Clusters clusters(const DependencyGraph& d);

}  // namespace kubus::graph
