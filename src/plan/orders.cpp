// The priority lists of the scheduling heuristic. Each ranks tasks by value
// for their share of the scarce resources: effort against the horizon's
// capacity and cost against its budget, so a list serves plans bound by either.
#include "plan/orders.h"

#include <algorithm>

namespace kubus::plan::detail {
namespace {

// Task t and every task it waits for that is not yet listed, dependencies first
// (ties by ID); members of an `after` cycle come last and are never scheduled.
std::vector<int> unlisted_closure(const Problem& p, const std::vector<char>& listed, int t) {
  std::vector<char> in(p.tasks.size(), 0);
  std::vector<int> members, stack{t};
  while (!stack.empty()) {
    int x = stack.back();
    stack.pop_back();
    if (in[x] || listed[x]) continue;
    in[x] = 1;
    members.push_back(x);
    if (!p.tasks[x].started)
      for (int d : p.tasks[x].deps) stack.push_back(d);
  }
  std::sort(members.begin(), members.end());
  return topological(p, members);
}

int lowest_level(const Problem& p, int t) {
  int level = 1 << 20;
  for (int c : p.tasks[t].fixes) level = std::min(level, p.scorer.criteria()[c].level);
  return level;
}

// The share of the horizon's capacity and budget a task takes (never zero).
double share(const Problem& p, int t) {
  double effort = p.capacity * p.quarters, cost = p.budget * p.years();
  return (effort > 0 ? p.tasks[t].effort / effort : 0) + (cost > 0 ? p.tasks[t].cost / cost : 0) + 1e-6;
}

std::vector<int> started_first(const Problem& p, std::vector<char>& listed) {
  std::vector<int> order;
  for (std::size_t t = 0; t < p.tasks.size(); ++t)
    if (p.tasks[t].started) listed[t] = 1, order.push_back(static_cast<int>(t));
  return order;
}

double effort_of(const Problem& p, const std::vector<char>& tasks) {
  double sum = 0;
  for (std::size_t t = 0; t < tasks.size(); ++t) sum += tasks[t] ? share(p, static_cast<int>(t)) : 0.0;
  return sum;
}

}  // namespace

std::vector<int> greedy_order(const Problem& p) {
  std::vector<char> listed(p.tasks.size(), 0);
  std::vector<char> fixed(p.scorer.criteria().size(), 0);
  std::vector<int> order = started_first(p, listed);
  double base = p.scorer.overall(fixed);
  while (order.size() < p.tasks.size()) {
    int best = -1, best_level = 0;
    double best_ratio = 0;
    std::vector<int> best_closure;
    for (std::size_t t = 0; t < p.tasks.size(); ++t) {
      if (listed[t]) continue;
      auto closure = unlisted_closure(p, listed, static_cast<int>(t));
      std::vector<char> trial = fixed;
      double weight = 0;
      for (int x : closure) {
        weight += share(p, x);
        for (int c : p.tasks[x].fixes) trial[c] = 1;
      }
      double ratio = (p.scorer.overall(trial) - base) / weight;
      int level = lowest_level(p, static_cast<int>(t));
      bool better_ratio = best < 0 || ratio > best_ratio + 1e-12 || (ratio > best_ratio - 1e-12 && level < best_level);
      if (better_ratio) best = static_cast<int>(t), best_ratio = ratio, best_level = level, best_closure = closure;
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

std::vector<int> uplift_order(const Problem& p) {
  std::vector<char> all(p.scorer.criteria().size(), 0);
  for (const Task& t : p.tasks)
    for (int c : t.fixes) all[c] = 1;
  double full = p.scorer.overall(all);
  std::vector<std::pair<double, int>> ranked;
  for (std::size_t t = 0; t < p.tasks.size(); ++t) {
    std::vector<char> without(all.size(), 0);
    for (std::size_t o = 0; o < p.tasks.size(); ++o)
      if (o != t)
        for (int c : p.tasks[o].fixes) without[c] = 1;
    ranked.push_back({-(full - p.scorer.overall(without)) / share(p, static_cast<int>(t)), static_cast<int>(t)});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.first < b.first - 1e-12 || a.first > b.first + 1e-12) return a.first < b.first;
    return lowest_level(p, a.second) < lowest_level(p, b.second);
  });
  std::vector<char> listed(p.tasks.size(), 0);
  std::vector<int> order = started_first(p, listed);
  for (const auto& [value, t] : ranked)
    for (int x : unlisted_closure(p, listed, t)) listed[x] = 1, order.push_back(x);
  return order;
}

std::vector<int> front(const Problem& p, const std::vector<int>& order, const std::vector<char>& first) {
  std::vector<int> out;
  for (int t : order)
    if (p.tasks[t].started) out.push_back(t);
  for (int t : order)
    if (!p.tasks[t].started && first[t]) out.push_back(t);
  for (int t : order)
    if (!p.tasks[t].started && !first[t]) out.push_back(t);
  return out;
}

std::vector<int> plannable_targets(const Problem& p) {
  std::vector<std::pair<double, int>> dims;
  for (int d = 0; d < p.scorer.dimensions(); ++d)
    if (p.need_to[d] > 0 && p.uncovered[d].empty()) dims.push_back({effort_of(p, needed_by(p, d)), d});
  std::sort(dims.begin(), dims.end());
  std::vector<int> out;
  out.reserve(dims.size());
  for (const auto& [weight, d] : dims) out.push_back(d);
  return out;
}

std::vector<int> targets_first(const Problem& p, const std::vector<int>& order) {
  // Fronting the union target by target keeps the cheaper targets' tasks ahead.
  std::vector<char> first(p.tasks.size(), 0);
  std::vector<int> out = order;
  for (int d : plannable_targets(p)) {
    merge(first, needed_by(p, d));
    out = front(p, out, first);
  }
  return out;
}

void merge(std::vector<char>& into, const std::vector<char>& more) {
  for (std::size_t t = 0; t < into.size(); ++t) into[t] = into[t] || more[t];
}

}  // namespace kubus::plan::detail
