#include "driver/gap_impact.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace kubus::driver {
namespace {

void sort_unique(std::vector<model::Index>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// The model's kind indices this ranking reads, looked up once.
struct Kinds {
  int touchpoint = schema::kind_index("touchpoint");
  int component = schema::kind_index("component");
  int department = schema::kind_index("department");
};

std::vector<RankedGap> rank(const Run& r) {
  std::vector<RankedGap> all;
  for (const auto& g : r.silo.gaps.gaps)
    if (!g.waived()) {
      GapImpact i = impact_of(r, g);
      all.push_back({&g, i.mandatory, i.volume, i.touchpoints.size()});
    }
  auto key = [](const RankedGap& i) { return std::make_tuple(i.mandatory, i.volume, i.touchpoints); };
  std::stable_sort(all.begin(), all.end(), [&](const RankedGap& a, const RankedGap& b) {
    if (key(a) != key(b)) return key(a) > key(b);
    if (a.gap->kind != b.gap->kind) return a.gap->kind < b.gap->kind;  // the order reports list the kinds in
    return a.gap->id < b.gap->id;
  });
  return all;
}

}  // namespace

GapImpact impact_of(const Run& r, const graph::Gap& g) {
  static const Kinds kinds;
  const model::Model& m = r.model;
  GapImpact out{&g, {}, {}, 0, 0};
  for (model::Index e : g.entities) {
    const int kind = m.entities[e].kind;
    if (kind == kinds.touchpoint) {
      out.touchpoints.push_back(e);
    } else if (kind == kinds.component) {
      auto users = m.relation(schema::Rel::ComponentUsers).list(e);
      out.touchpoints.insert(out.touchpoints.end(), users.begin(), users.end());
    } else if (kind == kinds.department) {
      out.departments.push_back(e);
      auto own = m.relation(schema::Rel::DepartmentTouchpoints).list(e);
      out.touchpoints.insert(out.touchpoints.end(), own.begin(), own.end());
    }
  }
  sort_unique(out.touchpoints);
  const auto& department_of = m.relation(schema::Rel::TouchpointDepartment);
  for (model::Index t : out.touchpoints) {
    const model::Entity& e = m.entities[t];
    out.mandatory += m.field(e, "mandatory").boolean;
    if (const model::Val& v = m.field(e, "volume"); v.present() && std::isfinite(v.number)) out.volume += v.number;
    if (model::Index d = department_of.single(t); d != model::kNone) out.departments.push_back(d);
  }
  sort_unique(out.departments);
  return out;
}

const std::vector<RankedGap>& ranked_gaps(const Run& r) {
  if (!r.ranked_gaps_) r.ranked_gaps_ = std::make_shared<const std::vector<RankedGap>>(rank(r));
  return *r.ranked_gaps_;
}

}  // namespace kubus::driver
