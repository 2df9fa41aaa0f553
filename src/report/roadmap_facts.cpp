#include "report/roadmap_facts.h"

#include <fmt/format.h>

#include <cmath>

#include "report/text.h"
#include "report/view_parts.h"

namespace kubus::report {

using view::say;
using view::say_n;

std::string uplift_text(Lang l, const plan::Uplift& u) {
  auto sign = [&](double v) { return (v < 0 ? "-" : "+") + i18n::number(l, std::abs(v) < 0.005 ? 0 : std::abs(v), 2); };
  std::string dims;
  for (const auto& [id, delta] : u.dimensions)
    if (std::abs(round4(delta)) >= 0.005) dims += (dims.empty() ? "" : ", ") + id + " " + sign(delta);
  return say(l, "{delta} overall", fmt::arg("delta", sign(u.overall))) + (dims.empty() ? "" : " (" + dims + ")");
}

std::string quarters_text(Lang l, const plan::Scheduled& s) {
  std::string out = say_n(l, "{n} quarter", "{n} quarters", s.quarters());
  if (s.stretched()) out += " " + say(l, "(stretched; at least {min})", fmt::arg("min", s.initiative->duration));
  return out;
}

std::string flat_year_text(Lang l, const plan::FlatYear& y, const std::string& currency) {
  return say(l, "{year} spends {cost} but moves no projected score by {move} or more (overall {before} → {after}).",
             fmt::arg("year", y.year), fmt::arg("cost", i18n::money(l, y.cost, currency)),
             fmt::arg("move", i18n::number(l, plan::kMeaningfulMove, 2)),
             fmt::arg("before", i18n::number(l, round4(y.overall_before), 4)),
             fmt::arg("after", i18n::number(l, round4(y.overall_after), 4)));
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
