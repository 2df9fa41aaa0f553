// island-implementation: a capability built separately by several departments
// (document composition per business line, the consultant's "eilandjes"),
// unless every component is run as one shared service. Sites: capabilities whose
// components are owned by two or more departments.
#include <algorithm>

#include "graph/passes.h"

namespace kubus::graph {

void find_island_implementations(const DependencyGraph& d, GapReport& r) {
  const model::Model& m = *d.model;
  std::size_t sites = 0;
  for (model::Index cap = d.capabilities.first; cap < d.capabilities.second; ++cap) {
    std::span<const model::Index> components = m.relation(schema::Rel::CapabilityComponents).list(cap);
    // Departments in index order, which is ID order.
    std::vector<model::Index> departments;
    bool all_shared = true;
    for (model::Index c : components) {
      if (model::Index dep = d.component_department(c); dep != model::kNone) departments.push_back(dep);
      all_shared = all_shared && m.field(m.entities[c], "shared").boolean;
    }
    std::sort(departments.begin(), departments.end());
    departments.erase(std::unique(departments.begin(), departments.end()), departments.end());
    if (departments.size() < 2) continue;
    ++sites;
    if (all_shared) continue;
    Gap gap = make_gap(m, GapKind::IslandImplementation, {components.begin(), components.end()}, IslandEvidence{cap, std::move(departments)},
                       d.entity(components.front()).id_span);
    // Two capabilities can share their components; the capability keeps the IDs apart.
    gap.id.insert(schema::name_of(gap.kind).size() + 1, d.id(cap) + ":");
    r.gaps.push_back(std::move(gap));
  }
  r.sites[GapKind::IslandImplementation] = sites;
}

}  // namespace kubus::graph
