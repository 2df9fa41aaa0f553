// An exact optimum of the planner's scheduling problem from a real MILP
// solver (CBC, Debian's coinor-libcbc-dev), independent of the planner's own
// search: the benchmark and the oracle test compare the heuristic with it.
// Only tests and benchmarks link it; kubus itself never needs CBC.
#pragma once
#include "plan/problem.h"

namespace kubus::test {

struct MilpResult {
  bool solved = false;   // CBC found a feasible schedule
  bool optimal = false;  // and proved it optimal within the time limit
  int reached = 0;       // targets reached at the end of the horizon
  double objective = 0;  // the sum over the quarters of the overall score, as the MILP counts it
  double bound = 0;      // CBC's upper bound on that objective (= objective when optimal; infinite when
                         // the bound allows more targets than the incumbent reaches)
  double seconds = 0;
  plan::detail::Schedule schedule;  // the placements CBC chose, valued by the planner's evaluate()
};

// Maximises, like the planner, first the targets reached and then the
// objective, over the same decisions: each selected initiative's start and its
// number of quarters (at least its duration), effort and cost spread evenly,
// capacity per quarter, budget per calendar year, `after`, the horizon, and
// the gated scoring of docs/matrix.md. `start` (optional) is handed to CBC as a
// first feasible solution; it only speeds the search up.
MilpResult solve_milp(const plan::detail::Problem& p, double time_limit_seconds,
                      const plan::detail::Schedule* start = nullptr);

}  // namespace kubus::test
