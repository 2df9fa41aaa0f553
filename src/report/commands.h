// What the commands other than `assess` print: the silo gaps, explanations,
// rule-test results, the history and the summary line of `kubus check`.
#pragma once
#include <ostream>
#include <string>

#include "driver/check.h"
#include "driver/explain.h"
#include "driver/fmt.h"
#include "driver/import_actuals.h"
#include "driver/import_observations.h"
#include "driver/ruletest.h"
#include "history/run_summary.h"

namespace kubus::report {

// `kubus gaps`: per kind the count and sites, each gap with its location and evidence.
std::string gaps_text(const graph::Analysis& a, const SourceManager& sm);
// `kubus gaps --format json`: {"gaps": [...]} as ENGINE.md §2, written to `out` in pieces.
void gaps_json(std::ostream& out, const graph::Analysis& a);

// `kubus explain`: one instance per line with the values of its operands.
std::string explanation_text(const driver::Explanation& x);
std::string explanation_json(const driver::Explanation& x);

// `kubus test`, after `opa test`: PASS/FAIL per test and a summary; or as JSON
// with the diagnostics.
std::string tests_text(const driver::TestRun& run, const SourceManager& sm);
std::string tests_junit(const driver::TestRun& run, const SourceManager& sm);  // JUnit XML for CI
std::string tests_json(const driver::TestRun& run, const SourceManager& sm, const Diagnostics& diags);

// `kubus history` and `kubus diff`; with `portfolio` (`history --all`) the
// runs are the newest of each assessment, listed one line per assessment.
std::string history_text(const std::vector<history::RunSummary>& runs, Lang lang, bool portfolio = false);
std::string history_json(const std::vector<history::RunSummary>& runs, bool portfolio = false);
std::string diff_text(const history::RunDiff& d, Lang lang);
std::string diff_json(const history::RunDiff& d);
// A short pull-request comment (`kubus diff --git REF --format markdown`).
std::string diff_markdown(const history::RunDiff& d, Lang lang);

// `kubus fmt --diff`: a unified diff from `before` to the canonical text
// (empty when unchanged); `kubus fmt --format json`: each file and whether it
// changes, with the diagnostics.
std::string fmt_diff(const driver::Formatted& f, std::string_view before);
// `kubus import actuals`: what changed, as a sentence or as JSON with the diagnostics.
std::string actuals_text(const driver::ActualsImport& r);
std::string actuals_json(const driver::ActualsImport& r, const SourceManager& sm, const Diagnostics& diags);
// `kubus import observations`: the same for the observations written into `file`.
std::string observations_text(const driver::ObservationsImport& r, const std::string& file);
std::string observations_json(const driver::ObservationsImport& r, const std::string& file, const SourceManager& sm,
                              const Diagnostics& diags);

std::string fmt_json(const std::vector<driver::Formatted>& files, const SourceManager& sm, const Diagnostics& diags);

// The last line of `kubus check`: what was checked and how many errors.
std::string check_summary(const driver::CheckResult& c, const Diagnostics& diags);

}  // namespace kubus::report
