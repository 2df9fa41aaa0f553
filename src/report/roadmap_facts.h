// What every roadmap writer says the same way (text, CSV, Markdown, HTML,
// JSON): what an initiative buys, how long it runs, which years spend without
// moving a score, and the scenario table.
#pragma once
#include <string>
#include <vector>

#include "report/input.h"

namespace kubus::report {

// "+0.18 overall (governance +0.50, culture +0.17)": the dimensions it moves, in matrix order.
std::string uplift_text(Lang lang, const plan::Uplift& u);

// "2 quarters", or "4 quarters (stretched; at least 2)".
std::string quarters_text(Lang lang, const plan::Scheduled& s);

// "2029 spends EUR 203,300 but moves no projected score by 0.05 or more (overall 3.5578 → 3.5613)."
std::string flat_year_text(Lang lang, const plan::FlatYear& y, const std::string& currency);

// One row of the scenario table; the first is the plan itself.
struct ScenarioRow {
  std::string name;
  double budget_per_year = 0, capacity_pm = 0;
  int years = 0;
  int reached = 0, targets = 0;
  std::string end;  // the quarter the last initiative ends, "–" without one
  double total_cost = 0;
  double overall = 0;  // projected overall score at the end of the scenario's horizon
};
// Empty when the assessment has no scenarios.
std::vector<ScenarioRow> scenario_rows(const Run& r);

}  // namespace kubus::report
