// `kubus history --all`: the portfolio of a shared history, one line per
// assessment with its newest run (title, organisation, sector, last run, overall score).
#pragma once
#include <string>
#include <vector>

#include "history/run_summary.h"
#include "support/language.h"

namespace kubus::report {

std::string portfolio_text(const std::vector<history::RunSummary>& latest, Lang lang);
std::string portfolio_json(const std::vector<history::RunSummary>& latest);

}  // namespace kubus::report
