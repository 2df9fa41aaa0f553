// Internal to src/plan: the `after` graph of initiatives (and of the tasks
// chosen from them), walked one way everywhere. Nodes are 0..n-1 in ID order;
// `deps(i)` lists the nodes node i waits for. Every walk is iterative, so a long
// chain of `after` links cannot exhaust the stack.
#pragma once
#include <algorithm>
#include <cstddef>
#include <vector>

namespace kubus::plan::detail {

// Every node reachable from `seeds` through `deps`, the seeds included, in
// ascending order. Nodes marked in `stop` are neither included nor followed.
template <class Deps>
std::vector<int> closure(std::size_t n, const Deps& deps, const std::vector<int>& seeds,
                         const std::vector<char>& stop = {}) {
  std::vector<char> in(n, 0);
  std::vector<int> out, stack = seeds;
  while (!stack.empty()) {
    int x = stack.back();
    stack.pop_back();
    if (in[x] || (!stop.empty() && stop[x])) continue;
    in[x] = 1;
    out.push_back(x);
    for (int d : deps(x)) stack.push_back(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// `members` (ascending) with every dependency first: sweeps in ascending order
// take each member whose dependencies are all placed (`placed` marks nodes
// placed before), until a sweep takes none. Members of an `after` cycle can
// never be placed; they come last, in ascending order.
template <class Deps>
std::vector<int> dependency_order(const Deps& deps, const std::vector<int>& members, std::vector<char> placed) {
  std::vector<int> out;
  for (bool progress = true; progress && out.size() < members.size();) {
    progress = false;
    for (int x : members) {
      if (placed[x]) continue;
      const auto& ds = deps(x);
      if (std::all_of(ds.begin(), ds.end(), [&](int d) { return placed[d] != 0; })) {
        placed[x] = 1;
        out.push_back(x);
        progress = true;
      }
    }
  }
  for (int x : members)
    if (!placed[x]) out.push_back(x);
  return out;
}

// One cycle of the graph: the edge deps(from)[edge] leads back to a node on
// the current path; `path` runs from that node to `from`.
struct Cycle {
  int from = 0;
  std::size_t edge = 0;
  std::vector<int> path;
};

// The back edges of a depth-first search that starts at each unvisited node in
// ascending order and follows edges in list order: one cycle per back edge.
template <class Deps>
std::vector<Cycle> cycles(std::size_t n, const Deps& deps) {
  enum : char { kNew, kOnPath, kDone };
  std::vector<char> state(n, kNew);
  std::vector<Cycle> out;
  std::vector<int> path;
  std::vector<std::size_t> next_edge;  // parallel to path
  for (std::size_t root = 0; root < n; ++root) {
    if (state[root] != kNew) continue;
    state[root] = kOnPath;
    path.push_back(static_cast<int>(root));
    next_edge.push_back(0);
    while (!path.empty()) {
      int x = path.back();
      const auto& ds = deps(x);
      std::size_t k = next_edge.back()++;
      if (k == ds.size()) {
        state[x] = kDone;
        path.pop_back();
        next_edge.pop_back();
        continue;
      }
      int to = ds[k];
      if (state[to] == kOnPath) {
        out.push_back({x, k, std::vector<int>(std::find(path.begin(), path.end(), to), path.end())});
      } else if (state[to] == kNew) {
        state[to] = kOnPath;
        path.push_back(to);
        next_edge.push_back(0);
      }
    }
  }
  return out;
}

}  // namespace kubus::plan::detail
