#include "score/measure.h"

#include <algorithm>

namespace kubus::score {

Measure measure_rule(const eval::RuleResult* r) {
  Measure m;
  if (!r) return m;
  if (r->total() == 0) {
    m.status = Status::NotApplicable;
    return m;
  }
  m.status = Status::Evaluated;
  m.passed = static_cast<double>(r->passed);
  m.total = static_cast<double>(r->total());
  m.value = m.passed / m.total;
  m.failures = r->failed + r->errors;
  return m;
}

Measure measure_gap(const graph::GapReport& gaps, schema::GapKind kind) {
  Measure m;
  auto it = gaps.sites.find(kind);
  std::size_t sites = it == gaps.sites.end() ? 0 : it->second;
  sites -= std::min(sites, gaps.waived(kind));  // a waived gap drops out of the sites too
  if (sites == 0) {
    m.status = Status::NotApplicable;
    return m;
  }
  std::size_t found = gaps.count(kind);
  m.status = Status::Evaluated;
  m.total = static_cast<double>(sites);
  m.passed = static_cast<double>(sites - std::min(found, sites));
  m.value = m.passed / m.total;
  m.failures = found;
  return m;
}

Measure measure_observed(const model::Model& model, const config::Criterion& c) {
  Measure m;
  double sum = 0, weights = 0;
  for (model::Index i : model.of_kind("observation")) {
    const model::Entity& o = model.entities[i];
    const model::Val& practice = model.field(o, "practice");
    if (practice.index == model::kNone || model.entities[practice.index].id != c.ref) continue;
    double w = confidence_weight(model.field(o, "confidence").text);
    sum += w * model.field(o, "level").number;
    weights += w;
  }
  if (weights == 0) {
    m.status = Status::NotApplicable;
    return m;
  }
  m.status = Status::Evaluated;
  m.passed = sum / weights;
  m.total = c.min;
  m.value = m.passed >= c.min ? 1.0 : m.passed / c.min;
  m.failures = m.passed >= c.min ? 0 : 1;
  return m;
}

}  // namespace kubus::score
