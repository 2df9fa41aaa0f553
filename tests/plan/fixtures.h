// Hand-made planning fixtures and an independent validator of roadmaps, for
// tests/unit/plan_test.cpp. The validator uses score::compute and the roadmap's
// own data only, never the planner's internals.
#pragma once
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "config/criterion_kind.h"
#include "plan/plan.h"

namespace kubus::test {

// A hand-made assessment: one dimension whose levels 2, 3 and 4 each fail one rule.
struct Small {
  config::Matrix matrix;
  config::Assessment assessment;
  plan::Catalogue catalogue;
  std::map<std::string, score::Measure> measures;

  Small() {
    for (int l = 1; l <= 5; ++l) matrix.levels.push_back({l, Text()});
    config::Dimension d;
    d.id = "governance";
    for (auto [ref, level] : std::initializer_list<std::pair<const char*, int>>{{"a", 2}, {"b", 3}, {"c", 4}, {"e", 5}}) {
      config::Criterion c;
      c.ref = ref;
      c.level = level;
      d.criteria.push_back(c);
      measures[ref] = {score::Status::Evaluated, 0.5, 5, 10, 2};
    }
    matrix.dimensions.push_back(d);
    assessment.targets["governance"].level = 4;
    assessment.start = config::Quarter{2027, 1};
    assessment.years = 2;
    assessment.capacity_pm = 3;
    assessment.budget_per_year = 100000;
    add("fix-a", "a", 1, 10000, 1);
    add("fix-a-gold", "a", 1, 50000, 1);
    add("fix-b", "b", 2, 10000, 2, {"fix-a"});
    add("fix-c", "c", 1, 10000, 1);
  }
  void add(std::string id, std::string ref, double effort, double cost, int duration,
           std::vector<std::string> after = {}) {
    plan::Initiative i;
    i.id = std::move(id);
    i.fixes = {{config::CriterionKind::Rule, std::move(ref)}};
    i.effort_base = effort;
    i.effort_per_finding = 0.5;  // 2 failures: +1 pm
    i.cost_base = cost;
    i.duration = duration;
    i.after = std::move(after);
    auto& v = catalogue.initiatives;
    std::erase_if(v, [&](const plan::Initiative& x) { return x.id == i.id; });
    v.push_back(std::move(i));
    std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return x.id < y.id; });
  }
  plan::Input input() const {
    return {&matrix, &assessment,
            [this](const config::Dimension&, const config::Criterion& c) { return measures.at(c.ref); }};
  }
};

// Checks a roadmap against every scheduling rule without the planner's code;
// returns the objective recomputed with score::compute.
inline double validate(const plan::Input& input, const plan::Roadmap& r) {
  const auto& a = *input.assessment;
  int quarters = a.years * 4;
  std::map<std::string, const plan::Scheduled*> by_id;
  for (const auto& item : r.items) by_id[item.initiative->id] = &item;
  std::vector<double> effort(static_cast<std::size_t>(quarters), 0.0);
  std::map<int, double> cost;
  for (const auto& item : r.items) {
    REQUIRE(item.start >= 0);
    // At least its duration; a stretched initiative spreads effort and cost
    // evenly over every quarter it runs, so its cost can straddle years.
    REQUIRE(item.end >= item.start + item.initiative->duration - 1);
    REQUIRE(item.end < quarters);
    auto state = a.progress.find(item.initiative->id);
    bool started = state != a.progress.end() && state->second.state == config::ProgressState::Started;
    REQUIRE(item.started == started);
    if (started) REQUIRE(item.start == 0);
    for (const auto& dep : item.initiative->after) {
      if (started) break;  // under way: it waits for nothing any more
      REQUIRE(by_id.count(dep));
      REQUIRE(by_id[dep]->end < item.start);
    }
    int length = item.end - item.start + 1;
    for (int q = item.start; q <= item.end; ++q) {
      effort[static_cast<std::size_t>(q)] += item.effort / length;
      cost[a.start->year + (a.start->quarter - 1 + q) / 4] += item.cost / length;
    }
  }
  for (double e : effort) REQUIRE(e <= a.capacity_pm + 1e-6);
  for (const auto& [year, c] : cost) REQUIRE(c <= a.budget_per_year + 1e-6);
  REQUIRE(r.quarters.size() == static_cast<std::size_t>(quarters));
  for (int q = 0; q < quarters; ++q) REQUIRE(r.quarters[static_cast<std::size_t>(q)].effort == Approx(effort[static_cast<std::size_t>(q)]).margin(1e-9));
  for (const auto& y : r.years) REQUIRE(y.cost == Approx(cost[std::stoi(y.label)]).margin(1e-6));
  double objective = 0;
  for (int q = 0; q < quarters; ++q) {
    std::set<std::string> fixed;
    for (const auto& item : r.items)
      if (item.end < q)
        for (const auto& f : item.initiative->fixes) fixed.insert(config::criterion_key(f.kind, f.ref));
    auto s = score::compute(
        *input.matrix,
        [&](const config::Dimension& d, const config::Criterion& c) {
          score::Measure m = input.measure(d, c);
          if (fixed.count(config::criterion_key(c.kind, c.ref)) && m.status != score::Status::NotApplicable)
            return score::Measure{score::Status::Evaluated, 1, 1, 1, 0};
          return m;
        },
        a.targets);
    objective += s.overall;
  }
  CHECK(r.objective == Approx(objective).epsilon(1e-9));
  return objective;
}

inline std::vector<std::string> ids(const plan::Roadmap& r) {
  std::vector<std::string> out;
  for (const auto& item : r.items)
    out.push_back(item.initiative->id + "@" + std::to_string(item.start) +
                  (item.end > item.start ? ".." + std::to_string(item.end) : ""));
  return out;
}


// One dimension whose level 2 fails the rules `refs`; plenty of capacity and budget.
struct Cover : Small {
  explicit Cover(const std::vector<std::string>& refs) {
    catalogue.initiatives.clear();
    matrix.dimensions[0].criteria.clear();
    measures.clear();
    for (const auto& ref : refs) {
      config::Criterion c;
      c.ref = ref;
      matrix.dimensions[0].criteria.push_back(c);
      measures[ref] = {score::Status::Evaluated, 0, 0, 1, 0};
    }
    assessment.targets["governance"].level = 2;
    assessment.capacity_pm = 100;
    assessment.budget_per_year = 1e9;
  }
  void add_cover(std::string id, std::vector<std::string> refs, double cost, std::vector<std::string> after = {}) {
    add(id, refs[0], 0.1, cost, 1, std::move(after));
    auto& i = *std::find_if(catalogue.initiatives.begin(), catalogue.initiatives.end(),
                            [&](const auto& x) { return x.id == id; });
    i.fixes.clear();
    for (auto& r : refs) i.fixes.push_back({config::CriterionKind::Rule, r});
  }
};

inline std::set<std::string> chosen(const plan::Roadmap& r) {
  std::set<std::string> out;
  for (const auto& item : r.items) out.insert(item.initiative->id);
  return out;
}


}  // namespace kubus::test
