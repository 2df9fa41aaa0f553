// What the exports highlight: the vertices and handoffs that belong to a gap
// no waiver takes out, with the kinds of the gaps they belong to.
#pragma once
#include <map>
#include <set>
#include <string>

#include "graph/gaps.h"
#include "graph/graph.h"
#include "support/escape.h"

namespace kubus::graph {

struct Highlights {
  using Kinds = std::set<schema::GapKind>;
  std::map<model::Index, Kinds> vertices;                            // entity -> gap kinds
  std::map<std::pair<model::Index, model::Index>, Kinds> handoffs;  // (from, to) -> gap kinds

  // "kind, kind" for a tooltip, the names in byte order; empty when not highlighted.
  static std::string kinds(const Kinds& k);
};

Highlights highlights(const DependencyGraph& d, const GapReport& r);

// Whether the drawings show an edge of this kind: a department's cluster shows
// its roles and components instead of an edge to each.
constexpr bool drawn(EdgeKind k) { return k != EdgeKind::MemberOf && k != EdgeKind::OwnedBy; }

// What a vertex is called on screen: its title (unescaped), or its ID.
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
