// Rule tests (`kubus test`): each `test` declaration of a fixture model runs
// its rule on that fixture and compares the subjects it flags with the ones
// the test names (`flags`, `flags-handoffs`) or its one outcome (`passes`).
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/model.h"
#include "rules/check.h"

namespace kubus::eval {

struct TestResult {
  model::Index test = model::kNone;  // the test entity
  std::string id, rule;              // the test's and the rule's IDs
  Span span;                         // the test declaration
  bool passed = false;
  std::vector<std::string> unexpected;  // flagged, but not named by the test
  std::vector<std::string> missing;     // named by the test, but not flagged
  std::string problem;                  // why it could not run or failed otherwise; empty when compared
};

// Runs the tests declared in `file` (tests that `use`d files declare are not
// run); `rules` and `waivers` are the fixture's, checked. A test's `date`
// judges the waivers' expiry; without one none expires. Invalid tests and
// run-time errors are reported in `diags` and fail.
std::vector<TestResult> run_tests(const model::Model& m, const std::vector<rules::CheckedRule>& rules,
                                  const std::vector<model::Waiver>& waivers, FileId file, Diagnostics& diags);

}  // namespace kubus::eval
