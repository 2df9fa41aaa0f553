#include "report/roadmap_facts.h"

#include <fmt/format.h>

#include <cmath>

#include "report/text.h"

namespace kubus::report {

std::string uplift_text(const plan::Uplift& u) {
  std::string dims;
  for (const auto& [id, delta] : u.dimensions)
    if (std::abs(round4(delta)) >= 0.005) dims += fmt::format("{}{} {:+.2f}", dims.empty() ? "" : ", ", id, delta);
  return fmt::format("{:+.2f} overall", std::abs(u.overall) < 0.005 ? 0.0 : u.overall) +
         (dims.empty() ? "" : " (" + dims + ")");
}

std::string quarters_text(const plan::Scheduled& s) {
  int n = s.quarters();
  std::string out = fmt::format("{} {}", n, n == 1 ? "quarter" : "quarters");
  if (s.stretched()) out += fmt::format(" (stretched; at least {})", s.initiative->duration);
  return out;
}

std::string flat_year_text(const plan::FlatYear& y, const std::string& currency) {
  return fmt::format("{} spends {} {} but moves no projected score by {} or more (overall {} → {})", y.year,
                     thousands(y.cost), currency, fixed(plan::kMeaningfulMove, 2), fixed(y.overall_before, 4),
                     fixed(y.overall_after, 4));
}

namespace {

ScenarioRow row(const Run& r, const std::string& name, double budget, double capacity, int years,
                const plan::Roadmap& p) {
  int last = p.last_quarter();
  return {name, budget, capacity, years, p.reached, p.targets, last < 0 ? "–" : r.assessment.quarter_label(last),
          p.total_cost, p.projection.empty() ? r.scores.overall : p.projection.back().overall};
}

}  // namespace

std::vector<ScenarioRow> scenario_rows(const Run& r) {
  std::vector<ScenarioRow> out;
  if (!r.roadmap || r.scenarios.empty()) return out;
  const auto& a = r.assessment;
  out.push_back(row(r, "this plan", a.budget_per_year, a.capacity_pm, a.years, *r.roadmap));
  for (const auto& s : r.scenarios) out.push_back(row(r, s.name, s.budget_per_year, s.capacity_pm, s.years, s.roadmap));
  return out;
}

}  // namespace kubus::report
