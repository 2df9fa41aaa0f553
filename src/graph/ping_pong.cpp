// ping-pong: a set of touchpoints the handoffs lead round in a circle,
// spanning two or more departments. Sites: every such circle (a strongly
// connected set of two or more touchpoints), within one department or not.
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <algorithm>

#include "graph/passes.h"

namespace kubus::graph {
namespace {

struct HandoffsOnly {
  const BoostGraph* g = nullptr;
  bool operator()(boost::graph_traits<BoostGraph>::edge_descriptor e) const { return (*g)[e].kind == EdgeKind::Handoff; }
};

}  // namespace

void find_ping_pong(const DependencyGraph& d, GapReport& r) {
  const model::Model& m = *d.model;
  boost::filtered_graph<BoostGraph, HandoffsOnly> handoffs(d.g(), HandoffsOnly{&d.g()});
  std::vector<std::size_t> component(boost::num_vertices(d.g()));
  std::size_t n = boost::strong_components(
      handoffs, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, handoffs)));
  // Touchpoint vertices come first and in ID order, so members come out sorted.
  std::vector<std::vector<model::Index>> members(n);
  for (model::Index t = d.touchpoints.first; t < d.touchpoints.second; ++t)
    members[component[d.vertex_of[t]]].push_back(t);
  std::vector<std::vector<model::Index>> handoffs_in(n);
  for (model::Index h = 0; h < m.handoffs.size(); ++h) {
    const model::Handoff& ho = m.handoffs[h];
    if (ho.from != ho.to && component[d.vertex_of[ho.from]] == component[d.vertex_of[ho.to]])
      handoffs_in[component[d.vertex_of[ho.from]]].push_back(h);
  }
  std::size_t sites = 0;
  for (std::size_t c = 0; c < n; ++c) {
    if (members[c].size() < 2) continue;
    ++sites;
    // Departments in index order, which is ID order.
    std::vector<model::Index> departments;
    for (model::Index t : members[c])
      if (d.department_of(t) != model::kNone) departments.push_back(d.department_of(t));
    std::sort(departments.begin(), departments.end());
    departments.erase(std::unique(departments.begin(), departments.end()), departments.end());
    if (departments.size() < 2) continue;
    Span span = d.entity(members[c].front()).id_span;
    r.gaps.push_back(make_gap(m, GapKind::PingPong, std::move(members[c]),
                              PingPongEvidence{std::move(departments), std::move(handoffs_in[c])}, span));
  }
  r.sites[GapKind::PingPong] = sites;
}

}  // namespace kubus::graph
