// Selection: which initiatives the roadmap needs. The criteria to fix are the
// failing ones between each dimension's level and its target; the cheapest set
// of initiatives that fixes them all is a weighted set cover, solved exactly by
// branch and bound when the search stays small, else greedily (see docs/roadmap.md).
#include <algorithm>
#include <map>
#include <set>

#include "plan/dependencies.h"
#include "plan/problem.h"

namespace kubus::plan::detail {
namespace {

constexpr long kMaxCoverNodes = 200000;  // beyond this the best cover found so far is used

// Cost first; effort decides between covers of equal cost (catalogues without costs).
struct Weight {
  double cost = 0, effort = 0;
  Weight operator+(const Weight& o) const { return {cost + o.cost, effort + o.effort}; }
  bool operator<(const Weight& o) const {
    if (cost < o.cost - 1e-9 || cost > o.cost + 1e-9) return cost < o.cost;
    return effort < o.effort - 1e-9;
  }
};

struct Cover {
  const std::vector<const Initiative*>& catalogue;
  std::vector<Weight> weight;                 // per initiative
  std::vector<std::vector<int>> covers;       // per initiative: elements it fixes
  std::vector<std::vector<int>> closure;      // per initiative: itself and everything it waits for
  std::vector<std::vector<int>> candidates;   // per element: initiatives that fix it
  std::size_t elements = 0;

  // What adding initiative i (with its closure) to `chosen` adds: weight and newly covered elements.
  Weight added(int i, const std::vector<char>& chosen) const {
    Weight w;
    for (int j : closure[i])
      if (!chosen[j]) w = w + weight[j];
    return w;
  }
  int newly(int i, const std::vector<char>& chosen, const std::vector<int>& covered) const {
    std::set<int> fresh;
    for (int j : closure[i])
      if (!chosen[j])
        for (int e : covers[j])
          if (!covered[e]) fresh.insert(e);
    return static_cast<int>(fresh.size());
  }
  void take(int i, std::vector<char>& chosen, std::vector<int>& covered, int sign) const {
    for (int j : closure[i]) {
      if (sign > 0 ? chosen[j] : !chosen[j]) continue;
      chosen[j] = sign > 0;
      for (int e : covers[j]) covered[e] += sign;
    }
  }
};

// Greedy: repeatedly the initiative with the lowest added cost per newly fixed
// criterion, after the initiatives already under way (`forced`).
std::vector<char> greedy(const Cover& c, const std::vector<char>& forced) {
  std::vector<char> chosen(c.catalogue.size(), 0);
  std::vector<int> covered(c.elements, 0);
  for (std::size_t i = 0; i < forced.size(); ++i)
    if (forced[i]) c.take(static_cast<int>(i), chosen, covered, 1);
  for (;;) {
    int best = -1, best_new = 0;
    Weight best_w;
    for (std::size_t i = 0; i < c.catalogue.size(); ++i) {
      if (chosen[i]) continue;
      int fresh = c.newly(static_cast<int>(i), chosen, covered);
      if (fresh == 0) continue;
      Weight w = c.added(static_cast<int>(i), chosen);
      // w / fresh < best_w / best_new, compared without division
      Weight lhs{w.cost * best_new, w.effort * best_new}, rhs{best_w.cost * fresh, best_w.effort * fresh};
      if (best < 0 || lhs < rhs) best = static_cast<int>(i), best_new = fresh, best_w = w;
    }
    if (best < 0) return chosen;
    c.take(best, chosen, covered, 1);
  }
}

Weight total(const Cover& c, const std::vector<char>& chosen) {
  Weight w;
  for (std::size_t i = 0; i < chosen.size(); ++i)
    if (chosen[i]) w = w + c.weight[i];
  return w;
}

// Branch and bound: branch on the uncovered criterion with the fewest candidates.
void exact(const Cover& c, std::vector<char>& chosen, std::vector<int>& covered, Weight so_far,
           std::vector<char>& best, Weight& best_w, long& nodes) {
  if (++nodes > kMaxCoverNodes || !(so_far < best_w)) return;
  int pick = -1;
  for (std::size_t e = 0; e < c.elements; ++e)
    if (!covered[e] && !c.candidates[e].empty() &&
        (pick < 0 || c.candidates[e].size() < c.candidates[pick].size()))
      pick = static_cast<int>(e);
  if (pick < 0) {
    best = chosen, best_w = so_far;
    return;
  }
  std::vector<std::pair<Weight, int>> options;
  for (int i : c.candidates[pick]) options.push_back({c.added(i, chosen), i});
  std::stable_sort(options.begin(), options.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [w, i] : options) {
    std::vector<char> before = chosen;
    c.take(i, chosen, covered, 1);
    exact(c, chosen, covered, so_far + w, best, best_w, nodes);
    for (std::size_t j = 0; j < chosen.size(); ++j)
      if (chosen[j] && !before[j]) {
        chosen[j] = 0;
        for (int e : c.covers[j]) --covered[e];
      }
  }
}

std::vector<int> closure_of(const std::vector<const Initiative*>& catalogue, const std::map<std::string, int>& index,
                            int i) {
  std::vector<char> seen(catalogue.size(), 0);
  std::vector<int> out, stack{i};
  while (!stack.empty()) {
    int j = stack.back();
    stack.pop_back();
    if (seen[j]) continue;
    seen[j] = 1;
    out.push_back(j);
    for (const auto& a : catalogue[j]->after)
      if (auto it = index.find(a); it != index.end()) stack.push_back(it->second);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The universe: failing criteria of levels current+1..target of every dimension
// with a target above its level.
std::vector<int> universe_of(Problem& p, const config::Assessment& a) {
  const auto& crits = p.scorer.criteria();
  std::vector<char> none(crits.size(), 0);
  std::vector<int> universe;
  int dims = p.scorer.dimensions();
  p.uncovered.resize(dims);
  p.need_from.assign(dims, 0);
  p.need_to.assign(dims, 0);
  p.target.assign(dims, 0);
  for (int d = 0; d < dims; ++d) {
    auto t = a.targets.find(p.matrix->dimensions[d].id);
    int current = p.scorer.level(d, none);
    if (t != a.targets.end()) p.target[d] = t->second.level;
    if (t == a.targets.end() || t->second.level <= current) continue;
    p.need_from[d] = current + 1;
    p.need_to[d] = t->second.level;
    for (std::size_t i = 0; i < crits.size(); ++i)
      if (crits[i].dim == d && crits[i].level > current && crits[i].level <= t->second.level && crits[i].applicable &&
          !crits[i].holds)
        universe.push_back(static_cast<int>(i));
  }
  return universe;
}

// The initiatives that can still be chosen: those progress marks done are left
// out (into p.done); `forced` marks the started ones, which always are.
std::vector<const Initiative*> open_initiatives(Problem& p, const config::Assessment& a, const Catalogue& catalogue,
                                                std::vector<char>& forced) {
  std::vector<const Initiative*> open;
  for (const auto& i : catalogue.initiatives) {
    auto state = a.progress.find(i.id);
    if (state != a.progress.end() && state->second.state == config::ProgressState::Done) {
      p.done.push_back(&i);
      continue;
    }
    open.push_back(&i);
    forced.push_back(state != a.progress.end());
  }
  return open;
}

std::set<std::string> keys_of(const Initiative& i) {
  std::set<std::string> keys;
  for (const auto& f : i.fixes) keys.insert(config::criterion_key(f.kind, f.ref));
  return keys;
}

// The weighted set-cover instance: per initiative its cost and effort for this
// assessment (with the per-finding parts), what it covers and what it waits for.
Cover make_cover(Problem& p, const std::vector<const Initiative*>& inits, const std::vector<int>& universe,
                 const std::vector<char>& forced, const std::map<std::string, std::size_t>& failures) {
  const auto& crits = p.scorer.criteria();
  std::map<std::string, int> index;
  for (std::size_t i = 0; i < inits.size(); ++i) index[inits[i]->id] = static_cast<int>(i);
  Cover cover{inits, {}, {}, {}, {}, universe.size()};
  cover.candidates.resize(universe.size());
  for (std::size_t i = 0; i < inits.size(); ++i) {
    auto keys = keys_of(*inits[i]);
    double found = 0;
    for (const auto& k : keys)
      if (auto it = failures.find(k); it != failures.end()) found += static_cast<double>(it->second);
    cover.weight.push_back({inits[i]->cost_base + inits[i]->cost_per_finding * found,
                            inits[i]->effort_base + inits[i]->effort_per_finding * found});
    cover.covers.emplace_back();
    for (std::size_t e = 0; e < universe.size(); ++e)
      if (keys.count(crits[universe[e]].key)) {
        cover.covers[i].push_back(static_cast<int>(e));
        cover.candidates[e].push_back(static_cast<int>(i));
      }
    // A started initiative waits for nothing any more.
    cover.closure.push_back(forced[i] ? std::vector<int>{static_cast<int>(i)}
                                      : closure_of(inits, index, static_cast<int>(i)));
  }
  for (std::size_t e = 0; e < universe.size(); ++e)
    if (cover.candidates[e].empty()) p.uncovered[crits[universe[e]].dim].push_back(crits[universe[e]].key);
  return cover;
}

// The cheapest cover that keeps every started initiative.
std::vector<char> cheapest(const Cover& cover, const std::vector<char>& forced) {
  std::vector<char> chosen = greedy(cover, forced);
  Weight best_w = total(cover, chosen);
  std::vector<char> trial(forced.size(), 0);
  std::vector<int> covered(cover.elements, 0);
  Weight committed;
  for (std::size_t i = 0; i < forced.size(); ++i)
    if (forced[i]) cover.take(static_cast<int>(i), trial, covered, 1), committed = committed + cover.weight[i];
  long nodes = 0;
  // A cover found by the search must beat the greedy one strictly, so ties keep the greedy choice.
  exact(cover, trial, covered, committed, chosen, best_w, nodes);
  return chosen;
}

// Tasks: the chosen initiatives, by ID (the catalogue's order), with their dependencies.
void make_tasks(Problem& p, const Cover& cover, const std::vector<char>& chosen, const std::vector<char>& forced,
                const std::map<std::string, std::size_t>& failures) {
  const auto& crits = p.scorer.criteria();
  const auto& inits = cover.catalogue;
  std::vector<int> task_of(inits.size(), -1);
  for (std::size_t i = 0; i < inits.size(); ++i) {
    if (!chosen[i]) continue;
    task_of[i] = static_cast<int>(p.tasks.size());
    Task t;
    t.initiative = inits[i];
    t.effort = cover.weight[i].effort;
    t.cost = cover.weight[i].cost;
    t.duration = std::max(1, inits[i]->duration);
    t.started = forced[i];
    auto keys = keys_of(*inits[i]);
    for (std::size_t c = 0; c < crits.size(); ++c)
      if (keys.count(crits[c].key)) t.fixes.push_back(static_cast<int>(c));
    // Findings and gaps: observations are evidence, not findings.
    for (const auto& k : keys)
      if (auto it = failures.find(k); it != failures.end() && k.rfind("observed:", 0) != 0) t.resolves += it->second;
    p.tasks.push_back(std::move(t));
  }
  for (std::size_t i = 0; i < inits.size(); ++i) {
    if (!chosen[i] || forced[i]) continue;
    for (int j : cover.closure[i])
      if (j != static_cast<int>(i) && task_of[j] >= 0 &&
          std::find(inits[i]->after.begin(), inits[i]->after.end(), inits[j]->id) != inits[i]->after.end())
        p.tasks[task_of[i]].deps.push_back(task_of[j]);
    std::sort(p.tasks[task_of[i]].deps.begin(), p.tasks[task_of[i]].deps.end());
  }
}

}  // namespace

Problem build_problem(const Input& input, const Catalogue& catalogue) {
  static const config::Assessment kNoAssessment;
  const config::Assessment& a = input.assessment ? *input.assessment : kNoAssessment;
  static const config::Matrix kNoMatrix;
  const config::Matrix& matrix = input.matrix ? *input.matrix : kNoMatrix;
  Problem p(input, matrix, a.targets);
  p.capacity = a.capacity_pm;
  p.budget = a.budget_per_year;
  p.currency = a.currency;
  if (a.start && a.years > 0) {
    p.quarters = a.years * 4;
    p.first_year = a.start->year;
    p.first_quarter = a.start->quarter;
  }
  p.slot.resize(static_cast<std::size_t>(p.quarters));
  for (int q = 0; q < p.quarters; ++q) p.slot[q] = p.year_of(q) - p.first_year;
  std::vector<int> universe = universe_of(p, a);
  // Failures per criterion key, for the per-finding parts of effort and cost.
  std::map<std::string, std::size_t> failures;
  for (const auto& c : p.scorer.criteria()) failures.emplace(c.key, c.failures);
  std::vector<char> forced;
  auto inits = open_initiatives(p, a, catalogue, forced);
  Cover cover = make_cover(p, inits, universe, forced, failures);
  make_tasks(p, cover, cheapest(cover, forced), forced, failures);
  return p;
}

std::string Problem::quarter_label(int q) const {
  return std::to_string(year_of(q)) + "-Q" + std::to_string((first_quarter - 1 + q) % 4 + 1);
}

}  // namespace kubus::plan::detail
