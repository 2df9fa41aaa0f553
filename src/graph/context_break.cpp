// context-break: a handoff after which the next touchpoint cannot see the
// customer history the previous one had: "de klant moet opnieuw zijn verhaal
// doen". Sites: every handoff.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include "graph/passes.h"

namespace kubus::graph {

void find_context_breaks(const DependencyGraph& d, GapReport& r) {
  const model::Model& m = *d.model;
  // Components linked by `integrates`, in either direction and through any
  // component: one group shares one history.
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected links(d.components.second - d.components.first);
  d.each_edge(d.components, EdgeKind::Integrates, [&](model::Index a, model::Index b, model::Index) {
    boost::add_edge(a - d.components.first, b - d.components.first, links);
  });
  std::vector<std::size_t> group(boost::num_vertices(links));
  if (!group.empty()) boost::connected_components(links, group.data());

  auto groups_of = [&](model::Index t) {
    std::vector<std::size_t> out;
    for (model::Index c : d.history[t - d.touchpoints.first]) out.push_back(group[c - d.components.first]);
    std::sort(out.begin(), out.end());
    return out;
  };
  // Each touchpoint's side of the evidence, made once: most touchpoints sit in several breaks.
  std::vector<nlohmann::json> sides(d.touchpoint_count());
  auto side = [&](model::Index t) -> const nlohmann::json& {
    nlohmann::json& s = sides[t - d.touchpoints.first];
    if (s.is_null())
      s = {{"department", id_or_null(d, d.department_of(t))},
           {"uses", ids(d, d.uses[t - d.touchpoints.first])},
           {"customer-history", ids(d, d.history[t - d.touchpoints.first])}};
    return s;
  };
  for (const model::Handoff& h : m.handoffs) {
    auto a = groups_of(h.from), b = groups_of(h.to);
    std::vector<std::size_t> shared;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
    if (!shared.empty()) continue;
    nlohmann::json evidence = {{"from", side(h.from)}, {"to", side(h.to)}};
    r.gaps.push_back(make_gap("context-break", {d.id(h.from), d.id(h.to)}, std::move(evidence), h.span, true));
  }
  r.sites["context-break"] = m.handoffs.size();
}

}  // namespace kubus::graph
