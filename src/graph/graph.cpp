#include "graph/graph.h"

#include <algorithm>

namespace kubus::graph {
namespace {

std::pair<model::Index, model::Index> range(const model::Model& m, std::string_view kind) {
  int k = schema::kind_index(kind);
  if (k < 0 || static_cast<std::size_t>(k) >= m.kind_range.size()) return {0, 0};
  return m.kind_range[static_cast<std::size_t>(k)];
}

}  // namespace

std::vector<model::Index> references(const model::Model& m, const model::Entity& e, std::string_view field) {
  std::vector<model::Index> out;
  const model::Val& v = m.field(e, field);
  if (v.tag == model::Val::Tag::Ref && v.index != model::kNone) out.push_back(v.index);
  for (const model::Val& item : v.items)
    if (item.index != model::kNone) out.push_back(item.index);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

model::Index component_department(const model::Model& m, model::Index component) {
  auto d = references(m, m.entities[component], "department");
  return d.empty() ? model::kNone : d.front();
}

bool holds_history(const model::Model& m, model::Index component, model::Index history_capability) {
  auto caps = references(m, m.entities[component], "capabilities");
  return std::binary_search(caps.begin(), caps.end(), history_capability);
}

std::string handoff_name(const model::Model& m, const model::Handoff& h) {
  return std::string(m.entities[h.from].id) + "->" + std::string(m.entities[h.to].id);
}

DependencyGraph build_graph(const model::Model& m) {
  DependencyGraph d;
  d.model = &m;
  d.touchpoints = range(m, "touchpoint");
  d.components = range(m, "component");
  d.departments = range(m, "department");
  d.roles = range(m, "role");
  d.capabilities = range(m, "capability");
  d.slas = range(m, "sla");
  d.vertex_of.assign(m.entities.size(), kNoVertex);
  auto add_vertices = [&](std::pair<model::Index, model::Index> r, VertexKind kind) {
    for (model::Index i = r.first; i < r.second; ++i) d.vertex_of[i] = boost::add_vertex(VertexProps{kind, i}, d.g());
  };
  add_vertices(d.touchpoints, VertexKind::Touchpoint);
  add_vertices(d.components, VertexKind::Component);
  add_vertices(d.departments, VertexKind::Department);
  add_vertices(d.roles, VertexKind::Role);
  auto link = [&](model::Index from, model::Index to, EdgeKind kind, model::Index item = model::kNone) {
    if (d.vertex_of[from] != kNoVertex && d.vertex_of[to] != kNoVertex)
      boost::add_edge(d.vertex_of[from], d.vertex_of[to], EdgeProps{kind, item}, d.g());
  };

  model::Index history_capability = m.find("capability", "customer-history");
  std::vector<bool> history(m.entities.size(), false);
  for (model::Index c = d.components.first; c < d.components.second; ++c) {
    const model::Entity& e = m.entities[c];
    history[c] = holds_history(m, c, history_capability);
    for (model::Index dep : references(m, e, "department")) link(c, dep, EdgeKind::OwnedBy);
    for (model::Index other : references(m, e, "integrates")) link(c, other, EdgeKind::Integrates);
  }
  for (model::Index r = d.roles.first; r < d.roles.second; ++r)
    for (model::Index dep : references(m, m.entities[r], "department")) link(r, dep, EdgeKind::MemberOf);
  d.department.resize(d.touchpoint_count());
  const model::Relation& department = m.relation(schema::Rel::TouchpointDepartment);
  d.uses.resize(d.touchpoint_count());
  d.history.resize(d.touchpoint_count());
  for (model::Index t = d.touchpoints.first; t < d.touchpoints.second; ++t) {
    const model::Entity& e = m.entities[t];
    d.department[t - d.touchpoints.first] = department.single(t);
    for (model::Index owner : references(m, e, "owner")) link(t, owner, EdgeKind::Owner);
    auto& uses = d.uses[t - d.touchpoints.first];
    uses = references(m, e, "uses");
    for (model::Index c : uses) {
      link(t, c, EdgeKind::Uses);
      if (history[c]) d.history[t - d.touchpoints.first].push_back(c);
    }
  }
  for (model::Index h = 0; h < m.handoffs.size(); ++h) link(m.handoffs[h].from, m.handoffs[h].to, EdgeKind::Handoff, h);
  for (model::Index s = d.slas.first; s < d.slas.second; ++s) {
    auto from = references(m, m.entities[s], "from"), to = references(m, m.entities[s], "to");
    if (!from.empty() && !to.empty()) link(from.front(), to.front(), EdgeKind::Sla, s);
  }
  return d;
}

}  // namespace kubus::graph
