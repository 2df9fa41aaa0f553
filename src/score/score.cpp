#include "score/score.h"

#include <cmath>

namespace kubus::score {
namespace {

bool applicable(const CriterionScore& c) { return c.measure.status != Status::NotApplicable; }

// Every applicable criterion of `level` holds. A level with no applicable
// criteria holds vacuously: there is nothing the organisation fails at.
bool level_holds(const std::vector<CriterionScore>& criteria, int level) {
  for (const auto& c : criteria)
    if (c.criterion->level == level && applicable(c) && !c.holds) return false;
  return true;
}

// Weighted mean s of the applicable criteria of `level`; a criterion that was
// not evaluated counts with s = 0, as it never holds. 0 when none applies.
double level_progress(const std::vector<CriterionScore>& criteria, int level) {
  double sum = 0, weights = 0;
  for (const auto& c : criteria) {
    if (c.criterion->level != level || !applicable(c)) continue;
    double s = c.measure.status == Status::Evaluated ? c.measure.value : 0.0;
    sum += c.criterion->weight * s;
    weights += c.criterion->weight;
  }
  return weights > 0 ? sum / weights : 0.0;
}

DimensionScore score_dimension(const config::Matrix& matrix, const config::Dimension& d, const MeasureFn& measure) {
  DimensionScore out;
  out.dimension = &d;
  for (const auto& c : d.criteria) {
    CriterionScore cs;
    cs.criterion = &c;
    cs.measure = measure(d, c);
    cs.holds = cs.measure.status == Status::Evaluated && cs.measure.value >= c.threshold;
    out.criteria.push_back(cs);
  }
  int top = matrix.max_level();
  while (out.level < top && level_holds(out.criteria, out.level + 1)) ++out.level;
  out.progress = out.level < top ? level_progress(out.criteria, out.level + 1) : 0.0;
  out.score = out.level + out.progress;
  return out;
}

}  // namespace

Scores compute(const config::Matrix& matrix, const MeasureFn& measure,
               const std::map<std::string, config::Target>& targets) {
  Scores out;
  double weighted = 0, weights = 0, gaps = 0, spans = 0;
  for (const auto& d : matrix.dimensions) {
    DimensionScore ds = score_dimension(matrix, d, measure);
    if (auto t = targets.find(d.id); t != targets.end()) {
      ds.target = t->second.level;
      ds.gap = std::max(0.0, t->second.level - ds.score);
      gaps += ds.gap;
      spans += std::max(0, t->second.level - 1);
    }
    weighted += d.weight * ds.score;
    weights += d.weight;
    out.dimensions.push_back(std::move(ds));
  }
  out.overall = weights > 0 ? weighted / weights : 1.0;
  // The tiny tolerance keeps 2.9999999 (a sum of weighted thirds) at level 3.
  out.overall_level = static_cast<int>(std::floor(out.overall + 1e-9));
  out.gap = gaps;
  out.percent_to_target = spans > 0 ? 1.0 - gaps / spans : 1.0;
  return out;
}

double confidence_weight(std::string_view confidence) {
  if (confidence == "low") return 1;
  if (confidence == "high") return 3;
  return 2;  // medium, the language's default
}

std::string_view status_name(const CriterionScore& c) {
  switch (c.measure.status) {
    case Status::NotApplicable: return "not-applicable";
    case Status::NotEvaluated: return "not-evaluated";
    case Status::Evaluated: break;
  }
  return c.holds ? "holds" : "fails";
}

}  // namespace kubus::score
