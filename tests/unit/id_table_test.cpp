// model::IdTable: every ID found under its own kind, none under another, also
// when more IDs are added than were reserved for (the table doubles).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/id_table.h"

using kubus::model::IdTable;
using kubus::model::Index;
using kubus::model::kNone;

TEST_CASE("The ID table finds every ID by kind, past what was reserved", "[model]") {
  std::vector<std::string> ids;
  for (int i = 0; i < 5000; ++i) ids.push_back("tp-" + std::to_string(i));
  IdTable table;
  table.reserve(10);  // far too few: inserting must grow the table, not loop or overrun
  for (std::size_t i = 0; i < ids.size(); ++i) table.insert(static_cast<std::uint16_t>(i % 3), ids[i], Index(i));
  table.insert(7, "", 9999);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    CHECK(table.find(i % 3, ids[i]) == Index(i));
    CHECK(table.find((i + 1) % 3, ids[i]) == kNone);
  }
  CHECK(table.find(7, "") == 9999);
  CHECK(table.find(0, "tp-5000") == kNone);
  CHECK(IdTable().find(0, "anything") == kNone);
}
