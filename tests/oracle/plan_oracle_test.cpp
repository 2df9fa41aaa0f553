// The roadmap planner against CBC's exact optimum (tests/plan/milp.h).
#include <catch2/catch.hpp>

#include "../plan/instances.h"
#include "milp.h"

using namespace kubus;

TEST_CASE("the MILP values a schedule as the planner does", "[oracle]") {
  auto in = test::generate(3, 20, 12, true);
  auto input = in.input();
  auto p = plan::detail::build_problem(input, in.catalogue);
  auto m = test::solve_milp(p, 60);
  REQUIRE(m.solved);
  CHECK(m.schedule.objective == Approx(m.objective).epsilon(1e-9));
  CHECK(m.schedule.reached == m.reached);
}

TEST_CASE("the planner against CBC's proven optimum on small instances", "[oracle]") {
  int proven = 0;
  double worst = 1;
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    auto in = test::generate(seed, 8 + static_cast<int>(seed % 5), 8);
    auto input = in.input();
    auto p = plan::detail::build_problem(input, in.catalogue);
    auto h = plan::detail::schedule_heuristic(p);
    auto m = test::solve_milp(p, 30, &h);
    REQUIRE(m.solved);
    if (!m.optimal) continue;
    ++proven;
    INFO("seed " << seed);
    // The optimum is never beaten (else the MILP or the planner's scoring is wrong),
    // reaches no more targets than the planner, and the planner comes within 5%.
    CHECK(m.schedule.objective == Approx(m.objective).epsilon(1e-9));
    CHECK(h.reached == m.reached);
    CHECK(h.objective <= m.objective + 1e-6);
    worst = std::min(worst, h.objective / m.objective);
  }
  CHECK(proven >= 8);
  CHECK(worst >= 0.95);
}
