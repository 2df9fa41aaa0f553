// bottleneck-component: a component that is an articulation point of the
// journey (touchpoints and components, linked by handoffs and `uses`): take it
// away and part of the journey falls apart. Sites: components used by two or
// more touchpoints (a component used once cannot separate anything).
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <algorithm>

#include "graph/block_tree.h"
#include "graph/passes.h"

namespace kubus::graph {

void find_bottleneck_components(const DependencyGraph& d, GapReport& r) {
  const model::Model& m = *d.model;
  const std::size_t tps = d.touchpoint_count();
  const std::size_t n = tps + (d.components.second - d.components.first);
  auto vertex = [&](model::Index e) {
    bool touchpoint = e >= d.touchpoints.first && e < d.touchpoints.second;
    return touchpoint ? e - d.touchpoints.first : tps + (e - d.components.first);
  };
  using Journey = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                        boost::property<boost::edge_index_t, std::size_t>, boost::no_property,
                                        boost::vecS>;
  // One undirected edge per linked pair: Boost leaves a second edge to a DFS
  // parent (a -> b beside b -> a) without a block, so parallel edges must go.
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  auto add = [&](model::Index a, model::Index b, model::Index) {
    if (a != b) pairs.push_back(std::minmax(vertex(a), vertex(b)));
  };
  d.each_edge(d.touchpoints, EdgeKind::Handoff, add);
  d.each_edge(d.touchpoints, EdgeKind::Uses, add);
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  Journey j(n);
  std::vector<std::size_t> degree(n, 0);
  std::size_t edges = 0;
  for (auto [a, b] : pairs) {
    boost::add_edge(a, b, edges++, j);
    ++degree[a];
    ++degree[b];
  }
  std::vector<std::size_t> block(edges);
  std::vector<std::size_t> cut_vertices;
  cut_vertices.reserve(n);
  auto blocks = boost::biconnected_components(
      j, boost::make_iterator_property_map(block.begin(), boost::get(boost::edge_index, j)),
      std::back_inserter(cut_vertices)).first;

  std::vector<Link> links;
  links.reserve(edges);
  for (auto [e, end] = boost::edges(j); e != end; ++e)
    links.push_back({boost::source(*e, j), boost::target(*e, j), block[boost::get(boost::edge_index, j, *e)]});
  // Touchpoints weigh one and carry their index, so a group's smallest index is its first ID.
  BlockTree tree(n, blocks, links, cut_vertices, [&](std::size_t v) { return v < tps; });

  std::size_t sites = 0;
  for (std::size_t v = tps; v < n; ++v) sites += degree[v] >= 2;
  for (std::size_t v : cut_vertices) {
    if (v < tps) continue;
    model::Index c = d.components.first + static_cast<model::Index>(v - tps);
    BottleneckEvidence evidence{degree[v], {}};
    for (const Group& g : tree.groups_around(v))
      evidence.separates.push_back({d.touchpoints.first + static_cast<model::Index>(g.first), g.weight});
    r.gaps.push_back(make_gap(m, GapKind::BottleneckComponent, {c}, std::move(evidence), m.entities[c].id_span));
  }
  r.sites[GapKind::BottleneckComponent] = sites;
}

}  // namespace kubus::graph
