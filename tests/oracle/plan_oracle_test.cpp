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
