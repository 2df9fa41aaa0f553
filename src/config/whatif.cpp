// The what-if and progress keys of assessment.yaml: `scenarios:` (the plan
// again with another budget, capacity or horizon) and `progress:` (which
// initiatives are under way or finished since an earlier run).
#include <fmt/format.h>

#include <set>

#include "config/assessment_read.h"
#include "support/text.h"

namespace kubus::config {
namespace {

bool read_scenario(const YamlReader& r, const YAML::Node& n, Assessment& a, std::set<std::string>& names) {
  bool ok = r.check_map(n, "scenario", {"name", "budget-per-year", "capacity-per-quarter", "years"}, {"name"});
  if (!n.IsMap()) return false;
  Scenario s;
  s.span = r.span(n);
  if (n["name"]) {
    auto name = r.string(n["name"], "scenario name");
    if (name) {
      s.name = *name;
      s.span = r.span(n["name"]);
      if (!names.insert(*name).second) {
        r.error(Code::DuplicateConfigId, n["name"], "scenario '" + *name + "' is given twice",
                "give every scenario its own name: the report's scenario table lists them by name");
        ok = false;
      }
    } else {
      ok = false;
    }
  }
  std::string what = "scenario '" + s.name + "'";
  if (n["budget-per-year"]) {
    std::string currency = a.currency;
    auto v = positive_quantity(r, n["budget-per-year"], what + " budget-per-year", schema::Dim::Money, &currency);
    if (v && currency != a.currency) {
      r.error(Code::BadValue, n["budget-per-year"],
              what + " budget-per-year is in " + currency + ", the assessment's budget in " + a.currency,
              "write the scenario's budget in " + a.currency + ", as the initiatives' costs are compared with it");
      v.reset();
    }
    if (v) s.budget_per_year = v;
    else ok = false;
  }
  if (n["capacity-per-quarter"]) {
    auto v = positive_quantity(r, n["capacity-per-quarter"], what + " capacity-per-quarter", schema::Dim::Effort,
                               nullptr);
    if (v) s.capacity_pm = v;
    else ok = false;
  }
  if (n["years"]) {
    auto years = r.integer(n["years"], what + " years");
    if (years && (*years < 1 || *years > 10)) {
      r.error(Code::BadValue, n["years"], fmt::format("{} years must be in 1..10, found {}", what, *years),
              "a roadmap plans one to ten years ahead");
      years.reset();
    }
    if (years) s.years = static_cast<int>(*years);
    else ok = false;
  }
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
