// `kubus benchmark` (history::benchmark): peers are the newest runs of the
// other assessments, optionally of one sector; median and quartiles between
// ranks; the percentile counts ties half.
#include <catch2/catch.hpp>

#include "history/benchmark.h"

using namespace kubus;
using history::RunSummary;

namespace {

RunSummary run(std::string assessment, std::string sector, double overall, double strategy) {
  RunSummary r;
  r.assessment = std::move(assessment);
  r.sector = std::move(sector);
  r.title = "secret title of " + r.assessment;
  r.overall = overall;
  r.dimensions = {{"strategy", strategy}};
  return r;
}

}  // namespace

TEST_CASE("benchmark: median, quartiles and percentile among the peers", "[history]") {
  RunSummary mine = run("me", "energy", 3, 2);
  std::vector<RunSummary> latest = {run("a", "energy", 1, 1), run("b", "energy", 2, 2), run("c", "health", 4, 3),
                                    run("d", "energy", 5, 4), mine};
  auto b = history::benchmark(mine, latest, "");
  CHECK(b.overall.peers == 4);
  CHECK(*b.overall.median == 3.0);   // 1 2 4 5
  CHECK(*b.overall.p25 == 1.75);     // between 1 and 2
  CHECK(*b.overall.p75 == 4.25);     // between 4 and 5
  CHECK(*b.overall.percentile == 50.0);  // two of four below
  REQUIRE(b.dimensions.size() == 1);
  CHECK(b.dimensions[0].id == "strategy");
  CHECK(b.dimensions[0].score == 2);
  CHECK(*b.dimensions[0].percentile == 37.5);  // 1 below, 1 equal (half) of 4

  auto energy = history::benchmark(mine, latest, "energy");
  CHECK(energy.sector == "energy");
  CHECK(energy.overall.peers == 3);
  CHECK(*energy.overall.median == 2.0);  // 1 2 5
}

TEST_CASE("benchmark: without peers there is nothing to compare with", "[history]") {
  RunSummary mine = run("me", "energy", 3, 2);
  auto b = history::benchmark(mine, {mine, run("x", "health", 1, 1)}, "energy");
  CHECK(b.overall.peers == 0);
  CHECK_FALSE(b.overall.median);
  CHECK_FALSE(b.overall.percentile);
  CHECK(b.dimensions[0].peers == 0);
}
