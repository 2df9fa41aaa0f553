// Scoring exactly as ENGINE.md §1: criterion scores, thresholds, not
// applicable, gated levels, progress, dimension and overall scores, and the
// relative metrics (gap to target, percent to target). Pure functions: the
// roadmap planner calls them again with the criteria an initiative fixes.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/assessment.h"
#include "config/matrix.h"

namespace kubus::score {

enum class Status {
  Evaluated,      // `value` is the criterion's score s in [0,1]
  NotApplicable,  // nothing to check (no instances, no sites, no observations): neither holds nor fails
  NotEvaluated,   // the analysis behind it did not run: never counts as holding
};

// What the evaluation stages measured for one criterion.
struct Measure {
  Status status = Status::NotEvaluated;
  double value = 0;        // s in [0,1]
  double passed = 0;       // rule: passing instances; gap: sites without a gap; observed: weighted mean level
  double total = 0;        // rule: instances; gap: sites; observed: `min`
  std::size_t failures = 0;  // rule: failing instances; gap: gaps (drives per-finding effort)
};

struct CriterionScore {
  const config::Criterion* criterion = nullptr;
  Measure measure;
  bool holds = false;
};

struct DimensionScore {
  const config::Dimension* dimension = nullptr;
  int level = 1;
  double progress = 0;      // weighted mean s of the applicable criteria of level+1
  double score = 1;         // level + progress
  std::optional<int> target;
  double gap = 0;           // max(0, target - score); 0 without a target
  std::vector<CriterionScore> criteria;  // in matrix order
};

struct Scores {
  std::vector<DimensionScore> dimensions;  // in matrix order
  double overall = 1;          // weight-weighted mean of dimension scores
  int overall_level = 1;       // floor(overall)
  double gap = 0;              // sum of dimension gaps
  double percent_to_target = 1;  // 1 - sum gap / sum (target - 1) over dimensions with a target
};

using MeasureFn = std::function<Measure(const config::Dimension&, const config::Criterion&)>;

Scores compute(const config::Matrix& matrix, const MeasureFn& measure, const std::map<std::string, config::Target>& targets);

// holds | fails | not-applicable | not-evaluated
std::string_view status_name(const CriterionScore& c);

// Confidence weights for observations (low, medium, high), and the weighted mean.
double confidence_weight(std::string_view confidence);

}  // namespace kubus::score
