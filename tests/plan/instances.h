// Deterministic synthetic planning instances (matrix, measures, assessment,
// catalogue) for the planner's tests and benchmark. Same seed, same instance,
// on every platform: the random numbers come from splitmix64, not <random>.
#pragma once
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>

#include "plan/plan.h"

namespace kubus::test {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
  bool chance(double p) { return unit() < p; }

 private:
  std::uint64_t state_;
};

struct Instance {
  config::Matrix matrix;
  config::Assessment assessment;
  plan::Catalogue catalogue;
  std::map<std::string, score::Measure> measures;  // by criterion ref (unique in these matrices)

  // Points into this object: keep it in place while the input is used.
  plan::Input input() const {
    return {&matrix, &assessment,
            [this](const config::Dimension&, const config::Criterion& c) { return measures.at(c.ref); }};
  }
};

inline std::string id_of(int i) {
  std::string s = std::to_string(i);
  return "init-" + std::string(4 - std::min<std::size_t>(4, s.size()), '0') + s;
}

// `initiatives` initiatives over `quarters` quarters (a multiple of 4). Small
// catalogues get a small matrix (two criteria per level) so that every
// instance has work to do; capacity and budget are set so that they bind.
// `dense`: so many criteria that nearly every initiative is needed.
inline Instance generate(std::uint64_t seed, int initiatives, int quarters, bool dense = false) {
  Rng rng(seed * 7919 + 17);
  Instance in;
  in.matrix.id = "synthetic";
  for (int l = 1; l <= 5; ++l) in.matrix.levels.push_back({l, Text("level " + std::to_string(l))});
  int dims = initiatives <= 12 ? 2 + rng.below(2) : 7;
  int per_level = initiatives <= 12 ? 2 : std::max(1, initiatives / (dense ? 20 : 80));
  std::vector<std::string> refs, failing;
  for (int d = 0; d < dims; ++d) {
    config::Dimension dim;
    dim.id = "dim-" + std::to_string(d);
    dim.weight = 1 + rng.below(3);
    for (int l = 2; l <= 5; ++l)
      for (int k = 0; k < per_level; ++k) {
        config::Criterion c;
        c.ref = "d" + std::to_string(d) + "-l" + std::to_string(l) + "-" + std::to_string(k);
        c.level = l;
        c.threshold = rng.chance(0.3) ? 0.8 : 1.0;
        c.weight = 1 + rng.below(2);
        score::Measure m;
        if (rng.chance(0.05)) {
          m.status = score::Status::NotApplicable;
        } else {
          m.status = score::Status::Evaluated;
          bool holds = rng.chance(l == 2 ? 0.4 : 0.15);
          m.value = holds ? 1.0 : 0.2 * rng.below(4);
          m.total = 10;
          m.passed = m.value * 10;
          m.failures = holds ? 0 : static_cast<std::size_t>(1 + rng.below(5));
        }
        in.measures[c.ref] = m;
        refs.push_back(c.ref);
        if (m.status == score::Status::Evaluated && m.value < c.threshold) failing.push_back(c.ref);
        dim.criteria.push_back(std::move(c));
      }
    in.assessment.targets[dim.id].level = initiatives <= 12 ? 4 + rng.below(2) : 3 + rng.below(3);
    in.matrix.dimensions.push_back(std::move(dim));
  }
  // Each initiative fixes one failing criterion in shuffled turn, so that the
  // cover needs most of a small catalogue, and sometimes a few more at random.
  for (std::size_t i = failing.size(); i > 1; --i) std::swap(failing[i - 1], failing[static_cast<std::size_t>(rng.below(static_cast<int>(i)))]);
  double total_effort = 0, total_cost = 0;
  for (int i = 0; i < initiatives; ++i) {
    plan::Initiative init;
    init.id = id_of(i);
    init.title = Text("Initiative " + std::to_string(i));
    if (!failing.empty()) init.fixes.push_back({config::CriterionKind::Rule, failing[static_cast<std::size_t>(i) % failing.size()]});
    int fixes = rng.below(initiatives <= 12 ? 2 : 3);
    for (int f = 0; f < fixes; ++f) {
      plan::Fix fix{config::CriterionKind::Rule, refs[static_cast<std::size_t>(rng.below(static_cast<int>(refs.size())))]};
      bool dup = std::any_of(init.fixes.begin(), init.fixes.end(), [&](const plan::Fix& x) { return x.ref == fix.ref; });
      if (!dup) init.fixes.push_back(fix);
    }
    init.effort_base = 0.5 + 0.5 * rng.below(8);
    init.effort_per_finding = 0.1 * rng.below(3);
    init.cost_base = 5000.0 * (1 + rng.below(10));
    init.cost_per_finding = 500.0 * rng.below(3);
    init.duration = 1 + rng.below(3);
    if (i > 0 && rng.chance(0.3)) init.after.push_back(id_of(rng.below(i)));
    total_effort += init.effort_base + 2 * init.effort_per_finding;
    total_cost += init.cost_base + 2 * init.cost_per_finding;
    in.catalogue.initiatives.push_back(std::move(init));
  }
  in.assessment.start = config::Quarter{2027, 1};
  in.assessment.years = quarters / 4;
  in.assessment.capacity_pm = std::max(2.0, total_effort / quarters * (0.3 + 0.5 * rng.unit()));
  in.assessment.budget_per_year = std::max(50000.0, total_cost / (quarters / 4.0) * (0.3 + 0.6 * rng.unit()));
  return in;
}

}  // namespace kubus::test
