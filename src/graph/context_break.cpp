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

  // Per touchpoint, the sorted groups of the history it sees, in one array
  // (touchpoint i's are groups_of[start[i], start[i + 1])): made once, as most
  // touchpoints take part in several handoffs.
  const std::size_t n = d.touchpoint_count();
  std::vector<std::size_t> start(n + 1, 0), groups_of;
  for (std::size_t i = 0; i < n; ++i) {
    for (model::Index c : d.history[i]) groups_of.push_back(group[c - d.components.first]);
    start[i + 1] = groups_of.size();
    std::sort(groups_of.begin() + static_cast<std::ptrdiff_t>(start[i]), groups_of.end());
  }
  auto shares = [&](model::Index a, model::Index b) {
    auto i = groups_of.begin() + static_cast<std::ptrdiff_t>(start[a - d.touchpoints.first]);
    auto i_end = groups_of.begin() + static_cast<std::ptrdiff_t>(start[a - d.touchpoints.first + 1]);
    auto j = groups_of.begin() + static_cast<std::ptrdiff_t>(start[b - d.touchpoints.first]);
    auto j_end = groups_of.begin() + static_cast<std::ptrdiff_t>(start[b - d.touchpoints.first + 1]);
    while (i != i_end && j != j_end) {
      if (*i == *j) return true;
      if (*i < *j) ++i;
      else ++j;
    }
    return false;
  };
  for (model::Index hi = 0; hi < m.handoffs.size(); ++hi) {
    const model::Handoff& h = m.handoffs[hi];
    if (shares(h.from, h.to)) continue;
    r.gaps.push_back(make_gap(m, GapKind::ContextBreak, {h.from, h.to}, ContextBreakEvidence{hi}, h.span, true));
  }
  r.sites[GapKind::ContextBreak] = m.handoffs.size();
}

}  // namespace kubus::graph
