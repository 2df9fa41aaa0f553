#include "plan/problem.h"

namespace kubus::plan::detail {

Scorer::Scorer(const config::Matrix& matrix, const score::MeasureFn& measure) : top_(matrix.max_level()) {
  for (const auto& d : matrix.dimensions) {
    Dim dim;
    dim.weight = d.weight;
    dim.by_level.resize(top_ + 1);
    for (const auto& c : d.criteria) {
      score::Measure m = measure(d, c);
      Crit crit;
      crit.dim = static_cast<int>(dims_.size());
      crit.level = c.level;
      crit.applicable = m.status != score::Status::NotApplicable;
      crit.s = m.status == score::Status::Evaluated ? m.value : 0.0;
      crit.holds = m.status == score::Status::Evaluated && m.value >= c.threshold;
      crit.weight = c.weight;
      crit.key = config::criterion_key(c.kind, c.ref);
      crit.kind = c.kind;
      crit.failures = m.failures;
      if (c.level >= 2 && c.level <= top_) dim.by_level[c.level].push_back(static_cast<int>(crits_.size()));
      crits_.push_back(std::move(crit));
    }
    dims_.push_back(std::move(dim));
  }
}

int Scorer::level(int dim, const std::vector<char>& fixed) const {
  const Dim& d = dims_[dim];
  int level = 1;
  while (level < top_) {
    for (int i : d.by_level[level + 1]) {
      const Crit& c = crits_[i];
      if (c.applicable && !c.holds && !fixed[i]) return level;
    }
    ++level;
  }
  return level;
}

double Scorer::score(int dim, const std::vector<char>& fixed) const {
  int l = level(dim, fixed);
  if (l >= top_) return l;
  double sum = 0, weights = 0;
  for (int i : dims_[dim].by_level[l + 1]) {
    const Crit& c = crits_[i];
    if (!c.applicable) continue;
    sum += c.weight * (fixed[i] ? 1.0 : c.s);
    weights += c.weight;
  }
  return l + (weights > 0 ? sum / weights : 0.0);
}

double Scorer::overall(const std::vector<char>& fixed) const {
  double sum = 0, weights = 0;
  for (std::size_t d = 0; d < dims_.size(); ++d) {
    sum += dims_[d].weight * score(static_cast<int>(d), fixed);
    weights += dims_[d].weight;
  }
  return weights > 0 ? sum / weights : 1.0;
}

}  // namespace kubus::plan::detail
