// The scheduling heuristic: a priority list built greedily by marginal score
// gain per person-month, turned into a schedule by serial schedule generation,
// then improved by moving tasks within the list while the objective rises.
#include <algorithm>

#include "plan/dependencies.h"
#include "plan/problem.h"

namespace kubus::plan::detail {
namespace {

// Each list decode costs about one pass over the tasks; this bounds the local
// search to a few hundred thousand task placements, whatever the size.
constexpr long kPlacementBudget = 3000000;
constexpr int kWideNeighbourhood = 40;  // up to this many tasks every move is tried, else adjacent swaps only

// Task t and every task it waits for that is not yet listed, dependencies first
// (ties by ID); members of an `after` cycle come last and are never scheduled.
std::vector<int> unlisted_closure(const Problem& p, const std::vector<char>& listed, int t) {
  auto deps = task_deps(p);
  return dependency_order(deps, closure(p.tasks.size(), deps, {t}, listed), listed);
}

int lowest_level(const Problem& p, int t) {
  int level = 1 << 20;
  for (int c : p.tasks[t].fixes) level = std::min(level, p.scorer.criteria()[c].level);
  return level;
}

std::vector<int> greedy_order(const Problem& p) {
  std::vector<char> listed(p.tasks.size(), 0);
  std::vector<char> fixed(p.scorer.criteria().size(), 0);
  std::vector<int> order;
  double base = p.scorer.overall(fixed);
  while (order.size() < p.tasks.size()) {
    int best = -1, best_level = 0;
    double best_ratio = 0;
    std::vector<int> best_closure;
    for (std::size_t t = 0; t < p.tasks.size(); ++t) {
      if (listed[t]) continue;
      auto closure = unlisted_closure(p, listed, static_cast<int>(t));
      std::vector<char> trial = fixed;
      double effort = 0;
      for (int x : closure) {
        effort += p.tasks[x].effort;
        for (int c : p.tasks[x].fixes) trial[c] = 1;
      }
      double ratio = (p.scorer.overall(trial) - base) / std::max(effort, 1e-3);
      int level = lowest_level(p, static_cast<int>(t));
      bool better = best < 0 || ratio > best_ratio + 1e-12 ||
                    (ratio > best_ratio - 1e-12 && level < best_level);
      if (better) best = static_cast<int>(t), best_ratio = ratio, best_level = level, best_closure = closure;
    }
    for (int x : best_closure) {
      listed[x] = 1;
      order.push_back(x);
      for (int c : p.tasks[x].fixes) fixed[c] = 1;
    }
    base = p.scorer.overall(fixed);
  }
  return order;
}

// Moving order[from] to position `to` keeps every task after its dependencies.
bool can_move(const Problem& p, const std::vector<int>& order, int from, int to) {
  int x = order[from];
  const auto& deps = p.tasks[x].deps;
  if (to < from) {
    for (int i = to; i < from; ++i)
      if (std::find(deps.begin(), deps.end(), order[i]) != deps.end()) return false;
  } else {
    for (int i = from + 1; i <= to; ++i) {
      const auto& later = p.tasks[order[i]].deps;
      if (std::find(later.begin(), later.end(), x) != later.end()) return false;
    }
  }
  return true;
}

void move(std::vector<int>& order, int from, int to) {
  int x = order[from];
  order.erase(order.begin() + from);
  order.insert(order.begin() + to, x);
}

}  // namespace

Schedule schedule_heuristic(const Problem& p) {
  std::vector<int> order = greedy_order(p);
  Schedule best = decode(p, order);
  int n = static_cast<int>(order.size());
  int reach = n <= kWideNeighbourhood ? n : 1;
  long budget = kPlacementBudget / std::max(n, 1);
  for (bool improved = true; improved && budget > 0;) {
    improved = false;
    for (int from = 0; from < n && budget > 0; ++from)
      for (int to = std::max(0, from - reach); to <= std::min(n - 1, from + reach) && budget > 0; ++to) {
        if (to == from || !can_move(p, order, from, to)) continue;
        move(order, from, to);
        --budget;
        Schedule trial = decode(p, order);
        if (trial.objective > best.objective + 1e-9) {
          best = std::move(trial);
          improved = true;
        } else {
          move(order, to, from);
        }
      }
  }
  return best;
}

}  // namespace kubus::plan::detail
