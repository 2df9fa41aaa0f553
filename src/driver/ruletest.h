// `kubus test`: each .kubus file is one fixture model, loaded on its own with
// what it `use`s; its `test` declarations run against it (docs/rules.md).
#pragma once
#include <string>
#include <vector>

#include "driver/session.h"
#include "eval/ruletest.h"

namespace kubus::driver {

struct TestRun {
  std::vector<eval::TestResult> results;  // fixtures in path order, tests in file order
  std::size_t failed = 0;
};

// Files as given, directories by their .kubus files in path order. A fixture
// with errors fails every test it declares.
TestRun run_rule_tests(Session& s, const std::vector<std::string>& paths);

}  // namespace kubus::driver
