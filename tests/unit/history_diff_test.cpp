// `kubus diff` on the roadmap: what was done, started, slipped, moved ahead,
// added or dropped between two recorded runs (history::diff_records).
#include <catch2/catch.hpp>

#include "history/store.h"

using namespace kubus;
using history::Record;

namespace {

Record::Item item(std::string id, std::string start, std::string finish, std::string status = "planned") {
  return {std::move(id), std::move(start), std::move(finish), 1, 1000, std::move(status)};
}

}  // namespace

TEST_CASE("diff: the roadmap's progress between two runs, by initiative", "[history]") {
  Record a, b;
  a.roadmap = {item("board", "2027-Q1", "2027-Q1"), item("owners", "2027-Q2", "2027-Q2"),
               item("slas", "2027-Q3", "2027-Q4"), item("chat", "2028-Q1", "2028-Q2"),
               item("portal", "2028-Q1", "2028-Q3")};
  b.roadmap = {item("board", "", "", "done"), item("owners", "2028-Q1", "2028-Q1", "started"),
               item("slas", "2028-Q2", "2028-Q3"), item("chat", "2028-Q1", "2028-Q1"),
               item("history", "2028-Q2", "2029-Q1")};
  auto d = history::diff_records(a, b).roadmap;
  CHECK(d.done == std::vector<std::string>{"board"});
  CHECK(d.started == std::vector<std::string>{"owners"});
  REQUIRE(d.slipped.size() == 2);
  CHECK(d.slipped[0].initiative == "owners");  // started, and it ends later than planned
  CHECK(d.slipped[1].initiative == "slas");
  CHECK(d.slipped[1].before == "2027-Q4");
  CHECK(d.slipped[1].after == "2028-Q3");
  REQUIRE(d.ahead.size() == 1);
  CHECK(d.ahead[0].initiative == "chat");
  CHECK(d.added == std::vector<std::string>{"history"});
  CHECK(d.dropped == std::vector<std::string>{"portal"});
}

TEST_CASE("diff: a run without changes to the roadmap shows none", "[history]") {
  Record a;
  a.roadmap = {item("board", "", "", "done"), item("owners", "2027-Q2", "2027-Q2", "started")};
  CHECK(history::diff_records(a, a).roadmap.empty());
  Record none;
  auto d = history::diff_records(a, none).roadmap;
  CHECK(d.dropped == std::vector<std::string>{"owners"});  // done stays done: not dropped
}
