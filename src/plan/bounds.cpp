// Proofs that tasks cannot fit the horizon, and the search for a schedule of
// one target's tasks alone. A target is reported out of reach for capacity or
// budget only when these show that no stretched schedule of its initiatives
// fits, or when it fits alone but not beside the other targets the plan
// reaches (reasons.cpp says which).
#include <algorithm>
#include <cmath>
#include <limits>

#include "plan/limits.h"

namespace kubus::plan::detail {
namespace {

constexpr double kEps = 1e-6;
constexpr long kAloneNodes = 50000;      // the exhaustive search of fits_alone gives up beyond this
constexpr std::size_t kAloneTasks = 12;  // and is not tried for more tasks

struct Earliest {
  std::vector<int> start;  // per task in the set: earliest start at minimum durations; -1 outside the set
  std::vector<int> via;    // the dependency that decides it, -1 for none
};

// Earliest starts with every task at its minimum duration and no resource limit.
Earliest earliest(const Problem& p, const std::vector<char>& set) {
  Earliest e{std::vector<int>(p.tasks.size(), -1), std::vector<int>(p.tasks.size(), -1)};
  std::vector<int> members;
  for (std::size_t t = 0; t < set.size(); ++t)
    if (set[t]) members.push_back(static_cast<int>(t));
  for (int t : topological(p, members)) {
    int es = 0;
    if (!p.tasks[t].started)
      for (int d : p.tasks[t].deps)
        if (set[d] && e.start[d] >= 0 && e.start[d] + p.tasks[d].duration > es)
          es = e.start[d] + p.tasks[d].duration, e.via[t] = d;
    e.start[t] = es;
  }
  return e;
}

std::vector<Clause> horizon(const Problem& p, const std::vector<char>& set, const Earliest& e) {
  int worst = -1, over = 0;
  for (std::size_t t = 0; t < set.size(); ++t)
    if (set[t] && e.start[t] + p.tasks[t].duration - p.quarters > over)
      over = e.start[t] + p.tasks[t].duration - p.quarters, worst = static_cast<int>(t);
  if (worst < 0) return {};
  Fact f{FactKind::Chain};
  for (int t = worst; t >= 0; t = e.via[t]) {
    f.initiatives.insert(f.initiatives.begin(), p.tasks[t].initiative->id);
    f.durations.insert(f.durations.begin(), p.tasks[t].duration);
  }
  f.short_by = over, f.count = e.start[worst] + p.tasks[worst].duration, f.horizon = p.quarters;
  return {clause(Limit::Horizon, std::move(f))};
}

// Capacity: stretched over every quarter from its earliest start to the end of
// the horizon, a task needs the least per quarter.
std::vector<Clause> task_capacity(const Problem& p, const std::vector<char>& set, const Earliest& e) {
  int worst = -1;
  double short_by = kEps;
  for (std::size_t t = 0; t < set.size(); ++t) {
    if (!set[t] || e.start[t] + p.tasks[t].duration > p.quarters) continue;
    double rate = p.tasks[t].effort / (p.quarters - e.start[t]);
    if (rate - p.capacity > short_by) short_by = rate - p.capacity, worst = static_cast<int>(t);
  }
  if (worst < 0) return {};
  Fact f{FactKind::TaskCapacity};
  f.initiative = p.tasks[worst].initiative->id, f.need = round2(p.tasks[worst].effort);
  f.count = p.quarters - e.start[worst];
  f.from = p.quarter_label(e.start[worst]), f.to = p.quarter_label(p.quarters - 1);
  f.per = round2(p.tasks[worst].effort / f.count), f.have = round2(p.capacity);
  f.short_by = round2(f.per - f.have);
  return {clause(Limit::Capacity, std::move(f))};
}

struct Spread {
  Placement at;
  int year = 0;         // the year slot that takes most
  double share = 0;     // what that year takes
};

// The placement from `es` on whose most expensive year takes least.
Spread cheapest_spread(const Problem& p, int t, int es) {
  const Task& task = p.tasks[t];
  Spread best{{}, 0, std::numeric_limits<double>::infinity()};
  for (int start = es; start + task.duration <= p.quarters; ++start)
    for (int length = task.duration; start + length <= p.quarters; ++length) {
      std::vector<int> in(static_cast<std::size_t>(p.years()), 0);
      for (int q = start; q < start + length; ++q) ++in[p.year_slot(q)];
      int y = static_cast<int>(std::max_element(in.begin(), in.end()) - in.begin());
      double share = task.cost * in[y] / length;
      if (share < best.share - kEps) best = {{start, length}, y, share};
    }
  return best;
}

std::vector<Clause> task_budget(const Problem& p, const std::vector<char>& set, const Earliest& e) {
  int worst = -1;
  Spread spread;
  double short_by = kEps * std::max(1.0, p.budget);
  for (std::size_t t = 0; t < set.size(); ++t) {
    if (!set[t] || e.start[t] + p.tasks[t].duration > p.quarters) continue;
    Spread s = cheapest_spread(p, static_cast<int>(t), e.start[t]);
    if (s.share - p.budget > short_by) short_by = s.share - p.budget, worst = static_cast<int>(t), spread = s;
  }
  if (worst < 0) return {};
  Fact f{FactKind::TaskBudget};
  f.initiative = p.tasks[worst].initiative->id, f.currency = p.currency, f.need = std::round(p.tasks[worst].cost);
  f.year = p.first_year + spread.year;
  f.from = p.quarter_label(spread.at.start), f.to = p.quarter_label(spread.at.end());
  f.per = std::round(spread.share), f.have = std::round(p.budget), f.short_by = f.per - f.have;
  return {clause(Limit::Budget, std::move(f))};
}

// Effort: the tasks that cannot start before quarter a must fit the quarters
// from a to the end; the window with the largest excess is reported.
std::vector<Clause> window_capacity(const Problem& p, const std::vector<char>& set, const Earliest& e,
                                    const std::string& who) {
  int best_a = -1;
  double short_by = kEps, need_at = 0;
  for (int a = 0; a < p.quarters; ++a) {
    double need = 0;
    for (std::size_t t = 0; t < set.size(); ++t)
      if (set[t] && e.start[t] >= a) need += p.tasks[t].effort;
    if (need - p.capacity * (p.quarters - a) > short_by)
      short_by = need - p.capacity * (p.quarters - a), best_a = a, need_at = need;
  }
  if (best_a < 0) return {};
  std::vector<int> tasks;
  for (std::size_t t = 0; t < set.size(); ++t)
    if (set[t] && e.start[t] >= best_a) tasks.push_back(static_cast<int>(t));
  Fact f{FactKind::WindowCapacity};
  f.who = who, f.initiatives = ids_of(p, tasks), f.need = round2(need_at), f.count = p.quarters - best_a;
  if (best_a > 0) f.from = p.quarter_label(best_a);
  f.per = round2(p.capacity), f.have = round2(p.capacity * f.count), f.short_by = round2(f.need - f.have);
  return {clause(Limit::Capacity, std::move(f))};
}

// Cost: the tasks that cannot start before year y must be paid from the
// budgets of year y on.
std::vector<Clause> window_budget(const Problem& p, const std::vector<char>& set, const Earliest& e,
                                  const std::string& who) {
  int best_y = -1;
  double short_by = kEps * std::max(1.0, p.budget), need_at = 0;
  for (int y = 0; y < p.years(); ++y) {
    double need = 0;
    for (std::size_t t = 0; t < set.size(); ++t)
      if (set[t] && e.start[t] < p.quarters && p.year_slot(e.start[t]) >= y) need += p.tasks[t].cost;
    if (need - p.budget * (p.years() - y) > short_by) short_by = need - p.budget * (p.years() - y), best_y = y, need_at = need;
  }
  if (best_y < 0) return {};
  std::vector<int> tasks;
  for (std::size_t t = 0; t < set.size(); ++t)
    if (set[t] && e.start[t] < p.quarters && p.year_slot(e.start[t]) >= best_y) tasks.push_back(static_cast<int>(t));
  Fact f{FactKind::WindowBudget};
  f.who = who, f.initiatives = ids_of(p, tasks), f.currency = p.currency, f.need = std::round(need_at);
  f.count = p.years() - best_y, f.year = best_y == 0 ? 0 : p.first_year + best_y;
  f.per = std::round(p.budget), f.have = std::round(p.budget * f.count), f.short_by = f.need - f.have;
  return {clause(Limit::Budget, std::move(f))};
}

// Exhaustive search over the placements of the set's tasks in dependency
// order: the first complete schedule ends it.
struct Exhaustive {
  const Problem& p;
  std::vector<int> order;
  Schedule s;
  Usage usage;
  long nodes = 0;

  bool run(std::size_t k) {
    if (k == order.size()) return true;
    if (++nodes > kAloneNodes) return false;
    int t = order[k];
    int es = earliest_start(p, s, t);
    if (es < 0) return false;
    int last_start = p.tasks[t].started ? 0 : p.quarters - p.tasks[t].duration;
    for (int start = es; start <= last_start; ++start)
      for (int length = p.tasks[t].duration; start + length <= p.quarters; ++length) {
        Placement at{start, length};
        if (!usage.fits(p, t, at)) continue;
        s.set(t, at);
        usage.add(p, t, at);
        if (run(k + 1)) return true;
        usage.add(p, t, at, -1);
        s.set(t, {});
        if (nodes > kAloneNodes) return false;
      }
    return false;
  }
};

}  // namespace

std::vector<Clause> impossible(const Problem& p, const std::vector<char>& set, const std::string& who) {
  Earliest e = earliest(p, set);
  std::vector<Clause> out = horizon(p, set, e);
  auto capacity = task_capacity(p, set, e);
  if (capacity.empty()) capacity = window_capacity(p, set, e, who);
  auto budget = task_budget(p, set, e);
  if (budget.empty()) budget = window_budget(p, set, e, who);
  out.insert(out.end(), capacity.begin(), capacity.end());
  out.insert(out.end(), budget.begin(), budget.end());
  return out;
}

Fit fits_alone(const Problem& p, const std::vector<char>& set, Schedule& attempt) {
  std::vector<int> members;
  for (std::size_t t = 0; t < set.size(); ++t)
    if (set[t]) members.push_back(static_cast<int>(t));
  // The longest chain of what follows first, so the critical tasks get the early quarters.
  std::vector<int> tail(p.tasks.size(), 0);
  for (auto it = members.rbegin(); it != members.rend(); ++it) tail[*it] = p.tasks[*it].duration;
  for (int round = 0; round < static_cast<int>(members.size()); ++round)
    for (int t : members)
      if (!p.tasks[t].started)
        for (int d : p.tasks[t].deps)
          if (set[d]) tail[d] = std::max(tail[d], p.tasks[d].duration + tail[t]);
  std::stable_sort(members.begin(), members.end(), [&](int a, int b) { return tail[a] > tail[b]; });
  std::vector<int> order = topological(p, members);
  attempt = decode(p, order);
  auto all_placed = [&](const Schedule& s) {
    return std::all_of(order.begin(), order.end(), [&](int t) { return s.placed(t); });
  };
  if (all_placed(attempt)) return Fit::Fits;
  if (order.size() > kAloneTasks) return Fit::Unknown;
  Exhaustive search{p, order, empty_schedule(p), Usage(p)};
  if (search.run(0)) {
    evaluate(p, search.s);
    attempt = search.s;
    return Fit::Fits;
  }
  return search.nodes > kAloneNodes ? Fit::Unknown : Fit::DoesNotFit;
}

}  // namespace kubus::plan::detail
