// Building blocks of every schedule: resource usage with initiatives stretched
// over more quarters than their minimum (effort and cost spread evenly over the
// quarters they run, so cost can straddle budget years), serial schedule
// generation, and the value of a schedule.
#include <algorithm>
#include <cmath>
#include <limits>

#include "plan/problem.h"

namespace kubus::plan::detail {

namespace {
constexpr double kSlack = 1e-9;  // rounding of effort spread over quarters must not make a fit fail

double budget_slack(const Problem& p) { return kSlack * std::max(1.0, p.budget); }
}  // namespace

Schedule empty_schedule(const Problem& p) {
  Schedule s;
  s.start.assign(p.tasks.size(), -1);
  s.length.assign(p.tasks.size(), 0);
  return s;
}

bool better(const Schedule& a, const Schedule& b) {
  if (a.kept != b.kept) return a.kept > b.kept;
  if (a.reached != b.reached) return a.reached > b.reached;
  return a.objective > b.objective + 1e-9;
}

Usage::Usage(const Problem& p)
    : effort(static_cast<std::size_t>(std::max(p.quarters, 0)), 0.0), cost(static_cast<std::size_t>(p.years()), 0.0) {}

Usage::Usage(const Problem& p, const Schedule& s) : Usage(p) {
  for (std::size_t t = 0; t < p.tasks.size(); ++t)
    if (s.placed(static_cast<int>(t))) add(p, static_cast<int>(t), {s.start[t], s.length[t]});
}

bool Usage::fits(const Problem& p, int t, Placement at) const {
  const Task& task = p.tasks[t];
  if (at.start < 0 || at.length < task.duration || at.end() >= p.quarters) return false;
  double rate = task.effort / at.length, spend = task.cost / at.length;
  for (int q = at.start; q <= at.end(); ++q)
    if (effort[q] + rate > p.capacity + kSlack) return false;
  for (int q = at.start; q <= at.end();) {
    int y = p.year_slot(q), n = 0;
    for (; q <= at.end() && p.year_slot(q) == y; ++q) ++n;
    if (cost[y] + spend * n > p.budget + budget_slack(p)) return false;
  }
  return true;
}

void Usage::add(const Problem& p, int t, Placement at, double sign) {
  const Task& task = p.tasks[t];
  for (int q = at.start; q <= at.end(); ++q) {
    effort[q] += sign * task.effort / at.length;
    cost[p.year_slot(q)] += sign * task.cost / at.length;
  }
}

// For each end quarter from the earliest on, the starts from the latest back:
// so the first fit ends earliest and, at that end, is stretched least. The free
// capacity of the window shrinks as the start moves back while the rate falls,
// so every start is tried.
Placement Usage::earliest(const Problem& p, int t, int from, bool fixed_start) const {
  const Task& task = p.tasks[t];
  if (from < 0) return {};
  for (int end = from + task.duration - 1; end < p.quarters; ++end) {
    double free = std::numeric_limits<double>::infinity();
    int last_start = fixed_start ? from : end - task.duration + 1;
    for (int q = end; q > last_start; --q) free = std::min(free, p.capacity - effort[q]);
    for (int start = last_start; start >= from; --start) {
      free = std::min(free, p.capacity - effort[start]);
      Placement at{start, end - start + 1};
      if (task.effort / at.length <= free + kSlack && fits(p, t, at)) return at;
    }
  }
  return {};
}

double Usage::peak_share(const Problem& p, int t, Placement at) const {
  const Task& task = p.tasks[t];
  double rate = task.effort / at.length, spend = task.cost / at.length, peak = 0;
  for (int q = at.start; q <= at.end(); ++q)
    peak = std::max(peak, p.capacity > 0 ? (effort[q] + rate) / p.capacity : (rate > 0 ? 2.0 : 0.0));
  for (int q = at.start; q <= at.end();) {
    int y = p.year_slot(q), n = 0;
    for (; q <= at.end() && p.year_slot(q) == y; ++q) ++n;
    peak = std::max(peak, p.budget > 0 ? (cost[y] + spend * n) / p.budget : (spend > 0 ? 2.0 : 0.0));
  }
  return peak;
}

Placement Usage::widest(const Problem& p, int t, int from, int deadline, bool fixed_start, long& tried) const {
  const Task& task = p.tasks[t];
  Placement best;
  double best_peak = std::numeric_limits<double>::infinity();
  int last_start = fixed_start ? from : std::min(deadline, p.quarters - 1) - task.duration + 1;
  for (int start = from; start <= last_start && start >= 0; ++start)
    for (int end = start + task.duration - 1; end <= std::min(deadline, p.quarters - 1); ++end) {
      ++tried;
      Placement at{start, end - start + 1};
      double peak = peak_share(p, t, at);
      bool earlier = best.placed() && end < best.end();
      if (peak > 1 + kSlack || !(peak < best_peak - 1e-9 || (peak < best_peak + 1e-9 && earlier))) continue;
      if (!fits(p, t, at)) continue;
      best = at, best_peak = peak;
    }
  return best;
}

std::vector<int> deadlines(const Problem& p, const std::vector<char>& members) {
  // Quarters a task needs at least: its duration, and as many as its effort
  // takes at the full capacity per quarter.
  auto least = [&](int t) {
    int n = p.tasks[t].duration;
    if (p.capacity > 0) n = std::max(n, static_cast<int>(std::ceil(p.tasks[t].effort / p.capacity - 1e-9)));
    return n;
  };
  std::vector<int> tail(p.tasks.size(), 0);  // quarters the tasks waiting for t need after it
  auto order = topological(p, all_tasks(p));
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    int u = *it;
    if (!members[u] || p.tasks[u].started) continue;
    for (int d : p.tasks[u].deps) tail[d] = std::max(tail[d], least(u) + tail[u]);
  }
  std::vector<int> out(p.tasks.size());
  for (std::size_t t = 0; t < out.size(); ++t) out[t] = p.quarters - 1 - tail[t];
  return out;
}

Placement place(const Problem& p, const Usage& usage, const Schedule& s, int t, Rule rule, const Guide& guide,
                long& tried) {
  int es = earliest_start(p, s, t);
  bool fixed = p.tasks[t].started;
  ++tried;
  if (rule == Rule::Widest) {
    // Eight windows looked at cost about one placement at the earliest end.
    long windows = 0;
    Placement at = usage.widest(p, t, es, guide.deadline[t], fixed, windows);
    tried += windows / 8;
    if (at.placed()) return at;
  } else if (rule == Rule::Given && guide.given && guide.given->placed(t) && es >= 0) {
    Placement at{guide.given->start[t], guide.given->length[t]};
    if (at.start >= es && (!fixed || at.start == es) && usage.fits(p, t, at)) return at;
  }
  return usage.earliest(p, t, es, fixed);
}

int earliest_start(const Problem& p, const Schedule& s, int t) {
  if (p.tasks[t].started) return 0;
  int es = 0;
  for (int d : p.tasks[t].deps) {
    if (!s.placed(d)) return -1;
    es = std::max(es, s.end(d) + 1);
  }
  return es;
}

Schedule decode(const Problem& p, const std::vector<int>& order) {
  return decode(p, order, std::vector<Rule>(p.tasks.size(), Rule::Earliest), Guide{});
}

Schedule decode(const Problem& p, const std::vector<int>& order, const std::vector<Rule>& rules, const Guide& guide) {
  Schedule s = empty_schedule(p);
  Usage usage(p);
  long tried = 0;
  for (int t : order) {
    Placement at = place(p, usage, s, t, rules[t], guide, tried);
    if (!at.placed()) continue;
    s.set(t, at);
    usage.add(p, t, at);
  }
  evaluate(p, s);
  return s;
}

void complete(const Problem& p, Schedule& s) {
  Usage usage(p, s);
  for (bool placed = true; placed;) {
    placed = false;
    for (std::size_t t = 0; t < p.tasks.size(); ++t) {
      int task = static_cast<int>(t);
      if (s.placed(task)) continue;
      Placement at = usage.earliest(p, task, earliest_start(p, s, task), p.tasks[t].started);
      if (!at.placed()) continue;
      s.set(task, at);
      usage.add(p, task, at);
      placed = true;
    }
  }
  evaluate(p, s);
}

std::vector<char> fixed_by(const Problem& p, const Schedule& s, int last) {
  std::vector<char> fixed(p.scorer.criteria().size(), 0);
  for (std::size_t t = 0; t < p.tasks.size(); ++t)
    if (s.placed(static_cast<int>(t)) && s.end(static_cast<int>(t)) <= last)
      for (int c : p.tasks[t].fixes) fixed[c] = 1;
  return fixed;
}

void evaluate(const Problem& p, Schedule& s) {
  std::vector<std::vector<int>> ending(static_cast<std::size_t>(std::max(p.quarters, 0)));
  for (std::size_t t = 0; t < p.tasks.size(); ++t)
    if (s.placed(static_cast<int>(t)) && s.end(static_cast<int>(t)) < p.quarters)
      ending[s.end(static_cast<int>(t))].push_back(static_cast<int>(t));
  std::vector<char> fixed(p.scorer.criteria().size(), 0);
  double sum = 0, current = p.scorer.overall(fixed);
  auto fix_ending = [&](int q) {
    for (int t : ending[q])
      for (int c : p.tasks[t].fixes) fixed[c] = 1;
  };
  for (int q = 0; q < p.quarters; ++q) {
    if (q > 0 && !ending[q - 1].empty()) {
      fix_ending(q - 1);
      current = p.scorer.overall(fixed);
    }
    sum += current;
  }
  if (p.quarters > 0) fix_ending(p.quarters - 1);
  s.objective = sum;
  s.kept = 0;
  for (std::size_t t = 0; t < p.tasks.size(); ++t) s.kept += p.tasks[t].started && s.placed(static_cast<int>(t));
  s.reached = 0;
  for (int d = 0; d < p.scorer.dimensions(); ++d)
    if (p.target[d] > 0 && p.scorer.level(d, fixed) >= p.target[d]) ++s.reached;
}

std::vector<int> topological(const Problem& p, const std::vector<int>& tasks) {
  std::vector<char> member(p.tasks.size(), 0), placed(p.tasks.size(), 0);
  for (int t : tasks) member[t] = 1;
  std::vector<int> out;
  for (bool progress = true; progress;) {
    progress = false;
    for (int t : tasks) {
      if (placed[t]) continue;
      const auto& deps = p.tasks[t].deps;
      bool ready = p.tasks[t].started ||
                   std::all_of(deps.begin(), deps.end(), [&](int d) { return placed[d] || !member[d]; });
      if (ready) placed[t] = 1, out.push_back(t), progress = true;
    }
  }
  for (int t : tasks)
    if (!placed[t]) out.push_back(t);
  return out;
}

std::vector<int> all_tasks(const Problem& p) {
  std::vector<int> all(p.tasks.size());
  for (std::size_t t = 0; t < all.size(); ++t) all[t] = static_cast<int>(t);
  return all;
}

std::vector<char> needed_by(const Problem& p, int dim) {
  const auto& crits = p.scorer.criteria();
  std::vector<char> needed(p.tasks.size(), 0);
  std::vector<int> stack;
  for (std::size_t t = 0; t < p.tasks.size(); ++t)
    for (int c : p.tasks[t].fixes)
      if (crits[c].dim == dim && crits[c].level >= p.need_from[dim] && crits[c].level <= p.need_to[dim] &&
          crits[c].applicable && !crits[c].holds)
        stack.push_back(static_cast<int>(t));
  while (!stack.empty()) {
    int t = stack.back();
    stack.pop_back();
    if (needed[t]) continue;
    needed[t] = 1;
    if (!p.tasks[t].started)
      for (int d : p.tasks[t].deps) stack.push_back(d);
  }
  return needed;
}

}  // namespace kubus::plan::detail
