// From a schedule to the roadmap a consultant presents: items, effort and cost
// per quarter and year, the projected scores (re-scored with score::compute),
// and for every target out of reach the reason with its numbers.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "plan/dependencies.h"
#include "plan/problem.h"

namespace kubus::plan {
namespace detail {
namespace {

std::string quarters_text(int n) { return std::to_string(n) + (n == 1 ? " quarter" : " quarters"); }

std::string num(double x) {
  std::string s = fmt::format("{:.2f}", x);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

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

std::vector<char> fixed_by(const Problem& p, const Schedule& s, int last_quarter) {
  std::vector<char> fixed(p.scorer.criteria().size(), 0);
  for (std::size_t t = 0; t < p.tasks.size(); ++t)
    if (s.start[t] >= 0 && s.end(p, static_cast<int>(t)) <= last_quarter)
      for (int c : p.tasks[t].fixes) fixed[c] = 1;
  return fixed;
}

// Why task t, whose dependencies are all scheduled, found no start quarter.
// Both schedulers leave a task out only when no start fits, so at every start
// capacity or budget (or both) falls short; the smallest shortfall is reported.
std::string why_not(const Problem& p, const Schedule& s, const Usage& usage, int t) {
  const Task& task = p.tasks[t];
  const std::string& id = task.initiative->id;
  int es = earliest_start(p, s.start, t);
  if (es + task.duration > p.quarters)
    return "horizon too short by " + quarters_text(es + task.duration - p.quarters) + " (" + id + " takes " +
           quarters_text(task.duration) + (es > 0 ? " after what it waits for)" : ")");
  constexpr double kNone = 1e300;
  double per_quarter = task.effort / task.duration;
  double cap_alone = kNone, budget_alone = kNone, cap_any = kNone, budget_any = kNone;
  int cap_alone_q = es, budget_alone_q = es, cap_any_q = es, budget_any_q = es;
  for (int q = es; q + task.duration <= p.quarters; ++q) {
    double cap_short = 0;
    int worst = q;
    for (int k = q; k < q + task.duration; ++k)
      if (usage.effort[k] + per_quarter - p.capacity > cap_short) cap_short = usage.effort[k] + per_quarter - p.capacity, worst = k;
    double budget_short = std::max(0.0, usage.cost[p.year_slot(q)] + task.cost - p.budget);
    if (budget_short <= 1e-9 && cap_short < cap_alone) cap_alone = cap_short, cap_alone_q = worst;
    if (cap_short <= 1e-9 && budget_short < budget_alone) budget_alone = budget_short, budget_alone_q = q;
    if (cap_short < cap_any) cap_any = cap_short, cap_any_q = worst;
    if (budget_short < budget_any) budget_any = budget_short, budget_any_q = q;
  }
  std::string capacity = "capacity short by ", budget = "budget short by ";
  std::string needs = " (" + id + " needs " + num(per_quarter) + " pm per quarter)";
  std::string costs = " (" + id + " costs " + num(task.cost) + " " + p.currency + ")";
  if (cap_alone < kNone)
    return capacity + num(cap_alone) + " pm in " + std::to_string(p.year_of(cap_alone_q)) + needs;
  if (budget_alone < kNone)
    return budget + num(budget_alone) + " " + p.currency + " in " + std::to_string(p.year_of(budget_alone_q)) + costs;
  return capacity + num(cap_any) + " pm in " + std::to_string(p.year_of(cap_any_q)) + " and " + budget +
         num(budget_any) + " " + p.currency + " in " + std::to_string(p.year_of(budget_any_q)) + " (" + id + ")";
}

std::string reasons(const Problem& p, const Schedule& s, const Usage& usage, int dim) {
  std::vector<std::string> parts;
  if (!p.uncovered[dim].empty()) {
    std::string keys;
    for (const auto& k : p.uncovered[dim]) keys += (keys.empty() ? "" : ", ") + k;
    parts.push_back("no initiative fixes " + keys);
  }
  // The tasks this dimension needs, with everything they wait for.
  const auto& crits = p.scorer.criteria();
  std::vector<int> fixing;
  for (std::size_t t = 0; t < p.tasks.size(); ++t)
    for (int c : p.tasks[t].fixes)
      if (crits[c].dim == dim && crits[c].level >= p.need_from[dim] && crits[c].level <= p.need_to[dim] &&
          !crits[c].holds)
        fixing.push_back(static_cast<int>(t));
  std::vector<char> needed(p.tasks.size(), 0);
  for (int t : closure(p.tasks.size(), task_deps(p), fixing)) needed[t] = 1;
  for (std::size_t t = 0; t < p.tasks.size(); ++t) {
    if (!needed[t] || s.start[t] >= 0) continue;
    const auto& deps = p.tasks[t].deps;
    if (!std::all_of(deps.begin(), deps.end(), [&](int d) { return s.start[d] >= 0; })) continue;
    std::string why = why_not(p, s, usage, static_cast<int>(t));
    if (std::find(parts.begin(), parts.end(), why) == parts.end()) parts.push_back(why);
  }
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : "; ") + part;
  return out;
}

}  // namespace

Roadmap make_roadmap(const Problem& p, const Schedule& s) {
  Roadmap r;
  Usage usage(p);
  for (std::size_t t = 0; t < p.tasks.size(); ++t) {
    if (s.start[t] < 0) continue;
    usage.add(p, static_cast<int>(t), s.start[t]);
    const Task& task = p.tasks[t];
    r.items.push_back({task.initiative, s.start[t], s.end(p, static_cast<int>(t)), task.effort, task.cost});
    r.total_effort += task.effort;
    r.total_cost += task.cost;
  }
  std::sort(r.items.begin(), r.items.end(), [](const Scheduled& a, const Scheduled& b) {
    return a.start != b.start ? a.start < b.start : a.initiative->id < b.initiative->id;
  });
  for (int q = 0; q < p.quarters; ++q) {
    double cost = 0;
    for (const auto& item : r.items) cost += item.start == q ? item.cost : 0.0;
    r.quarters.push_back({p.quarter_label(q), usage.effort[q], cost});
    if (r.years.empty() || r.years.back().label != std::to_string(p.year_of(q)))
      r.years.push_back({std::to_string(p.year_of(q)), 0, 0});
    r.years.back().effort += usage.effort[q];
    r.years.back().cost += cost;
  }
  for (int q = 0; q < p.quarters; ++q) {
    if (q + 1 < p.quarters && p.year_of(q + 1) == p.year_of(q)) continue;
    score::Scores at = rescore(p, fixed_by(p, s, q));
    YearProjection y{p.year_of(q), {}, at.overall};
    for (const auto& d : at.dimensions) y.dimensions.push_back({d.dimension->id, d.score});
    r.projection.push_back(std::move(y));
  }
  r.objective = objective(p, s);

  score::Scores final_scores = rescore(p, fixed_by(p, s, p.quarters));
  bool any_target = false, any_need = false;
  for (std::size_t d = 0; d < final_scores.dimensions.size(); ++d) {
    const auto& ds = final_scores.dimensions[d];
    if (!ds.target) continue;
    any_target = true;
    any_need = any_need || p.need_to[d] > 0;
    if (ds.level >= *ds.target) continue;
    r.unreachable.push_back({ds.dimension->id, *ds.target, ds.score, reasons(p, s, usage, static_cast<int>(d))});
  }
  if (!any_target)
    r.note = "no dimension has a target: nothing to plan";
  else if (!any_need)
    r.note = "every target is already reached: nothing to plan";
  return r;
}

}  // namespace detail

Roadmap plan(const Input& input, const Catalogue& catalogue) {
  detail::Problem p = detail::build_problem(input, catalogue);
  return detail::make_roadmap(p, detail::schedule_heuristic(p));
}

Roadmap plan_exact(const Input& input, const Catalogue& catalogue) {
  detail::Problem p = detail::build_problem(input, catalogue);
  return detail::make_roadmap(p, detail::schedule_exact(p));
}

}  // namespace kubus::plan
