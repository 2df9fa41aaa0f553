#include "report/top_gaps.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace kubus::report {
namespace {

void sort_unique(std::vector<model::Index>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// The model's kind indices this ranking reads, looked up once per call.
struct Kinds {
  int touchpoint = schema::kind_index("touchpoint");
  int component = schema::kind_index("component");
  int department = schema::kind_index("department");
};

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

std::vector<GapImpact> top_gaps(const Run& r, int n) {
  std::vector<GapImpact> all;
  for (const auto& g : r.silo.gaps.gaps)
    if (!g.waived()) all.push_back(impact_of(r, g));
  auto key = [](const GapImpact& i) { return std::make_tuple(i.mandatory, i.volume, i.touchpoints.size()); };
  std::stable_sort(all.begin(), all.end(), [&](const GapImpact& a, const GapImpact& b) {
    if (key(a) != key(b)) return key(a) > key(b);
    if (a.gap->kind != b.gap->kind) return a.gap->kind < b.gap->kind;  // the order reports list the kinds in
    return a.gap->id < b.gap->id;
  });
  // The biggest of each kind first, so three problems are three different ones; then the rest by impact.
  const auto wanted = static_cast<std::size_t>(std::max(n, 0));
  std::vector<bool> picked(all.size()), kind_seen(schema::kGapKinds.size());
  std::size_t count = 0;
  for (std::size_t i = 0; i < all.size() && count < wanted; ++i)
    if (auto k = static_cast<std::size_t>(all[i].gap->kind); !kind_seen[k]) {
      kind_seen[k] = picked[i] = true;
      ++count;
    }
  for (std::size_t i = 0; i < all.size() && count < wanted; ++i)
    if (!picked[i]) {
      picked[i] = true;
      ++count;
    }
  std::vector<GapImpact> out;
  for (std::size_t i = 0; i < all.size(); ++i)
    if (picked[i]) out.push_back(std::move(all[i]));
  return out;
}

}  // namespace kubus::report
