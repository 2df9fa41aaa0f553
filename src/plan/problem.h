// The planner's working form of one assessment: the matrix criteria flattened
// with their measured scores, the selected initiatives as tasks with effort
// and cost for this assessment, and the horizon. Internal to src/plan (the
// benchmark and the tests' MILP oracle read it too).
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
  config::CriterionKind kind = config::CriterionKind::Rule;
  std::size_t failures = 0;
};

// The scoring rules of score::compute on flat arrays, fast enough to evaluate
// thousands of candidate schedules; a unit test keeps the two equal.
class Scorer {
 public:
  Scorer(const config::Matrix& matrix, const score::MeasureFn& measure);
  const std::vector<Crit>& criteria() const { return crits_; }
  int dimensions() const { return static_cast<int>(dims_.size()); }
  int top() const { return top_; }
  double weight(int dim) const { return dims_[dim].weight; }
  const std::vector<int>& at(int dim, int level) const { return dims_[dim].by_level[level]; }
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
  double effort = 0, cost = 0;  // including the per-finding parts; spread evenly over the quarters it runs
  int duration = 1;             // quarters, at least
  bool started = false;         // progress: under way, so it starts in the first quarter and waits for nothing
  std::vector<int> deps;        // task indices of `after`
  std::vector<int> fixes;       // criterion indices
  std::size_t resolves = 0;     // findings and gaps of the rule and gap criteria it fixes
};

struct Problem {
  Problem(const Input& in, const config::Matrix& m, const std::map<std::string, config::Target>& t)
      : input(&in), matrix(&m), targets(&t), scorer(m, in.measure) {}
  const Input* input = nullptr;
  const config::Matrix* matrix = nullptr;  // never null: an empty matrix without input
  const std::map<std::string, config::Target>* targets = nullptr;
  Scorer scorer;
  std::vector<Task> tasks;                          // the selected initiatives, by ID
  std::vector<std::vector<std::string>> uncovered;  // per dimension: failing criteria no initiative fixes
  std::vector<int> need_from, need_to;              // per dimension: levels current+1..target to reach (0 when none)
  std::vector<int> target;                          // per dimension: its target level, 0 without one
  std::vector<const Initiative*> done;              // initiatives progress marks done, by ID
  int quarters = 0, first_year = 0, first_quarter = 1;
  std::vector<int> slot;                            // per quarter: its calendar year, counted from the first
  double capacity = 0, budget = 0;
  std::string currency = "EUR";

  int year_of(int q) const { return first_year + (first_quarter - 1 + q) / 4; }
  int year_slot(int q) const { return slot[q]; }
  int years() const { return quarters > 0 ? slot[quarters - 1] + 1 : 0; }
  std::string quarter_label(int q) const;
};

// The `after` graph of the tasks, for plan/dependencies.h: what task t waits for.
inline auto task_deps(const Problem& p) {
  return [&p](int t) -> const std::vector<int>& { return p.tasks[static_cast<std::size_t>(t)].deps; };
}

// Selection (select.cpp): the failing criteria between each dimension's level
// and its target, the cheapest cover of them and its `after` closure; started
// initiatives always, done ones never.
Problem build_problem(const Input& input, const Catalogue& catalogue);

// Where a task runs: `length` quarters from `start`, at least its duration.
struct Placement {
  int start = -1, length = 0;
  bool placed() const { return start >= 0; }
  int end() const { return start + length - 1; }
};

// A schedule: a placement per task (start -1 when it does not fit), valued by
// the started tasks it keeps (work under way comes first), then the targets
// it reaches at the end of the horizon, then the objective.
struct Schedule {
  std::vector<int> start, length;
  double objective = 0;
  int kept = 0, reached = 0;
  bool placed(int t) const { return start[t] >= 0; }
  int end(int t) const { return start[t] + length[t] - 1; }
  void set(int t, Placement at) { start[t] = at.start, length[t] = at.length; }
};
Schedule empty_schedule(const Problem& p);
// `a` is strictly better than `b`: more started tasks kept, or as many and more
// targets reached, or as many and a higher objective.
bool better(const Schedule& a, const Schedule& b);

// Used effort per quarter and cost per calendar year, to test whether a task fits.
struct Usage {
  std::vector<double> effort, cost;
  explicit Usage(const Problem& p);
  Usage(const Problem& p, const Schedule& s);  // what the placed tasks of `s` use
  bool fits(const Problem& p, int t, Placement at) const;
  void add(const Problem& p, int t, Placement at, double sign = 1);
  // The placement that fits and ends earliest, starting at `from` or later
  // (exactly at `from` when `fixed_start`); at that end, the shortest. None: not placed.
  Placement earliest(const Problem& p, int t, int from, bool fixed_start = false) const;
  // The placement that fits, starting at `from` or later and ending by
  // `deadline`, that leaves the most room: the lowest peak share of the
  // capacity of a quarter or the budget of a year it runs in; ties end earlier.
  // Tight plans need initiatives stretched thin to pack. None: not placed.
  // `tried` counts the placements looked at.
  Placement widest(const Problem& p, int t, int from, int deadline, bool fixed_start, long& tried) const;
  // The highest share of the capacity of a quarter, or of the budget of a year,
  // that task t placed at `at` would take beside what is used (2 where there is none).
  double peak_share(const Problem& p, int t, Placement at) const;
};

// Per task: the last quarter it may end in so that everything waiting for it
// (among `members`, at least its duration and what the capacity per quarter
// allows) still fits before the end of the horizon.
std::vector<int> deadlines(const Problem& p, const std::vector<char>& members);

// How each task of a list is placed: at its earliest end (Earliest),
// stretched as thin as its deadline allows (Widest), or where a given
// schedule places it (Given: a schedule found for a set of targets).
enum class Rule : char { Earliest, Widest, Given };
struct Guide {
  std::vector<int> deadline;      // per task, for Widest (see deadlines())
  const Schedule* given = nullptr;  // for Given
};

// The placement of task t by `rule`, from its earliest start; Widest and Given
// fall back to Earliest when what they choose does not fit. `tried` grows by
// the work done, in placements at the earliest end.
Placement place(const Problem& p, const Usage& usage, const Schedule& s, int t, Rule rule, const Guide& guide,
                long& tried);

// Earliest start after every dependency ends (0 for a started task); -1 when a
// dependency is not scheduled.
int earliest_start(const Problem& p, const Schedule& s, int t);

// Serial schedule generation: each task in `order` at its earliest-ending
// placement that fits capacity and budget (or not at all). `order` lists
// dependencies first; tasks not in `order` stay out.
Schedule decode(const Problem& p, const std::vector<int>& order);
// The same with a rule per task (indexed by task).
Schedule decode(const Problem& p, const std::vector<int>& order, const std::vector<Rule>& rules, const Guide& guide);

// Places every task still out at its earliest-ending placement that fits,
// dependencies first: afterwards no left-out task fits anywhere (the reasons rely on it).
void complete(const Problem& p, Schedule& s);

// Sets the objective (the sum over the horizon's quarters of the weighted
// overall score; a task's fixes count from the quarter after it ends) and the
// targets reached at the end of the horizon.
void evaluate(const Problem& p, Schedule& s);

// The criteria fixed by the tasks of `s` that end by quarter `last` (inclusive).
std::vector<char> fixed_by(const Problem& p, const Schedule& s, int last);

// `tasks` in dependency order, ties in the order given; members of an `after` cycle last.
std::vector<int> topological(const Problem& p, const std::vector<int>& tasks);
std::vector<int> all_tasks(const Problem& p);  // 0, 1, ..., by ID

// The tasks dimension `dim` needs to reach its target, with everything they wait for.
std::vector<char> needed_by(const Problem& p, int dim);

// The schedule the heuristic finds (heuristic.cpp); valid `seeds` compete with it.
Schedule schedule_heuristic(const Problem& p, const std::vector<Schedule>& seeds = {});

// Why a target is out of reach (reasons.cpp): the clauses of Unreachable.
Unreachable explain(const Problem& p, const Schedule& s, int dim, double projected);

// The full report of a schedule (roadmap.cpp): items, periods, projection, reasons.
Roadmap make_roadmap(const Problem& p, const Schedule& s);

}  // namespace kubus::plan::detail
