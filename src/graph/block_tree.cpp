#include "graph/block_tree.h"

#include <algorithm>
#include <utility>

namespace kubus::graph {

BlockTree::BlockTree(std::size_t vertices, std::size_t blocks, const std::vector<Link>& links,
                     const std::vector<std::size_t>& cut_vertices, const std::function<bool(std::size_t)>& weighs)
    : cut_node_(vertices, kNone) {
  // Nodes: the blocks, then one per cut vertex.
  const std::size_t nodes = blocks + cut_vertices.size();
  for (std::size_t k = 0; k < cut_vertices.size(); ++k) cut_node_[cut_vertices[k]] = blocks + k;
  std::vector<std::pair<std::size_t, std::size_t>> tree_edges;
  std::vector<std::size_t> home(vertices, kNone);  // the node a vertex's weight goes to
  for (const Link& l : links)
    for (std::size_t x : {l.u, l.v}) {
      if (cut_node_[x] == kNone) home[x] = l.block;
      else {
        home[x] = cut_node_[x];
        tree_edges.emplace_back(cut_node_[x], l.block);
        tree_edges.emplace_back(l.block, cut_node_[x]);
      }
    }
  std::sort(tree_edges.begin(), tree_edges.end());
  tree_edges.erase(std::unique(tree_edges.begin(), tree_edges.end()), tree_edges.end());
  start_.assign(nodes + 1, 0);
  for (const auto& e : tree_edges) ++start_[e.first + 1];
  for (std::size_t i = 0; i < nodes; ++i) start_[i + 1] += start_[i];
  adjacent_.reserve(tree_edges.size());
  for (const auto& e : tree_edges) adjacent_.push_back(e.second);

  own_weight_.assign(nodes, 0);
  own_min_.assign(nodes, kNone);
  for (std::size_t x = 0; x < vertices; ++x)
    if (home[x] != kNone && weighs(x)) {
      ++own_weight_[home[x]];
      own_min_[home[x]] = std::min(own_min_[home[x]], x);
    }
  parent_.assign(nodes, kNone);
  root_.assign(nodes, kNone);
  tin_.assign(nodes, 0);
  count_.assign(nodes, 1);
  weight_ = own_weight_;
  min_ = own_min_;
  order_.reserve(nodes);
  for (std::size_t n = 0; n < nodes; ++n)
    if (root_[n] == kNone) walk(n);
  prefix_min_.resize(nodes);
  suffix_min_.resize(nodes);
  for (std::size_t i = 0; i < nodes; ++i) {
    std::size_t n = order_[i];
    prefix_min_[i] = root_[n] == n ? own_min_[n] : std::min(prefix_min_[i - 1], own_min_[n]);
  }
  for (std::size_t i = nodes; i-- > 0;) {
    std::size_t n = order_[i], r = root_[n];
    bool last = i + 1 == tin_[r] + count_[r];
    suffix_min_[i] = last ? own_min_[n] : std::min(suffix_min_[i + 1], own_min_[n]);
  }
}

// Iterative depth-first walk (journeys can be long chains): entry order, and
// per node the size, weight and smallest weighed vertex of its subtree.
void BlockTree::walk(std::size_t root) {
  std::vector<std::pair<std::size_t, std::size_t>> stack{{root, start_[root]}};
  root_[root] = root;
  tin_[root] = order_.size();
  order_.push_back(root);
  while (!stack.empty()) {
    auto& [n, next] = stack.back();
    if (next < start_[n + 1]) {
      std::size_t child = adjacent_[next++];
      if (root_[child] != kNone) continue;
      root_[child] = root;
      parent_[child] = n;
      tin_[child] = order_.size();
      order_.push_back(child);
      stack.emplace_back(child, start_[child]);
      continue;
    }
    std::size_t done = n;
    stack.pop_back();
    if (std::size_t p = parent_[done]; p != kNone) {
      count_[p] += count_[done];
      weight_[p] += weight_[done];
      min_[p] = std::min(min_[p], min_[done]);
    }
  }
}

std::vector<Group> BlockTree::groups_around(std::size_t v) const {
  std::vector<Group> out;
  const std::size_t a = cut_node_[v];
  if (a == kNone) return out;
  for (std::size_t i = start_[a]; i < start_[a + 1]; ++i) {
    std::size_t b = adjacent_[i];
    if (parent_[b] == a) {
      out.push_back({min_[b], weight_[b]});
      continue;
    }
    // The parent's side: the whole tree except this node's subtree.
    const std::size_t r = root_[a], begin = tin_[r], end = tin_[r] + count_[r];
    const std::size_t sub_begin = tin_[a], sub_end = tin_[a] + count_[a];
    std::size_t first = kNone;
    if (sub_begin > begin) first = std::min(first, prefix_min_[sub_begin - 1]);
    if (sub_end < end) first = std::min(first, suffix_min_[sub_end]);
    out.push_back({first, weight_[r] - weight_[a]});
  }
  out.erase(std::remove_if(out.begin(), out.end(), [](const Group& g) { return g.weight == 0; }), out.end());
  std::sort(out.begin(), out.end(), [](const Group& x, const Group& y) { return x.first < y.first; });
  return out;
}

}  // namespace kubus::graph
