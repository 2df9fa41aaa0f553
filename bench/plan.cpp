// Roadmap planner benchmark: planning time for 50, 200 and 500 initiatives over
// 12 quarters (target: 500 in under 1 s), and the heuristic's objective as a
// fraction of the exact optimum on small generated instances.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <vector>

#include "../tests/plan/instances.h"
#include "plan/problem.h"

using namespace kubus;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double baseline(const test::Instance& in, int quarters) {
  plan::Input input = in.input();
  return score::compute(in.matrix, input.measure, in.assessment.targets).overall * quarters;
}

}  // namespace

int main() {
  fmt::print("planning time (12 quarters)\n");
  // Sparse: a matrix of 7 x 4 x n/80 criteria, so the cover needs a few initiatives;
  // dense: n/20 criteria per level, so it needs nearly all of them. Capacity and
  // budget as generated (they bind), then twenty times as much.
  for (bool dense : {false, true})
  for (double room : {1.0, 20.0}) {
    for (int n : {50, 200, 500}) {
      test::Instance in = test::generate(42, n, 12, dense);
      in.assessment.capacity_pm *= room;
      in.assessment.budget_per_year *= room;
      auto t0 = std::chrono::steady_clock::now();
      plan::Roadmap r = plan::plan(in.input(), in.catalogue);
      double t = seconds_since(t0);
      std::size_t selected = plan::detail::build_problem(in.input(), in.catalogue).tasks.size();
      fmt::print("  {} {:>3} initiatives, capacity x{:<2}: {:7.3f} s, {:>3} selected, {:>3} scheduled, {} targets out of reach\n",
                 dense ? "dense " : "sparse", n, room, t, selected, r.items.size(), r.unreachable.size());
    }
  }

  constexpr int kInstances = 40;
  std::vector<double> ratios, gain_ratios;
  double exact_time = 0;
  for (int seed = 1; seed <= kInstances; ++seed) {
    int n = 6 + seed % 7;  // 6..12 initiatives
    test::Instance in = test::generate(static_cast<std::uint64_t>(seed), n, 8);
    plan::Roadmap h = plan::plan(in.input(), in.catalogue);
    auto t0 = std::chrono::steady_clock::now();
    plan::Roadmap e = plan::plan_exact(in.input(), in.catalogue);
    exact_time = std::max(exact_time, seconds_since(t0));
    ratios.push_back(h.objective / e.objective);
    double base = baseline(in, 8);
    // The gain over doing nothing: the part of the objective the schedule decides.
    gain_ratios.push_back(e.objective - base > 1e-9 ? (h.objective - base) / (e.objective - base) : 1.0);
  }
  std::sort(ratios.begin(), ratios.end());
  std::sort(gain_ratios.begin(), gain_ratios.end());
  fmt::print("optimality over {} instances (6-12 initiatives, 8 quarters), heuristic / exact\n", kInstances);
  fmt::print("  objective:           worst {:.4f}, median {:.4f}\n", ratios.front(), ratios[ratios.size() / 2]);
  fmt::print("  gain over no plan:   worst {:.4f}, median {:.4f}\n", gain_ratios.front(),
             gain_ratios[gain_ratios.size() / 2]);
  fmt::print("  slowest exact search: {:.3f} s\n", exact_time);
}
