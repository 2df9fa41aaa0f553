// Roadmap planner benchmark: planning time for 50, 200 and 500 initiatives over
// 12 quarters (target: 500 in under 1 s), and the planner against the exact
// optimum of CBC (a real MILP solver, tests/plan/milp.h) on generated instances
// of 20 to 60 initiatives over 12 quarters and on the bundled assessments.
//   kubus-bench-plan [--instances N | --seed S] [--time-limit SECONDS] [--skip-timing] [--skip-cbc] [--verbose] | --plan N [--dense]
// --verbose prints both schedules of every instance.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "../tests/plan/instances.h"
#include "driver/run.h"
#include "milp.h"
#include "plan/problem.h"

using namespace kubus;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

struct Options {
  int instances = 40;
  int seed = 0;  // only this generated instance (0: seeds 1..instances)
  double time_limit = 120;
  bool timing = true, cbc = true, verbose = false;
  int plan_only = 0;  // --plan N: plan the generated instance of N initiatives once, for farm-bench
  bool dense = false;
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--instances") && i + 1 < argc) o.instances = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--seed") && i + 1 < argc) o.seed = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--time-limit") && i + 1 < argc) o.time_limit = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--skip-timing")) o.timing = false;
    else if (!std::strcmp(argv[i], "--plan") && i + 1 < argc) o.plan_only = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--dense")) o.dense = true;
    else if (!std::strcmp(argv[i], "--skip-cbc")) o.cbc = false;
    else if (!std::strcmp(argv[i], "--verbose")) o.verbose = true;
    else {
      fmt::print(stderr, "usage: kubus-bench-plan [--instances N | --seed S] [--time-limit SECONDS] [--skip-timing] [--skip-cbc] [--verbose] | --plan N [--dense]\n");
      std::exit(2);
    }
  }
  return o;
}

void timing() {
  fmt::print("planning time (12 quarters)\n");
  // Sparse: a matrix of 7 x 4 x n/80 criteria, so the cover needs a few initiatives;
  // dense: n/20 criteria per level, so it needs nearly all of them. Capacity and
  // budget as generated (they bind), then twenty times as much.
  for (bool dense : {false, true})
    for (double room : {1.0, 20.0})
      for (int n : {50, 200, 500}) {
        test::Instance in = test::generate(42, n, 12, dense);
        in.assessment.capacity_pm *= room;
        in.assessment.budget_per_year *= room;
        auto t0 = std::chrono::steady_clock::now();
        plan::Roadmap r = plan::plan(in.input(), in.catalogue);
        double t = seconds_since(t0);
        std::size_t selected = plan::detail::build_problem(in.input(), in.catalogue).tasks.size();
        fmt::print("  {} {:>3} initiatives, capacity x{:<2}: {:7.3f} s, {:>3} selected, {:>3} scheduled, {} of {} "
                   "targets reached\n",
                   dense ? "dense " : "sparse", n, room, t, selected, r.items.size(), r.reached, r.targets);
      }
}

// The planner against CBC. CBC's best schedule is valued by the planner's own
// evaluate() too: in a schedule CBC has not proven optimal, the MILP's
// auxiliary variables (a criterion fixed, a level held) may sit below what the
// placements allow, so the reference is the larger of the two values. Ratios
// compare plans that reach as many targets; a plan that reaches fewer is counted.
struct Comparison {
  std::vector<double> objective, gain, bound;
  int fewer_targets = 0, more_targets = 0, not_proven = 0, mismatch = 0;
  double slowest = 0;

  void add(const plan::detail::Problem& p, const plan::detail::Schedule& h, const test::MilpResult& m) {
    slowest = std::max(slowest, m.seconds);
    if (!m.optimal) ++not_proven;
    // The MILP may undercount a schedule that is not optimal, never overcount it;
    // at the optimum both must agree exactly. Anything else: one of them is wrong.
    bool over = m.objective > m.schedule.objective + 1e-6 || m.reached > m.schedule.reached;
    bool differ = std::abs(m.schedule.objective - m.objective) > 1e-6 || m.schedule.reached != m.reached;
    if (over || (m.optimal && differ)) ++mismatch;
    int reached = std::max(m.reached, m.schedule.reached);
    if (h.reached < reached) ++fewer_targets;
    if (h.reached > reached) ++more_targets;
    if (h.reached != reached) return;
    double reference = std::max(m.objective, m.schedule.objective);
    plan::detail::Schedule none = plan::detail::empty_schedule(p);
    plan::detail::evaluate(p, none);
    double base = none.objective;
    objective.push_back(h.objective / reference);
    // The gain over doing nothing: the part of the objective the schedule decides.
    gain.push_back(reference - base > 1e-9 ? (h.objective - base) / (reference - base) : 1.0);
    // Against CBC's upper bound: a pessimistic ratio where CBC did not prove the optimum.
    if (std::isfinite(m.bound)) bound.push_back(h.objective / std::max(m.bound, reference));
  }

  static std::string worst_median(std::vector<double> v) {
    if (v.empty()) return "none";
    std::sort(v.begin(), v.end());
    return fmt::format("worst {:.4f}, median {:.4f}", v.front(), v[v.size() / 2]);
  }

  void print(const std::string& what) const {
    if (objective.empty() && fewer_targets == 0) return;
    fmt::print("{}: planner / CBC's best over {} instances\n", what, objective.size() + fewer_targets + more_targets);
    fmt::print("  objective:           {}\n", worst_median(objective));
    fmt::print("  gain over no plan:   {}\n", worst_median(gain));
    fmt::print("  objective / CBC's upper bound: {}\n", worst_median(bound));
    fmt::print("  targets reached:     fewer than CBC on {}, more on {}\n", fewer_targets, more_targets);
    fmt::print("  CBC: optimality not proven within the limit on {}; slowest {:.1f} s; MILP and planner disagree on "
               "the value of CBC's schedule on {}\n",
               not_proven, slowest, mismatch);
  }
};

void compare(const plan::detail::Problem& p, const Options& o, Comparison& c, const std::string& label) {
  plan::detail::Schedule h = plan::detail::schedule_heuristic(p);
  test::MilpResult m = test::solve_milp(p, o.time_limit, &h);
  if (!m.solved) {
    fmt::print("  {}: CBC found no schedule within {} s\n", label, o.time_limit);
    return;
  }
  c.add(p, h, m);
  if (o.verbose)
    for (std::size_t t = 0; t < p.tasks.size(); ++t)
      fmt::print("    {:<28} {:>6.1f} pm {:>8.0f}  min {}  planner {:>2}+{:<2}  CBC {:>2}+{:<2}\n",
                 p.tasks[t].initiative->id, p.tasks[t].effort, p.tasks[t].cost, p.tasks[t].duration, h.start[t],
                 h.length[t], m.schedule.start[t], m.schedule.length[t]);
  fmt::print("  {:<30} {:>2} tasks: planner {} targets {:.4f}; CBC {} targets {:.4f}{} ({:.1f} s)\n", label,
             p.tasks.size(), h.reached, h.objective, std::max(m.reached, m.schedule.reached),
             std::max(m.objective, m.schedule.objective),
             m.optimal ? "" : std::isfinite(m.bound) ? fmt::format(", not proven: bound {:.4f}", m.bound)
                                                     : std::string(", not proven"),
             m.seconds);
}

void generated(const Options& o) {
  Comparison c;
  fmt::print("generated instances, 12 quarters (initiatives, tasks selected)\n");
  for (int seed = o.seed ? o.seed : 1; seed <= (o.seed ? o.seed : o.instances); ++seed) {
    int n = 20 + (seed * 17) % 41;  // 20..60 initiatives
    test::Instance in = test::generate(static_cast<std::uint64_t>(seed), n, 12, true);
    plan::Input input = in.input();
    plan::detail::Problem p = plan::detail::build_problem(input, in.catalogue);
    compare(p, o, c, fmt::format("seed {:>2}, {:>2} initiatives", seed, n));
  }
  c.print("generated instances");
}

void assessments(const Options& o) {
  Comparison c;
  fmt::print("bundled assessments\n");
  for (const char* name : {"assessments/zorgverzekeraar", "assessments/energieleverancier", "tests/roadmap/bank"}) {
    driver::Session s(driver::default_load_options());
    auto run = driver::assess(s, std::string(KUBUS_SOURCE_DIR) + "/" + name);
    if (!run) {
      fmt::print("  {}: cannot be assessed\n", name);
      continue;
    }
    const driver::Run* r = run.get();
    plan::Input input{&r->matrix, &r->assessment,
                      [r](const config::Dimension&, const config::Criterion& cr) { return r->measure(cr); }};
    plan::detail::Problem p = plan::detail::build_problem(input, *r->catalogue);
    compare(p, o, c, name);
  }
  c.print("bundled assessments");
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse(argc, argv);
  if (o.plan_only > 0) {
    test::Instance in = test::generate(42, o.plan_only, 12, o.dense);
    plan::Roadmap r = plan::plan(in.input(), in.catalogue);
    fmt::print("{} initiatives{}: {} scheduled, {} of {} targets reached\n", o.plan_only, o.dense ? " (dense)" : "",
               r.items.size(), r.reached, r.targets);
    return 0;
  }
  if (o.timing) timing();
  if (!o.cbc) return 0;
  generated(o);
  assessments(o);
}
