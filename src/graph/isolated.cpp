// isolated-department: a department that neither hands customers to, shares
// systems with, nor has agreements with the main body of the organisation: a
// silo. Sites: the departments that own touchpoints.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <algorithm>

#include "graph/passes.h"

namespace kubus::graph {

void find_isolated_departments(const DependencyGraph& d, GapReport& r) {
  const model::Model& m = *d.model;
  const model::Index first = d.departments.first;
  const std::size_t n = d.departments.second - first;
  std::vector<bool> owns(n, false);
  for (model::Index t = d.touchpoints.first; t < d.touchpoints.second; ++t)
    if (d.department_of(t) != model::kNone) owns[d.department_of(t) - first] = true;

  // Many handoffs and uses join the same two departments: collect each pair once.
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  auto link = [&](model::Index a, model::Index b) {
    if (a != model::kNone && b != model::kNone && a != b && owns[a - first] && owns[b - first])
      pairs.push_back(std::minmax<std::size_t>(a - first, b - first));
  };
  std::vector<model::Index> user_department(d.components.second - d.components.first, model::kNone);
  d.each_edge(d.touchpoints, EdgeKind::Handoff,
              [&](model::Index a, model::Index b, model::Index) { link(d.department_of(a), d.department_of(b)); });
  d.each_edge(d.departments, EdgeKind::Sla, [&](model::Index a, model::Index b, model::Index) { link(a, b); });
  d.each_edge(d.touchpoints, EdgeKind::Uses, [&](model::Index t, model::Index c, model::Index) {
    if (d.department_of(t) == model::kNone) return;
    // Linking every user's department to the first one found joins them all.
    model::Index& seen = user_department[c - d.components.first];
    if (seen == model::kNone) seen = d.department_of(t);
    link(seen, d.department_of(t));
  });
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected departments(pairs.begin(), pairs.end(), n);
  std::vector<std::size_t> group(n);
  if (n > 0) boost::connected_components(departments, group.data());
  std::vector<std::vector<model::Index>> members(n);
  for (std::size_t i = 0; i < n; ++i)
    if (owns[i]) members[group[i]].push_back(first + static_cast<model::Index>(i));
  // Departments are in ID order: the first one in a largest group wins ties.
  std::size_t largest = n;
  for (std::size_t i = 0; i < n; ++i)
    if (owns[i] && (largest == n || members[group[i]].size() > members[largest].size())) largest = group[i];

  std::size_t sites = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!owns[i]) continue;
    ++sites;
    if (group[i] == largest) continue;
    model::Index dep = first + static_cast<model::Index>(i);
    IsolatedEvidence evidence{members[group[i]], members[largest],
                              m.relation(schema::Rel::DepartmentTouchpoints).list(dep).size()};
    r.gaps.push_back(make_gap(m, GapKind::IsolatedDepartment, {dep}, std::move(evidence), m.entities[dep].id_span));
  }
  r.sites[GapKind::IsolatedDepartment] = sites;
}

}  // namespace kubus::graph
