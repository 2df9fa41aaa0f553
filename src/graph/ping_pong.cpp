// ping-pong: a set of touchpoints the handoffs lead round in a circle,
// spanning two or more departments. Sites: every such circle (a strongly
// connected set of two or more touchpoints), within one department or not.
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <set>

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
  boost::filtered_graph<BoostGraph, HandoffsOnly> handoffs(d.g, HandoffsOnly{&d.g});
  std::vector<std::size_t> component(boost::num_vertices(d.g));
  std::size_t n = boost::strong_components(
      handoffs, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, handoffs)));
  // Touchpoint vertices come first and in ID order, so members come out sorted.
  std::vector<std::vector<model::Index>> members(n);
  for (model::Index t = d.touchpoints.first; t < d.touchpoints.second; ++t)
    members[component[d.vertex_of[t]]].push_back(t);
  std::vector<std::vector<std::string>> handoffs_in(n);
  for (const model::Handoff& h : m.handoffs)
    if (h.from != h.to && component[d.vertex_of[h.from]] == component[d.vertex_of[h.to]])
      handoffs_in[component[d.vertex_of[h.from]]].push_back(handoff_name(m, h));
  std::size_t sites = 0;
  for (std::size_t c = 0; c < n; ++c) {
    if (members[c].size() < 2) continue;
    ++sites;
    std::set<std::string> departments;
    for (model::Index t : members[c])
      if (d.department_of(t) != model::kNone) departments.insert(d.id(d.department_of(t)));
    if (departments.size() < 2) continue;
    nlohmann::json evidence = {{"departments", departments}, {"handoffs", handoffs_in[c]}};
    r.gaps.push_back(make_gap("ping-pong", ids(d, members[c]), std::move(evidence), d.entity(members[c].front()).id_span));
  }
  r.sites["ping-pong"] = sites;
}

}  // namespace kubus::graph
