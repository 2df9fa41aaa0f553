// The scheduling heuristic: serial schedule generation over priority lists,
// improved by a local search that moves tasks within the list. It starts from
// several lists (orders.cpp), repairs unreached targets with lists that put
// their tasks first, perturbs the best list and searches again, and lets valid
// seeds compete. A schedule is better when it reaches more targets, then when
// its objective is higher. Deterministic: the perturbations come from a fixed
// seed, and the search is bounded by a count of task placements, not by time.
#include <algorithm>
#include <cstdint>
#include <optional>

#include "plan/limits.h"
#include "plan/orders.h"

namespace kubus::plan::detail {
namespace {

// Every trial list is decoded from the first position it changes; this bounds
// the task placements of the whole search, whatever the size.
constexpr long kPlacementBudget = 3000000;
constexpr int kWideNeighbourhood = 60;  // up to this many tasks every move is tried, else moves within 3 places
constexpr int kNarrowNeighbourhood = 3;
constexpr int kRepairRounds = 3;
constexpr int kKicks = 60;              // perturbations of the best list
constexpr int kKickMoves = 3;           // tasks moved by one perturbation

// splitmix64: the same perturbations on every platform.
class Rng {
 public:
  int below(int n) {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return static_cast<int>((z ^ (z >> 31)) % static_cast<std::uint64_t>(n));
  }

 private:
  std::uint64_t state_ = 20261123;
};

// The tasks of the targets no bound proves out of reach: the deadlines of
// widest placements leave room for what waits for a task among these only.
std::vector<char> possible(const Problem& p) {
  std::vector<char> out(p.tasks.size(), 0);
  for (int d : plannable_targets(p)) {
    auto needed = needed_by(p, d);
    if (impossible(p, needed, "").empty()) merge(out, needed);
  }
  return out;
}

bool reaches(const Problem& p, const Schedule& s, int dim) {
  return p.scorer.level(dim, fixed_by(p, s, p.quarters - 1)) >= p.target[dim];
}

// Local search over priority lists. The current list is decoded once in full;
// a trial list is decoded from the first position it changes, on the resource
// usage recorded for the current list before that position.
class Search {
 public:
  explicit Search(const Problem& p) : p_(p) {
    guide_.deadline = deadlines(p, possible(p));
    for (const Task& t : p.tasks) fixed_prefix_ += t.started ? 1 : 0;
  }
  const Schedule& best() const { return best_; }
  bool spent() const { return budget_ <= 0; }

  // Makes `order` with `rules` the current list, and the best when it is
  // better; Given places as `given` does (null: Given is never chosen).
  void restart(const std::vector<int>& order, const std::vector<Rule>& rules, const Schedule* given = nullptr) {
    order_ = order;
    rules_ = rules;
    guide_.given = given;
    decode_from(order_, rules_, 0, current_, snapshots_);
    keep_if_best();
  }

  // Decodes `candidate` and makes it the current list when it is better.
  bool try_order(const std::vector<int>& candidate) {
    int k = 0;
    while (k < static_cast<int>(order_.size()) && order_[k] == candidate[k]) ++k;
    return try_from(candidate, rules_, k);
  }

  // Moves of one task within the list, and switches of how one task is placed
  // (earliest end, stretched thin, as given), while one makes the schedule better.
  void improve() {
    int n = static_cast<int>(order_.size());
    int reach = n <= kWideNeighbourhood ? n : kNarrowNeighbourhood;
    for (bool improved = true; improved && budget_ > 0;) {
      improved = try_moves(reach);
      improved = try_rules() || improved;
    }
    keep_if_best();
  }

  // Every move of one task by at most `reach` places; true when one helped.
  bool try_moves(int reach) {
    int n = static_cast<int>(order_.size());
    bool improved = false;
    for (int from = fixed_prefix_; from < n && budget_ > 0; ++from)
      for (int to = std::max(fixed_prefix_, from - reach); to <= std::min(n - 1, from + reach) && budget_ > 0; ++to) {
        if (to == from || !can_move(order_, from, to)) continue;
        std::vector<int> candidate = order_;
        move(candidate, from, to);
        improved = try_from(candidate, rules_, std::min(from, to)) || improved;
      }
    return improved;
  }

  // Every other way of placing each task; true when one helped.
  bool try_rules() {
    int n = static_cast<int>(order_.size());
    bool improved = false;
    for (int at = 0; at < n && budget_ > 0; ++at)
      for (Rule rule : {Rule::Earliest, Rule::Widest, Rule::Given}) {
        if (rule == rules_[order_[at]] || (rule == Rule::Given && !guide_.given)) continue;
        std::vector<Rule> rules = rules_;
        rules[order_[at]] = rule;
        improved = try_from(order_, rules, at) || improved;
      }
    return improved;
  }

  // For each unreached target, lists that put its tasks and those of the
  // targets already reached first, the rest (what no reached target needs) last.
  void repair_targets() {
    auto targets = plannable_targets(p_);
    for (int round = 0; round < kRepairRounds && budget_ > 0; ++round) {
      std::vector<char> kept(p_.tasks.size(), 0);
      for (int d : targets)
        if (reaches(p_, current_, d)) merge(kept, needed_by(p_, d));
      bool improved = false;
      for (int d : targets) {
        if (reaches(p_, current_, d)) continue;
        auto needed = needed_by(p_, d);
        std::vector<char> both = kept;
        merge(both, needed);
        improved = try_order(front(p_, front(p_, order_, needed), both)) || improved;
        improved = try_order(front(p_, front(p_, order_, kept), both)) || improved;
        improved = try_order(front(p_, order_, needed)) || improved;
      }
      if (!improved) break;
      improve();
    }
    keep_if_best();
  }

  // Iterated local search: a few random moves of the best list, then improve;
  // the best list found stays the best.
  void perturb() {
    int n = static_cast<int>(best_order_.size());
    if (n - fixed_prefix_ < 3) return;
    for (int kick = 0; kick < kKicks && budget_ > 0; ++kick) {
      std::vector<int> order = best_order_;
      for (int m = 0; m < kKickMoves; ++m) {
        int from = fixed_prefix_ + rng_.below(n - fixed_prefix_), to = fixed_prefix_ + rng_.below(n - fixed_prefix_);
        if (from != to && can_move(order, from, to)) move(order, from, to);
      }
      restart(order, best_rules_, best_given_);
      improve();
      repair_targets();
    }
  }

 private:
  void keep_if_best() {
    if (!best_order_.empty() && !better(current_, best_)) return;
    best_ = current_;
    best_order_ = order_;
    best_rules_ = rules_;
    best_given_ = guide_.given;
  }

  bool try_from(const std::vector<int>& candidate, const std::vector<Rule>& rules, int k) {
    Schedule trial;
    decode_from(candidate, rules, k, trial, trial_snapshots_);
    if (!better(trial, current_)) return false;
    current_ = std::move(trial);
    order_ = candidate;
    rules_ = rules;
    std::swap(snapshots_, trial_snapshots_);
    return true;
  }

  // The schedule of `candidate`, whose first k tasks are those of the current
  // list: their placements and the usage before position k are reused.
  void decode_from(const std::vector<int>& candidate, const std::vector<Rule>& rules, int k, Schedule& out,
                   std::vector<Usage>& snapshots) {
    int n = static_cast<int>(candidate.size());
    std::size_t slots = candidate.size() + 1;
    if (snapshots.size() != slots) snapshots.assign(slots, Usage(p_));
    if (k == 0 || current_.start.empty()) {
      k = 0;
      out = empty_schedule(p_);
      snapshots[0] = Usage(p_);
    } else {
      out = current_;
      for (int i = k; i < n; ++i) out.set(candidate[i], {});
      if (&snapshots != &snapshots_)
        for (int i = 0; i <= k; ++i) snapshots[i] = snapshots_[i];
    }
    Usage usage = snapshots[k];
    long tried = 0;
    for (int i = k; i < n; ++i) {
      int t = candidate[i];
      Placement at = place(p_, usage, out, t, rules[t], guide_, tried);
      if (at.placed()) {
        out.set(t, at);
        usage.add(p_, t, at);
      }
      snapshots[i + 1] = usage;
    }
    budget_ -= 1 + tried;
    evaluate(p_, out);
  }

  // Moving order[from] to position `to` keeps every task after its dependencies.
  bool can_move(const std::vector<int>& order, int from, int to) const {
    int x = order[from];
    const auto& deps = p_.tasks[x].deps;
    if (to < from) {
      for (int i = to; i < from; ++i)
        if (std::find(deps.begin(), deps.end(), order[i]) != deps.end()) return false;
    } else {
      for (int i = from + 1; i <= to; ++i) {
        const auto& later = p_.tasks[order[i]].deps;
        if (std::find(later.begin(), later.end(), x) != later.end()) return false;
      }
    }
    return true;
  }

  static void move(std::vector<int>& order, int from, int to) {
    int x = order[from];
    order.erase(order.begin() + from);
    order.insert(order.begin() + to, x);
  }

  const Problem& p_;
  Guide guide_;
  const Schedule* best_given_ = nullptr;
  std::vector<int> order_, best_order_;
  std::vector<Rule> rules_, best_rules_;
  Schedule current_, best_;
  std::vector<Usage> snapshots_, trial_snapshots_;  // usage before each position of the current and the trial list
  long budget_ = kPlacementBudget;
  int fixed_prefix_ = 0;  // the started tasks stay first
  Rng rng_;
};

// A seed fits this problem: every placement fits, after its dependencies, a
// started task from the first quarter.
bool valid(const Problem& p, const Schedule& seed) {
  if (seed.start.size() != p.tasks.size()) return false;
  Usage usage(p);
  for (int t : topological(p, all_tasks(p))) {
    if (!seed.placed(t)) continue;
    int es = earliest_start(p, seed, t);
    Placement at{seed.start[t], seed.length[t]};
    if (es < 0 || at.start < es || (p.tasks[t].started && at.start != 0) || !usage.fits(p, t, at)) return false;
    usage.add(p, t, at);
  }
  return true;
}

// The order in which a seed places its tasks: by start, then end, then ID.
std::vector<int> order_of(const Problem& p, const Schedule& seed) {
  std::vector<int> placed, rest;
  for (int t : all_tasks(p)) (seed.placed(t) ? placed : rest).push_back(t);
  std::stable_sort(placed.begin(), placed.end(), [&](int a, int b) {
    return seed.start[a] != seed.start[b] ? seed.start[a] < seed.start[b] : seed.end(a) < seed.end(b);
  });
  placed.insert(placed.end(), rest.begin(), rest.end());
  return front(p, topological(p, placed), std::vector<char>(p.tasks.size(), 0));
}

// A schedule of the tasks of as many targets as fit together, found target by
// target (cheapest first) by fits_alone's search; none when no target fits.
std::optional<Schedule> targets_seed(const Problem& p) {
  std::vector<char> set(p.tasks.size(), 0);
  std::optional<Schedule> found;
  for (int d : plannable_targets(p)) {
    std::vector<char> trial = set;
    merge(trial, needed_by(p, d));
    Schedule attempt;
    if (!impossible(p, trial, "").empty() || fits_alone(p, trial, attempt) != Fit::Fits) continue;
    set = trial;
    found = attempt;
  }
  return found;
}

}  // namespace

Schedule schedule_heuristic(const Problem& p, const std::vector<Schedule>& given) {
  std::vector<Schedule> seeds;
  for (const Schedule& seed : given)
    if (valid(p, seed)) seeds.push_back(seed);
  if (auto seed = targets_seed(p)) seeds.push_back(std::move(*seed));
  Search search(p);
  std::vector<std::vector<int>> starts = {greedy_order(p), uplift_order(p)};
  starts.push_back(targets_first(p, starts[0]));
  // Every list once with each task at its earliest end, once stretched thin.
  for (Rule rule : {Rule::Earliest, Rule::Widest})
    for (const auto& order : starts) {
      search.restart(order, std::vector<Rule>(p.tasks.size(), rule));
      search.improve();
      search.repair_targets();
    }
  // A seed's placements first, each free to move to its earliest end or be stretched.
  for (const Schedule& seed : seeds) {
    search.restart(order_of(p, seed), std::vector<Rule>(p.tasks.size(), Rule::Given), &seed);
    search.improve();
    search.repair_targets();
  }
  search.perturb();
  Schedule best = search.best();
  for (const Schedule& seed : seeds) {
    Schedule s = seed;
    complete(p, s);
    if (better(s, best)) best = std::move(s);
  }
  complete(p, best);
  return best;
}

}  // namespace kubus::plan::detail
