// The block-cut tree of an undirected graph, from the blocks Boost's
// biconnected_components assigns to edges: what each cut vertex separates, for
// every cut vertex in linear time overall (removing each and recounting would
// be quadratic on large models).
#pragma once
#include <cstddef>
#include <functional>
#include <vector>

namespace kubus::graph {

struct Link {
  std::size_t u = 0, v = 0, block = 0;  // an edge and the block it belongs to
};

struct Group {
  std::size_t first = 0;   // the smallest weighed vertex in it
  std::size_t weight = 0;  // how many weighed vertices it holds
};

class BlockTree {
 public:
  BlockTree(std::size_t vertices, std::size_t blocks, const std::vector<Link>& links,
            const std::vector<std::size_t>& cut_vertices, const std::function<bool(std::size_t)>& weighs);

  // The groups that fall apart when cut vertex v is removed, those holding a
  // weighed vertex only, sorted by `first`.
  std::vector<Group> groups_around(std::size_t v) const;

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  void walk(std::size_t root);

  std::vector<std::size_t> cut_node_;          // vertex -> its tree node, for cut vertices
  std::vector<std::size_t> start_, adjacent_;  // tree adjacency (compressed rows)
  std::vector<std::size_t> own_weight_, own_min_;
  std::vector<std::size_t> parent_, root_, tin_, count_, weight_, min_;
  std::vector<std::size_t> order_, prefix_min_, suffix_min_;
};

}  // namespace kubus::graph
