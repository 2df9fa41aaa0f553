// From a schedule to the roadmap a consultant presents: items with what each
// buys, effort and cost per quarter and year, the projected scores (re-scored
// with score::compute), the years that spend without moving a score, and for
// every target out of reach the reason with its numbers. Also the entry
// points: one plan, or one assessment under several what-ifs.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "plan/limits.h"

namespace kubus::plan {
namespace detail {
namespace {

// Scores with the criteria marked in `fixed` at s = 1, by the rules of score::compute.
score::Scores rescore(const Problem& p, const std::vector<char>& fixed) {
  const config::Matrix& m = *p.matrix;
  std::vector<std::size_t> offset;
  std::size_t n = 0;
  for (const auto& d : m.dimensions) offset.push_back(n), n += d.criteria.size();
  score::MeasureFn fn = [&](const config::Dimension& d, const config::Criterion& c) {
    std::size_t i = offset[static_cast<std::size_t>(&d - m.dimensions.data())] + static_cast<std::size_t>(&c - d.criteria.data());
    score::Measure fixed_measure = p.input->measure(d, c);
    // A fix makes a criterion hold; one with nothing to check stays not applicable.
    if (!fixed[i] || fixed_measure.status == score::Status::NotApplicable) return fixed_measure;
    fixed_measure.status = score::Status::Evaluated;
    fixed_measure.value = 1;
    fixed_measure.passed = fixed_measure.total;
    fixed_measure.failures = 0;
    return fixed_measure;
  };
  return score::compute(m, fn, *p.targets);
}

// What task t adds at the end of the horizon, given the rest of the schedule.
Uplift uplift(const Problem& p, const Schedule& s, int t, const std::vector<char>& all) {
  std::vector<char> without(all.size(), 0);
  for (std::size_t o = 0; o < p.tasks.size(); ++o)
    if (static_cast<int>(o) != t && s.placed(static_cast<int>(o)))
      for (int c : p.tasks[o].fixes) without[c] = 1;
  Uplift u;
  u.overall = p.scorer.overall(all) - p.scorer.overall(without);
  for (int d = 0; d < p.scorer.dimensions(); ++d)
    u.dimensions.push_back({p.matrix->dimensions[d].id, p.scorer.score(d, all) - p.scorer.score(d, without)});
  return u;
}

void items(const Problem& p, const Schedule& s, Roadmap& r) {
  auto all = fixed_by(p, s, p.quarters - 1);
  for (std::size_t t = 0; t < p.tasks.size(); ++t) {
    int task = static_cast<int>(t);
    if (!s.placed(task)) continue;
    const Task& x = p.tasks[t];
    Saving saving;
    if (p.input->model) saving = yearly_saving(*x.initiative, *p.input->model, p.currency);
    if (saving.amount) r.total_saving = r.total_saving.value_or(0) + *saving.amount;
    r.items.push_back({x.initiative, s.start[t], s.end(task), x.effort, x.cost, x.started, uplift(p, s, task, all),
                       x.resolves, std::move(saving)});
    r.total_effort += x.effort;
    r.total_cost += x.cost;
  }
  std::sort(r.items.begin(), r.items.end(), [](const Scheduled& a, const Scheduled& b) {
    return a.start != b.start ? a.start < b.start : a.initiative->id < b.initiative->id;
  });
}

void periods(const Problem& p, const Schedule& s, Roadmap& r) {
  for (int q = 0; q < p.quarters; ++q) {
    double effort = 0, cost = 0;
    for (std::size_t t = 0; t < p.tasks.size(); ++t)
      if (s.placed(static_cast<int>(t)) && s.start[t] <= q && q <= s.end(static_cast<int>(t))) {
        effort += p.tasks[t].effort / s.length[t];
        cost += p.tasks[t].cost / s.length[t];
      }
    r.quarters.push_back({p.quarter_label(q), effort, cost});
    if (r.years.empty() || r.years.back().label != std::to_string(p.year_of(q)))
      r.years.push_back({std::to_string(p.year_of(q)), 0, 0});
    r.years.back().effort += effort;
    r.years.back().cost += cost;
  }
}

void projection(const Problem& p, const Schedule& s, Roadmap& r) {
  score::Scores before = rescore(p, std::vector<char>(p.scorer.criteria().size(), 0));
  for (int q = 0; q < p.quarters; ++q) {
    if (q + 1 < p.quarters && p.year_of(q + 1) == p.year_of(q)) continue;
    score::Scores at = rescore(p, fixed_by(p, s, q));
    YearProjection y{p.year_of(q), {}, at.overall};
    double largest = std::abs(at.overall - before.overall);
    for (std::size_t d = 0; d < at.dimensions.size(); ++d) {
      y.dimensions.push_back({at.dimensions[d].dimension->id, at.dimensions[d].score});
      largest = std::max(largest, std::abs(at.dimensions[d].score - before.dimensions[d].score));
    }
    const Period& year = r.years[r.projection.size()];
    if (year.cost > 0.5 && largest < kMeaningfulMove - 1e-9)
      r.flat_years.push_back({y.year, year.cost, before.overall, at.overall, largest});
    r.projection.push_back(std::move(y));
    before = std::move(at);
  }
}

}  // namespace

Roadmap make_roadmap(const Problem& p, const Schedule& s) {
  Roadmap r;
  items(p, s, r);
  periods(p, s, r);
  projection(p, s, r);
  r.objective = s.objective;
  for (const Initiative* i : p.done) r.done.push_back(i->id);
  Usage usage(p, s);
  for (std::size_t t = 0; t < p.tasks.size(); ++t)
    if (p.tasks[t].started && !s.placed(static_cast<int>(t)))
      r.stalled.push_back({p.tasks[t].initiative->id, closest_fit(p, usage, static_cast<int>(t), 0)});
  score::Scores final_scores = rescore(p, fixed_by(p, s, p.quarters));
  bool any_need = false;
  for (std::size_t d = 0; d < final_scores.dimensions.size(); ++d) {
    const auto& ds = final_scores.dimensions[d];
    if (!ds.target) continue;
    ++r.targets;
    any_need = any_need || p.need_to[d] > 0;
    if (ds.level >= *ds.target) ++r.reached;
    else r.unreachable.push_back(explain(p, s, static_cast<int>(d), ds.score));
  }
  if (r.targets == 0)
    r.note = Note::NoTargets;
  else if (!any_need)
    r.note = Note::AllReached;
  return r;
}

}  // namespace detail

std::string_view limit_name(Limit l) {
  switch (l) {
    case Limit::Catalogue: return "catalogue";
    case Limit::Horizon: return "horizon";
    case Limit::Capacity: return "capacity";
    case Limit::Budget: return "budget";
  }
  return "capacity";
}

std::string_view fact_name(FactKind k) {
  switch (k) {
    case FactKind::Uncovered: return "uncovered";
    case FactKind::Chain: return "chain";
    case FactKind::TaskCapacity: return "task-capacity";
    case FactKind::TaskBudget: return "task-budget";
    case FactKind::WindowCapacity: return "window-capacity";
    case FactKind::WindowBudget: return "window-budget";
    case FactKind::Waits: return "waits";
    case FactKind::LateStart: return "late-start";
    case FactKind::QuarterCapacity: return "quarter-capacity";
    case FactKind::YearBudget: return "year-budget";
    case FactKind::PlanCapacity: return "plan-capacity";
    case FactKind::PlanBudget: return "plan-budget";
    case FactKind::WaitsFor: return "waits-for";
    case FactKind::LeavesOut: return "leaves-out";
  }
  return "uncovered";
}

std::string_view frame_name(Frame f) {
  switch (f) {
    case Frame::None: return "";
    case Frame::AloneNotBeside: return "alone-not-beside";
    case Frame::FitsAloneNotBeside: return "fits-alone-not-beside";
    case Frame::NoSchedule: return "no-schedule";
    case Frame::NoScheduleFound: return "no-schedule-found";
  }
  return "";
}

std::vector<Limit> Unreachable::limits() const {
  std::vector<Limit> out;
  for (const Clause& c : reason) out.push_back(c.limit);
  return out;
}

int Roadmap::last_quarter() const {
  int last = -1;
  for (const auto& i : items) last = std::max(last, i.end);
  return last;
}

Roadmap plan(const Input& input, const Catalogue& catalogue) { return plan_variants({input}, catalogue).front(); }

std::vector<Roadmap> plan_variants(const std::vector<Input>& inputs, const Catalogue& catalogue) {
  auto of = [&](std::size_t i) -> const config::Assessment& {
    static const config::Assessment kNone;
    return inputs[i].assessment ? *inputs[i].assessment : kNone;
  };
  auto dominates = [&](std::size_t i, std::size_t j) {
    const auto &a = of(i), &b = of(j);
    return a.start && b.start && a.start->index() == b.start->index() && b.years <= a.years &&
           b.capacity_pm <= a.capacity_pm && b.budget_per_year <= a.budget_per_year;
  };
  // Fewer years, then less capacity, then less budget first: every variant a
  // plan dominates is planned before it.
  std::vector<std::size_t> order(inputs.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
    const auto &a = of(i), &b = of(j);
    if (a.years != b.years) return a.years < b.years;
    if (a.capacity_pm != b.capacity_pm) return a.capacity_pm < b.capacity_pm;
    return a.budget_per_year < b.budget_per_year;
  });
  std::vector<Roadmap> out(inputs.size());
  std::vector<detail::Schedule> schedules(inputs.size());
  std::vector<std::size_t> planned;
  for (std::size_t i : order) {
    detail::Problem p = detail::build_problem(inputs[i], catalogue);
    std::vector<detail::Schedule> seeds;
    for (std::size_t j : planned)
      if (dominates(i, j)) seeds.push_back(schedules[j]);
    schedules[i] = detail::schedule_heuristic(p, seeds);
    out[i] = detail::make_roadmap(p, schedules[i]);
    planned.push_back(i);
  }
  return out;
}

}  // namespace kubus::plan
