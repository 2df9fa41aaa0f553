// Building blocks shared by the heuristic and the exact search: resource usage,
// serial schedule generation and the objective.
#include <algorithm>

#include "plan/problem.h"

namespace kubus::plan::detail {

namespace {
constexpr double kSlack = 1e-9;  // rounding of effort spread over quarters must not make a fit fail
}

Usage::Usage(const Problem& p)
    : effort(static_cast<std::size_t>(p.quarters), 0.0),
      cost(static_cast<std::size_t>(p.quarters > 0 ? p.year_slot(p.quarters - 1) + 1 : 0), 0.0) {}

bool Usage::fits(const Problem& p, int t, int start) const {
  const Task& task = p.tasks[t];
  if (start < 0 || start + task.duration > p.quarters) return false;
  double per_quarter = task.effort / task.duration;
  for (int q = start; q < start + task.duration; ++q)
    if (effort[q] + per_quarter > p.capacity + kSlack) return false;
  return cost[p.year_slot(start)] + task.cost <= p.budget + kSlack * std::max(1.0, p.budget);
}

void Usage::add(const Problem& p, int t, int start, double sign) {
  const Task& task = p.tasks[t];
  for (int q = start; q < start + task.duration; ++q) effort[q] += sign * task.effort / task.duration;
  cost[p.year_slot(start)] += sign * task.cost;
}

int earliest_start(const Problem& p, const std::vector<int>& start, int t) {
  int es = 0;
  for (int d : p.tasks[t].deps) {
    if (start[d] < 0) return -1;
    es = std::max(es, start[d] + p.tasks[d].duration);
  }
  return es;
}

Schedule decode(const Problem& p, const std::vector<int>& order) {
  Schedule s;
  s.start.assign(p.tasks.size(), -1);
  Usage usage(p);
  for (int t : order) {
    int es = earliest_start(p, s.start, t);
    if (es < 0) continue;
    for (int q = es; q + p.tasks[t].duration <= p.quarters; ++q)
      if (usage.fits(p, t, q)) {
        s.start[t] = q;
        usage.add(p, t, q);
        break;
      }
  }
  s.objective = objective(p, s);
  return s;
}

void complete(const Problem& p, Schedule& s) {
  Usage usage(p);
  for (std::size_t t = 0; t < p.tasks.size(); ++t)
    if (s.start[t] >= 0) usage.add(p, static_cast<int>(t), s.start[t]);
  for (bool placed = true; placed;) {
    placed = false;
    for (std::size_t t = 0; t < p.tasks.size(); ++t) {
      int es = s.start[t] < 0 ? earliest_start(p, s.start, static_cast<int>(t)) : -1;
      for (int q = es; es >= 0 && q + p.tasks[t].duration <= p.quarters; ++q)
        if (usage.fits(p, static_cast<int>(t), q)) {
          s.start[t] = q;
          usage.add(p, static_cast<int>(t), q);
          placed = true;
          break;
        }
    }
  }
  s.objective = objective(p, s);
}

double objective(const Problem& p, const std::vector<int>& end) {
  std::vector<std::vector<int>> ending(static_cast<std::size_t>(std::max(p.quarters, 0)));
  for (std::size_t t = 0; t < end.size(); ++t)
    if (end[t] >= 0 && end[t] < p.quarters) ending[end[t]].push_back(static_cast<int>(t));
  std::vector<char> fixed(p.scorer.criteria().size(), 0);
  double sum = 0, current = p.scorer.overall(fixed);
  for (int q = 0; q < p.quarters; ++q) {
    if (q > 0 && !ending[q - 1].empty()) {
      for (int t : ending[q - 1])
        for (int c : p.tasks[t].fixes) fixed[c] = 1;
      current = p.scorer.overall(fixed);
    }
    sum += current;
  }
  return sum;
}

double objective(const Problem& p, const Schedule& s) {
  std::vector<int> end(s.start.size(), -1);
  for (std::size_t t = 0; t < end.size(); ++t)
    if (s.start[t] >= 0) end[t] = s.end(p, static_cast<int>(t));
  return objective(p, end);
}

}  // namespace kubus::plan::detail
