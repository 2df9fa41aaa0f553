// Why a target is out of reach, one clause per cause, with numbers that add
// up: no initiative fixes a criterion; the target's initiatives cannot fit the
// horizon at all (bounds.cpp proves it); or they fit alone, but not beside the
// other targets the plan reaches, and then what runs short where.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "config/criterion_kind.h"
#include "plan/limits.h"
#include "support/text.h"

namespace kubus::plan::detail {

std::string num(double x) {
  std::string s = fmt::format("{:.2f}", std::abs(x) < 0.005 ? 0.0 : x);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string quarters_text(int n) { return std::to_string(n) + (n == 1 ? " quarter" : " quarters"); }

std::string ids_text(const Problem& p, const std::vector<int>& tasks) {
  std::string out;
  for (std::size_t i = 0; i < tasks.size(); ++i)
    out += (i == 0 ? "" : i + 1 == tasks.size() ? " and " : ", ") + p.tasks[tasks[i]].initiative->id;
  return out;
}

namespace {

double round2(double x) { return std::round(x * 100) / 100; }

std::string window(const Problem& p, Placement at) {
  return at.length == 1 ? p.quarter_label(at.start) : p.quarter_label(at.start) + " to " + p.quarter_label(at.end());
}

struct Shortfall {
  Placement at;
  double capacity = 0, budget = 0;  // what is short; 0 when it fits
  int quarter = 0, year = 0;        // where the most is short (year: a slot)
};

Shortfall shortfall(const Problem& p, const Usage& usage, int t, Placement at) {
  const Task& task = p.tasks[t];
  Shortfall s{at, 0, 0, at.start, p.year_slot(at.start)};
  double rate = task.effort / at.length;
  for (int q = at.start; q <= at.end(); ++q)
    if (usage.effort[q] + rate - p.capacity > s.capacity) s.capacity = usage.effort[q] + rate - p.capacity, s.quarter = q;
  for (int q = at.start; q <= at.end();) {
    int y = p.year_slot(q), n = 0;
    for (; q <= at.end() && p.year_slot(q) == y; ++q) ++n;
    double over = usage.cost[y] + task.cost * n / at.length - p.budget;
    if (over > s.budget) s.budget = over, s.year = y;
  }
  return s;
}

std::string capacity_text(const Problem& p, const Usage& usage, int t, const Shortfall& s) {
  double rate = round2(p.tasks[t].effort / s.at.length), free = round2(p.capacity - usage.effort[s.quarter]);
  return fmt::format("capacity short by {} pm in {} ({} needs {} pm per quarter over {}; {} pm is free in {})",
                     num(rate - free), p.quarter_label(s.quarter), p.tasks[t].initiative->id, num(rate),
                     window(p, s.at), num(free), p.quarter_label(s.quarter));
}

std::string budget_text(const Problem& p, const Usage& usage, int t, const Shortfall& s) {
  int n = 0;
  for (int q = s.at.start; q <= s.at.end(); ++q) n += p.year_slot(q) == s.year;
  double takes = std::round(p.tasks[t].cost * n / s.at.length), left = std::round(p.budget - usage.cost[s.year]);
  int year = p.first_year + s.year;
  return fmt::format("budget short by {} {} in {} ({} costs {} {}; over {}, {} takes {} {} and {} {} of its budget "
                     "is left)",
                     thousands(takes - left), p.currency, year, p.tasks[t].initiative->id, thousands(p.tasks[t].cost),
                     p.currency, window(p, s.at), year, thousands(takes), p.currency, thousands(left), p.currency);
}

// The clause for the criteria no initiative fixes, naming any initiative that
// progress marks done although its criterion still fails.
Clause uncovered(const Problem& p, int dim) {
  std::vector<std::string> keys;
  for (const auto& k : p.uncovered[dim])
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
  std::string text = "no initiative fixes ";
  for (std::size_t i = 0; i < keys.size(); ++i) text += (i == 0 ? "" : ", ") + keys[i];
  std::set<std::string> done;
  for (const Initiative* i : p.done)
    for (const auto& f : i->fixes)
      if (std::find(keys.begin(), keys.end(), config::criterion_key(f.kind, f.ref)) != keys.end()) done.insert(i->id);
  if (!done.empty()) {
    std::string names;
    for (const auto& id : done) names += (names.empty() ? "" : ", ") + id;
    text += " (" + names + (done.size() == 1 ? " is" : " are") + " marked done, yet " +
            (keys.size() == 1 ? "it still fails)" : "they still fail)");
  }
  return {Limit::Catalogue, text};
}

// Reachable alone, not beside the rest: what the plan leaves of the capacity
// or budget over the horizon, or else where the first missing task comes
// closest to fitting.
// "reachable alone, but not beside the targets the plan reaches (a, b): ".
std::string contention_prefix(const Problem& p, const Schedule& s, int dim) {
  std::vector<std::string> others;
  auto fixed = fixed_by(p, s, p.quarters - 1);
  for (int d = 0; d < p.scorer.dimensions(); ++d)
    if (d != dim && p.need_to[d] > 0 && p.scorer.level(d, fixed) >= p.target[d]) others.push_back(p.matrix->dimensions[d].id);
  std::string beside = others.empty() ? "the rest of the plan" : "the targets the plan reaches (";
  for (std::size_t i = 0; i < others.size(); ++i) beside += (i == 0 ? "" : ", ") + others[i];
  if (!others.empty()) beside += ")";
  // With a criterion no initiative fixes the target is out of reach anyway; its initiatives still compete.
  const char* alone =
      p.uncovered[dim].empty() ? "reachable alone, but not beside " : "its initiatives would fit alone, but not beside ";
  return alone + beside + ": ";
}

Clause contention(const Problem& p, const Schedule& s, int dim, const std::vector<char>& needed) {
  std::vector<int> missing;
  for (std::size_t t = 0; t < needed.size(); ++t)
    if (needed[t] && !s.placed(static_cast<int>(t))) missing.push_back(static_cast<int>(t));
  std::string prefix = contention_prefix(p, s, dim);
  Usage usage(p, s);
  double used = 0, spent = 0, effort = 0, cost = 0;
  for (double e : usage.effort) used += e;
  for (double c : usage.cost) spent += c;
  for (int t : missing) effort += p.tasks[t].effort, cost += p.tasks[t].cost;
  double have = p.capacity * p.quarters, funds = p.budget * p.years();
  if (round2(used) + round2(effort) > round2(have))
    return {Limit::Capacity, prefix + fmt::format("capacity short by {} pm over the horizon (the plan takes {} of its "
                                                  "{} pm; {} {} {} pm more)",
                                                  num(round2(used) + round2(effort) - round2(have)), num(round2(used)),
                                                  num(round2(have)), ids_text(p, missing),
                                                  missing.size() == 1 ? "needs" : "need", num(round2(effort)))};
  if (std::round(spent) + std::round(cost) > std::round(funds))
    return {Limit::Budget, prefix + fmt::format("budget short by {} {} over the horizon (the plan spends {} of its {} "
                                                "{}; {} {} {} {} more)",
                                                thousands(std::round(spent) + std::round(cost) - std::round(funds)),
                                                p.currency, thousands(spent), thousands(funds), p.currency,
                                                ids_text(p, missing), missing.size() == 1 ? "costs" : "cost",
                                                thousands(cost), p.currency)};
  for (int t : topological(p, missing))
    if (int es = earliest_start(p, s, t); es >= 0) {
      Clause c = closest_fit(p, usage, t, es);
      return {c.limit, prefix + c.text};
    }
  return {Limit::Capacity, prefix + "the initiatives it needs wait for " + ids_text(p, missing)};
}

// Neither a bound nor a schedule: the search for a schedule of the target's
// initiatives alone failed (exhaustively, or gave up). What was short where the
// first initiative left out of its best attempt came closest to fitting.
Clause no_fit_found(const Problem& p, const std::vector<char>& needed, const Schedule& attempt, Fit fit);

}  // namespace

Clause closest_fit(const Problem& p, const Usage& usage, int t, int es) {
  const Task& task = p.tasks[t];
  if (es >= p.quarters)
    return {Limit::Horizon, fmt::format("horizon too short by {} ({} waits for what ends in {}, the last quarter, "
                                        "and takes at least {})",
                                        quarters_text(es + task.duration - p.quarters), task.initiative->id,
                                        p.quarter_label(p.quarters - 1), quarters_text(task.duration))};
  if (es + task.duration > p.quarters)
    return {Limit::Horizon, fmt::format("horizon too short by {} ({} can start in {} at the earliest and takes at "
                                        "least {}; the horizon ends in {})",
                                        quarters_text(es + task.duration - p.quarters), task.initiative->id,
                                        p.quarter_label(es), quarters_text(task.duration),
                                        p.quarter_label(p.quarters - 1))};
  constexpr double kNone = std::numeric_limits<double>::infinity();
  Shortfall cap_only, budget_only, both;
  double cap_best = kNone, budget_best = kNone, both_best = kNone;
  int last_start = task.started ? 0 : p.quarters - task.duration;
  for (int start = es; start <= last_start; ++start)
    for (int length = task.duration; start + length <= p.quarters; ++length) {
      Shortfall s = shortfall(p, usage, t, {start, length});
      if (s.budget <= 1e-9 && s.capacity < cap_best) cap_best = s.capacity, cap_only = s;
      if (s.capacity <= 1e-9 && s.budget < budget_best) budget_best = s.budget, budget_only = s;
      double mixed = s.capacity / std::max(p.capacity, 1e-9) + s.budget / std::max(p.budget, 1e-9);
      if (mixed < both_best) both_best = mixed, both = s;
    }
  if (cap_best < kNone) return {Limit::Capacity, capacity_text(p, usage, t, cap_only)};
  if (budget_best < kNone) return {Limit::Budget, budget_text(p, usage, t, budget_only)};
  std::string cap = capacity_text(p, usage, t, both), budget = budget_text(p, usage, t, both);
  return {Limit::Capacity, cap + " and " + budget};
}

namespace {

Clause no_fit_found(const Problem& p, const std::vector<char>& needed, const Schedule& attempt, Fit fit) {
  std::vector<int> tasks, missing;
  for (std::size_t t = 0; t < needed.size(); ++t)
    if (needed[t]) {
      tasks.push_back(static_cast<int>(t));
      if (!attempt.placed(static_cast<int>(t))) missing.push_back(static_cast<int>(t));
    }
  std::string prefix = fmt::format("{} of {} fits the horizon ({}): ",
                                   fit == Fit::DoesNotFit ? "no schedule" : "the planner found no schedule",
                                   ids_text(p, tasks),
                                   fit == Fit::DoesNotFit ? "every schedule was tried" : "not proven impossible");
  Usage usage(p, attempt);
  for (int t : topological(p, missing))
    if (int es = earliest_start(p, attempt, t); es >= 0) {
      Clause c = closest_fit(p, usage, t, es);
      return {c.limit, prefix + "in the first attempt, " + c.text};
    }
  return {Limit::Capacity, prefix + "every attempt leaves out " + ids_text(p, missing)};
}

}  // namespace

Unreachable explain(const Problem& p, const Schedule& s, int dim, double projected) {
  Unreachable u;
  u.dimension = p.matrix->dimensions[dim].id;
  u.target = p.target[dim];
  u.projected = projected;
  std::vector<Clause> clauses;
  if (!p.uncovered[dim].empty()) clauses.push_back(uncovered(p, dim));
  auto needed = needed_by(p, dim);
  bool missing = false;
  for (std::size_t t = 0; t < needed.size(); ++t) missing = missing || (needed[t] && !s.placed(static_cast<int>(t)));
  if (missing) {
    auto proof = impossible(p, needed, u.dimension);
    Schedule attempt;
    if (!proof.empty()) {
      clauses.insert(clauses.end(), proof.begin(), proof.end());
    } else if (Fit fit = fits_alone(p, needed, attempt); fit == Fit::Fits) {
      u.alone = p.uncovered[dim].empty();
      clauses.push_back(contention(p, s, dim, needed));
    } else {
      clauses.push_back(no_fit_found(p, needed, attempt, fit));
    }
  }
  for (const auto& c : clauses) {
    u.reason += (u.reason.empty() ? "" : "; ") + c.text;
    u.limits.push_back(c.limit);
  }
  return u;
}

}  // namespace kubus::plan::detail
