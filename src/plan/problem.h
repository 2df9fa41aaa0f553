// The planner's working form of one assessment: the matrix criteria flattened
// with their measured scores, the selected initiatives as tasks with effort
// and cost for this assessment, and the horizon. Internal to src/plan.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "plan/plan.h"

namespace kubus::plan::detail {

struct Crit {
  int dim = 0, level = 2;
  bool applicable = true;   // not NotApplicable
  bool holds = false;       // as measured, before any initiative
  double s = 0;             // as measured; 0 when not evaluated
  double weight = 1;
  std::string key;          // "rule:ID"
  std::size_t failures = 0;
};

// The scoring rules of score::compute on flat arrays, fast enough to evaluate
// thousands of candidate schedules; a unit test keeps the two equal.
class Scorer {
 public:
  Scorer(const config::Matrix& matrix, const score::MeasureFn& measure);
  const std::vector<Crit>& criteria() const { return crits_; }
  int dimensions() const { return static_cast<int>(dims_.size()); }
  // Dimension levels and scores with the criteria marked in `fixed` at s = 1.
  int level(int dim, const std::vector<char>& fixed) const;
  double score(int dim, const std::vector<char>& fixed) const;
  double overall(const std::vector<char>& fixed) const;

 private:
  struct Dim {
    double weight = 1;
    std::vector<std::vector<int>> by_level;  // [level] -> criterion indices; levels 0 and 1 empty
  };
  std::vector<Crit> crits_;
  std::vector<Dim> dims_;
  int top_ = 1;
};

struct Task {
  const Initiative* initiative = nullptr;
  double effort = 0, cost = 0;  // including the per-finding parts
  int duration = 1;
  std::vector<int> deps;   // task indices of `after`
  std::vector<int> fixes;  // criterion indices
};

struct Problem {
  Problem(const Input& in, const config::Matrix& m, const std::map<std::string, config::Target>& t)
      : input(&in), matrix(&m), targets(&t), scorer(m, in.measure) {}
  const Input* input = nullptr;
  const config::Matrix* matrix = nullptr;  // never null: an empty matrix without input
  const std::map<std::string, config::Target>* targets = nullptr;
  Scorer scorer;
  std::vector<Task> tasks;                         // the selected initiatives, by ID
  std::vector<std::vector<std::string>> uncovered;  // per dimension: failing criteria no initiative fixes
  std::vector<int> need_from, need_to;              // per dimension: levels current+1..target to reach (empty when none)
  int quarters = 0, first_year = 0, first_quarter = 1;
  double capacity = 0, budget = 0;
  std::string currency = "EUR";

  int year_of(int q) const { return first_year + (first_quarter - 1 + q) / 4; }
  int year_slot(int q) const { return year_of(q) - first_year; }
  std::string quarter_label(int q) const;
};

// The `after` graph of the tasks, for plan/dependencies.h: what task t waits for.
inline auto task_deps(const Problem& p) {
  return [&p](int t) -> const std::vector<int>& { return p.tasks[static_cast<std::size_t>(t)].deps; };
}

// Selection (select.cpp): the failing criteria between each dimension's level
// and its target, the cheapest cover of them and its `after` closure.
Problem build_problem(const Input& input, const Catalogue& catalogue);

// A schedule: a start quarter per task, -1 when it does not fit.
struct Schedule {
  std::vector<int> start;
  double objective = 0;
  int end(const Problem& p, int t) const { return start[t] + p.tasks[t].duration - 1; }
};

// Used effort per quarter and cost per calendar year, to test whether a task fits.
struct Usage {
  std::vector<double> effort, cost;
  explicit Usage(const Problem& p);
  bool fits(const Problem& p, int t, int start) const;
  void add(const Problem& p, int t, int start, double sign = 1);
};

// Earliest start after every dependency ends; -1 when one is not scheduled.
int earliest_start(const Problem& p, const std::vector<int>& start, int t);

// Serial schedule generation: each task in `order` at its earliest start that
// fits capacity and budget (or not at all). `order` lists dependencies first.
Schedule decode(const Problem& p, const std::vector<int>& order);

// Places every task still out at its earliest start that fits, dependencies
// first: afterwards no left-out task fits anywhere (the reasons rely on it).
void complete(const Problem& p, Schedule& s);

// Sum over the horizon's quarters of the weighted overall score; a task's fixes
// count from the quarter after it ends. `end[t]` < 0 or past the horizon: never.
double objective(const Problem& p, const std::vector<int>& end);
double objective(const Problem& p, const Schedule& s);

// The schedule the heuristic finds (heuristic.cpp) and the exact optimum (exact.cpp).
Schedule schedule_heuristic(const Problem& p);
Schedule schedule_exact(const Problem& p);

// The full report of a schedule (roadmap.cpp): items, periods, projection, reasons.
Roadmap make_roadmap(const Problem& p, const Schedule& s);

}  // namespace kubus::plan::detail
