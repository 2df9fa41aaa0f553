// The what-if and progress keys of assessment.yaml: `scenarios:` (the plan
// again with another budget, capacity or horizon) and `progress:` (which
// initiatives are under way or finished since an earlier run).
#include <fmt/format.h>

#include <set>

#include "config/assessment_read.h"
#include "support/text.h"

namespace kubus::config {
namespace {

// The scenario's name, unique among the assessment's scenarios.
bool read_scenario_name(const YamlReader& r, const YAML::Node& n, Scenario& s, std::set<std::string>& names) {
  auto name = r.string(n["name"], "scenario name");
  if (!name) return false;
  s.name = *name;
  s.span = r.span(n["name"]);
  if (names.insert(*name).second) return true;
  r.error(Code::DuplicateConfigId, n["name"], "scenario '" + *name + "' is given twice",
          "give every scenario its own name: the report's scenario table lists them by name");
  return false;
}

// Its budget per year, in the assessment's currency.
bool read_scenario_budget(const YamlReader& r, const YAML::Node& n, const std::string& what, const Assessment& a,
                          Scenario& s) {
  std::string currency = a.currency;
  auto v = positive_quantity(r, n["budget-per-year"], what + " budget-per-year", schema::Dim::Money, &currency);
  if (v && currency != a.currency) {
    r.error(Code::BadValue, n["budget-per-year"],
            what + " budget-per-year is in " + currency + ", the assessment's budget in " + a.currency,
            "write the scenario's budget in " + a.currency + ", as the initiatives' costs are compared with it");
    v.reset();
  }
  s.budget_per_year = v;
  return v.has_value();
}

// Its horizon in years, 1 to 10.
bool read_scenario_years(const YamlReader& r, const YAML::Node& n, const std::string& what, Scenario& s) {
  auto years = r.integer(n["years"], what + " years");
  if (years && (*years < 1 || *years > 10)) {
    r.error(Code::BadValue, n["years"], fmt::format("{} years must be in 1..10, found {}", what, *years),
            "a roadmap plans one to ten years ahead");
    years.reset();
  }
  if (years) s.years = static_cast<int>(*years);
  return years.has_value();
}

bool read_scenario(const YamlReader& r, const YAML::Node& n, Assessment& a, std::set<std::string>& names) {
  bool ok = r.check_map(n, "scenario", {"name", "budget-per-year", "capacity-per-quarter", "years"}, {"name"});
  if (!n.IsMap()) return false;
  Scenario s;
  s.span = r.span(n);
  if (n["name"]) ok = read_scenario_name(r, n, s, names) && ok;
  std::string what = "scenario '" + s.name + "'";
  if (n["budget-per-year"]) ok = read_scenario_budget(r, n, what, a, s) && ok;
  if (n["capacity-per-quarter"]) {
    s.capacity_pm = positive_quantity(r, n["capacity-per-quarter"], what + " capacity-per-quarter",
                                      schema::Dim::Effort, nullptr);
    ok = s.capacity_pm.has_value() && ok;
  }
  if (n["years"]) ok = read_scenario_years(r, n, what, s) && ok;
  if (ok) a.scenarios.push_back(std::move(s));
  return ok;
}

}  // namespace

bool read_scenarios(const YamlReader& r, const YAML::Node& node, Assessment& a) {
  if (!r.check_list(node, "scenarios")) return false;
  bool ok = true;
  std::set<std::string> names;
  for (const auto& item : node) ok = read_scenario(r, item, a, names) && ok;
  return ok;
}

bool read_progress(const YamlReader& r, const YAML::Node& node, Assessment& a) {
  if (!node.IsMap()) {
    r.error(Code::YamlWrongType, node, "expected progress to be a map from initiative ID to started or done",
            "write `progress: {governance-board: done, appoint-line-owners: started}`");
    return false;
  }
  std::vector<std::string> states;
  states.reserve(kProgressNames.size());
  for (const auto& [name, _] : kProgressNames) states.emplace_back(name);
  bool ok = true;
  for (const auto& kv : node) {
    auto id = r.string(kv.first, "an initiative ID in progress");
    auto state = r.string(kv.second, "a progress state");
    if (!id || !state) {
      ok = false;
      continue;
    }
    if (a.progress.count(*id)) {
      r.error(Code::DuplicateKey, kv.first, "progress of '" + *id + "' given twice", "keep one of them");
      ok = false;
      continue;
    }
    auto it = std::find_if(kProgressNames.begin(), kProgressNames.end(), [&](const auto& p) { return p.first == *state; });
    if (it == kProgressNames.end()) {
      auto guess = closest(*state, states);
      r.error(Code::BadValue, kv.second, "progress of '" + *id + "' is '" + *state + "'",
              guess ? "did you mean '" + *guess + "'? an initiative is started or done"
                    : "an initiative is started or done");
      ok = false;
      continue;
    }
    a.progress[*id] = Progress{it->second, r.span(kv.first)};
  }
  return ok;
}

std::string_view progress_name(ProgressState s) {
  for (const auto& [name, value] : kProgressNames)
    if (value == s) return name;
  return "started";
}

Assessment Assessment::with(const Scenario& s) const {
  Assessment out = *this;
  if (s.budget_per_year) out.budget_per_year = *s.budget_per_year;
  if (s.capacity_pm) out.capacity_pm = *s.capacity_pm;
  if (s.years) out.years = *s.years;
  out.scenarios.clear();
  return out;
}

}  // namespace kubus::config
