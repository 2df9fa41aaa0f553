// The exact optimum for small instances: branch and bound over every task's
// start quarter (or leaving it out), in dependency order. The bound lets every
// task not yet placed finish as early as its dependencies allow, ignoring
// capacity and budget; as the objective only rises when fixes come earlier,
// no schedule below a node beats it. The heuristic's schedule is the first incumbent.
#include <algorithm>

#include "plan/dependencies.h"
#include "plan/problem.h"

namespace kubus::plan::detail {
namespace {

struct Search {
  const Problem& p;
  std::vector<int> topo;  // dependencies first, ties by ID
  std::vector<int> start;
  Usage usage;
  Schedule best;

  double bound(std::size_t k) const {
    std::vector<int> end(p.tasks.size(), -1);
    for (std::size_t i = 0; i < topo.size(); ++i) {
      int t = topo[i];
      if (i < k) {
        if (start[t] >= 0) end[t] = start[t] + p.tasks[t].duration - 1;
        continue;
      }
      int es = 0;
      bool possible = true;
      for (int d : p.tasks[t].deps) {
        if (end[d] < 0) possible = false;
        es = std::max(es, end[d] + 1);
      }
      if (possible && es + p.tasks[t].duration <= p.quarters) end[t] = es + p.tasks[t].duration - 1;
    }
    return objective(p, end);
  }

  void run(std::size_t k) {
    if (k == topo.size()) {
      Schedule s{start, 0};
      s.objective = objective(p, s);
      if (s.objective > best.objective + 1e-9) best = std::move(s);
      return;
    }
    if (bound(k) <= best.objective + 1e-9) return;
    int t = topo[k];
    int es = earliest_start(p, start, t);
    if (es >= 0)
      for (int q = es; q + p.tasks[t].duration <= p.quarters; ++q) {
        if (!usage.fits(p, t, q)) continue;
        start[t] = q;
        usage.add(p, t, q);
        run(k + 1);
        usage.add(p, t, q, -1);
        start[t] = -1;
      }
    run(k + 1);
  }
};

// Every task, dependencies first; tasks in an `after` cycle can never start and stay unscheduled.
std::vector<int> topological(const Problem& p) {
  std::vector<int> all(p.tasks.size());
  for (std::size_t t = 0; t < all.size(); ++t) all[t] = static_cast<int>(t);
  return dependency_order(task_deps(p), all, std::vector<char>(p.tasks.size(), 0));
}

}  // namespace

Schedule schedule_exact(const Problem& p) {
  Search search{p, topological(p), std::vector<int>(p.tasks.size(), -1), Usage(p), schedule_heuristic(p)};
  search.run(0);
  complete(p, search.best);
  return search.best;
}

}  // namespace kubus::plan::detail
