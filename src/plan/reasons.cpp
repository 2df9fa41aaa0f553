// Why a target is out of reach, one clause per cause, with numbers that add
// up: no initiative fixes a criterion; the target's initiatives cannot fit the
// horizon at all (bounds.cpp proves it); or they fit alone, but not beside the
// other targets the plan reaches, and then what runs short where.
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "config/criterion_kind.h"
#include "plan/limits.h"

namespace kubus::plan::detail {

double round2(double x) { return std::abs(x) < 0.005 ? 0.0 : std::round(x * 100) / 100; }

std::vector<std::string> ids_of(const Problem& p, const std::vector<int>& tasks) {
  std::vector<std::string> out;
  out.reserve(tasks.size());
  for (int t : tasks) out.push_back(p.tasks[t].initiative->id);
  return out;
}

Clause clause(Limit limit, Fact fact) { return {limit, Frame::None, {}, {std::move(fact)}}; }

namespace {

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

Fact capacity_fact(const Problem& p, const Usage& usage, int t, const Shortfall& s) {
  Fact f{FactKind::QuarterCapacity};
  f.initiative = p.tasks[t].initiative->id;
  f.per = round2(p.tasks[t].effort / s.at.length), f.have = round2(p.capacity - usage.effort[s.quarter]);
  f.short_by = round2(f.per - f.have);
  f.at = p.quarter_label(s.quarter), f.from = p.quarter_label(s.at.start), f.to = p.quarter_label(s.at.end());
  return f;
}

Fact budget_fact(const Problem& p, const Usage& usage, int t, const Shortfall& s) {
  int n = 0;
  for (int q = s.at.start; q <= s.at.end(); ++q) n += p.year_slot(q) == s.year;
  Fact f{FactKind::YearBudget};
  f.initiative = p.tasks[t].initiative->id, f.currency = p.currency;
  f.need = std::round(p.tasks[t].cost);
  f.per = std::round(p.tasks[t].cost * n / s.at.length), f.have = std::round(p.budget - usage.cost[s.year]);
  f.short_by = f.per - f.have;
  f.year = p.first_year + s.year;
  f.from = p.quarter_label(s.at.start), f.to = p.quarter_label(s.at.end());
  return f;
}

// The clause for the criteria no initiative fixes, naming any initiative that
// progress marks done although its criterion still fails.
Clause uncovered(const Problem& p, int dim) {
  Fact f{FactKind::Uncovered};
  for (const auto& k : p.uncovered[dim])
    if (std::find(f.criteria.begin(), f.criteria.end(), k) == f.criteria.end()) f.criteria.push_back(k);
  std::set<std::string> done;
  for (const Initiative* i : p.done)
    for (const auto& fix : i->fixes)
      if (std::find(f.criteria.begin(), f.criteria.end(), config::criterion_key(fix.kind, fix.ref)) != f.criteria.end())
        done.insert(i->id);
  f.initiatives.assign(done.begin(), done.end());
  return clause(Limit::Catalogue, std::move(f));
}

// Reachable alone, not beside the rest: what the plan leaves of the capacity
// or budget over the horizon, or else where the first missing task comes
// closest to fitting. The frame names the targets the plan reaches.
Clause contention_frame(const Problem& p, const Schedule& s, int dim) {
  Clause c;
  auto fixed = fixed_by(p, s, p.quarters - 1);
  for (int d = 0; d < p.scorer.dimensions(); ++d)
    if (d != dim && p.need_to[d] > 0 && p.scorer.level(d, fixed) >= p.target[d])
      c.beside.push_back(p.matrix->dimensions[d].id);
  // With a criterion no initiative fixes the target is out of reach anyway; its initiatives still compete.
  c.frame = p.uncovered[dim].empty() ? Frame::AloneNotBeside : Frame::FitsAloneNotBeside;
  return c;
}

Clause contention(const Problem& p, const Schedule& s, int dim, const std::vector<char>& needed) {
  std::vector<int> missing;
  for (std::size_t t = 0; t < needed.size(); ++t)
    if (needed[t] && !s.placed(static_cast<int>(t))) missing.push_back(static_cast<int>(t));
  Clause c = contention_frame(p, s, dim);
  Usage usage(p, s);
  double used = 0, spent = 0, effort = 0, cost = 0;
  for (double e : usage.effort) used += e;
  for (double x : usage.cost) spent += x;
  for (int t : missing) effort += p.tasks[t].effort, cost += p.tasks[t].cost;
  double have = p.capacity * p.quarters, funds = p.budget * p.years();
  Fact f{FactKind::WaitsFor};
  f.initiatives = ids_of(p, missing);
  c.limit = Limit::Capacity;
  if (round2(used) + round2(effort) > round2(have)) {
    f.kind = FactKind::PlanCapacity;
    f.per = round2(used), f.need = round2(effort), f.have = round2(have);
    f.short_by = round2(f.per + f.need - f.have);
  } else if (std::round(spent) + std::round(cost) > std::round(funds)) {
    f.kind = FactKind::PlanBudget, c.limit = Limit::Budget, f.currency = p.currency;
    f.per = std::round(spent), f.need = std::round(cost), f.have = std::round(funds);
    f.short_by = f.per + f.need - f.have;
  } else {
    for (int t : topological(p, missing))
      if (int es = earliest_start(p, s, t); es >= 0) {
        Clause fit = closest_fit(p, usage, t, es);
        c.limit = fit.limit, c.facts = std::move(fit.facts);
        return c;
      }
  }
  c.facts.push_back(std::move(f));
  return c;
}

// Neither a bound nor a schedule: the search for a schedule of the target's
// initiatives alone failed (exhaustively, or gave up). What was short where the
// first initiative left out of its best attempt came closest to fitting.
Clause no_fit_found(const Problem& p, const std::vector<char>& needed, const Schedule& attempt, Fit fit);

}  // namespace

Clause closest_fit(const Problem& p, const Usage& usage, int t, int es) {
  const Task& task = p.tasks[t];
  if (es + task.duration > p.quarters) {
    Fact f{es >= p.quarters ? FactKind::Waits : FactKind::LateStart};
    f.initiative = task.initiative->id;
    f.short_by = es + task.duration - p.quarters, f.count = task.duration;
    if (f.kind == FactKind::Waits) f.at = p.quarter_label(p.quarters - 1);
    else f.from = p.quarter_label(es), f.to = p.quarter_label(p.quarters - 1);
    return clause(Limit::Horizon, std::move(f));
  }
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
  if (cap_best < kNone) return clause(Limit::Capacity, capacity_fact(p, usage, t, cap_only));
  if (budget_best < kNone) return clause(Limit::Budget, budget_fact(p, usage, t, budget_only));
  Clause c = clause(Limit::Capacity, capacity_fact(p, usage, t, both));
  c.facts.push_back(budget_fact(p, usage, t, both));
  return c;
}

namespace {

Clause no_fit_found(const Problem& p, const std::vector<char>& needed, const Schedule& attempt, Fit fit) {
  std::vector<int> tasks, missing;
  for (std::size_t t = 0; t < needed.size(); ++t)
    if (needed[t]) {
      tasks.push_back(static_cast<int>(t));
      if (!attempt.placed(static_cast<int>(t))) missing.push_back(static_cast<int>(t));
    }
  Clause c{Limit::Capacity, fit == Fit::DoesNotFit ? Frame::NoSchedule : Frame::NoScheduleFound, ids_of(p, tasks), {}};
  Usage usage(p, attempt);
  for (int t : topological(p, missing))
    if (int es = earliest_start(p, attempt, t); es >= 0) {
      Clause fit_clause = closest_fit(p, usage, t, es);
      c.limit = fit_clause.limit, c.facts = std::move(fit_clause.facts);
      return c;
    }
  Fact f{FactKind::LeavesOut};
  f.initiatives = ids_of(p, missing);
  c.facts.push_back(std::move(f));
  return c;
}

}  // namespace

Unreachable explain(const Problem& p, const Schedule& s, int dim, double projected) {
  Unreachable u;
  u.dimension = p.matrix->dimensions[dim].id;
  u.target = p.target[dim];
  u.projected = projected;
  if (!p.uncovered[dim].empty()) u.reason.push_back(uncovered(p, dim));
  auto needed = needed_by(p, dim);
  bool missing = false;
  for (std::size_t t = 0; t < needed.size(); ++t) missing = missing || (needed[t] && !s.placed(static_cast<int>(t)));
  if (missing) {
    auto proof = impossible(p, needed, u.dimension);
    Schedule attempt;
    if (!proof.empty()) {
      u.reason.insert(u.reason.end(), proof.begin(), proof.end());
    } else if (Fit fit = fits_alone(p, needed, attempt); fit == Fit::Fits) {
      u.alone = p.uncovered[dim].empty();
      u.reason.push_back(contention(p, s, dim, needed));
    } else {
      u.reason.push_back(no_fit_found(p, needed, attempt, fit));
    }
  }
  return u;
}

}  // namespace kubus::plan::detail
