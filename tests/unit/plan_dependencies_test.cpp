// The one walk of the `after` graph (plan/dependencies.h): closures, the order
// that puts dependencies first, and the cycles the catalogue reports.
#include <catch2/catch.hpp>

#include "plan/dependencies.h"

using namespace kubus::plan::detail;

namespace {

struct Graph {
  std::vector<std::vector<int>> after;
  const std::vector<int>& operator()(int i) const { return after[static_cast<std::size_t>(i)]; }
};

}  // namespace

TEST_CASE("closure: everything a node waits for, itself included, ascending", "[plan]") {
  Graph g{{{2}, {0, 3}, {}, {2}, {}}};
  CHECK(closure(5, g, {1}) == std::vector<int>{0, 1, 2, 3});
  CHECK(closure(5, g, {4}) == std::vector<int>{4});
  CHECK(closure(5, g, {0, 3}) == std::vector<int>{0, 2, 3});
  // A stopped node is neither included nor followed.
  CHECK(closure(5, g, {1}, {0, 1, 0, 0, 0}).empty());
  CHECK(closure(5, g, {1}, {0, 0, 0, 1, 0}) == std::vector<int>{0, 1, 2});
  // A cycle is closed once.
  Graph loop{{{1}, {0}}};
  CHECK(closure(2, loop, {0}) == std::vector<int>{0, 1});
}

TEST_CASE("dependency_order: dependencies first, sweeping in ID order", "[plan]") {
  // 0 waits for 2, 1 for 0; 2 and 3 wait for nothing. A sweep takes 2 and 3,
  // the next 0, the next 1.
  Graph g{{{2}, {0}, {}, {}}};
  CHECK(dependency_order(g, {0, 1, 2, 3}, std::vector<char>(4, 0)) == std::vector<int>{2, 3, 0, 1});
  // Nodes placed before count as done.
  CHECK(dependency_order(g, {0, 1}, std::vector<char>{0, 0, 1, 0}) == std::vector<int>{0, 1});
  // Members of a cycle come last, in ID order; what waits on them too.
  Graph cyc{{{1}, {0}, {}, {0}}};
  CHECK(dependency_order(cyc, {0, 1, 2, 3}, std::vector<char>(4, 0)) == std::vector<int>{2, 0, 1, 3});
}

TEST_CASE("cycles: one per back edge of a search in ID order", "[plan]") {
  CHECK(cycles(3, Graph{{{1}, {2}, {}}}).empty());
  auto one = cycles(3, Graph{{{1}, {2}, {0}}});
  REQUIRE(one.size() == 1);
  CHECK(one[0].from == 2);
  CHECK(one[0].edge == 0);
  CHECK(one[0].path == std::vector<int>{0, 1, 2});
  // A node waiting for itself; two cycles through one node, reported at the edge that closes each.
  auto self = cycles(1, Graph{{{0}}});
  REQUIRE(self.size() == 1);
  CHECK(self[0].path == std::vector<int>{0});
  auto two = cycles(3, Graph{{{1, 2}, {0}, {0}}});
  REQUIRE(two.size() == 2);
  CHECK(two[0].from == 1);
  CHECK(two[0].path == std::vector<int>{0, 1});
  CHECK(two[1].from == 2);
  CHECK(two[1].path == std::vector<int>{0, 2});
  // A long chain is walked without recursion.
  Graph chain;
  for (int i = 0; i < 200000; ++i) chain.after.push_back({i + 1 < 200000 ? i + 1 : 0});
  auto big = cycles(chain.after.size(), chain);
  REQUIRE(big.size() == 1);
  CHECK(big[0].path.size() == 200000);
}
