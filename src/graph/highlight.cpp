#include "graph/highlight.h"

#include <algorithm>

#include "support/text.h"

namespace kubus::graph {

std::string Highlights::kinds(const Kinds& k) {
  std::vector<std::string_view> names;
  for (schema::GapKind kind : k) names.push_back(schema::name_of(kind));
  std::sort(names.begin(), names.end());
  std::string out;
  for (std::string_view name : names) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

std::string label(const model::Model& m, model::Index e) { return std::string(m.display(m.entities[e])); }

namespace {

model::Index cluster_of(const DependencyGraph& d, Vertex v) {
  const model::Model& m = *d.model;
  model::Index e = d.g()[v].entity;
  switch (d.g()[v].kind) {
    case VertexKind::Touchpoint: return d.department_of(e);
    case VertexKind::Component: return d.component_department(e);
    case VertexKind::Department: return e;
    case VertexKind::Role: {
      const model::Val& dep = m.field(m.entities[e], "department");
      return dep.present() ? dep.index : model::kNone;
    }
  }
  return model::kNone;
}

}  // namespace

Clusters clusters(const DependencyGraph& d) {
  Clusters c;
  c.members.resize(d.departments.second - d.departments.first);
  for (auto [v, end] = boost::vertices(d.g()); v != end; ++v) {
    model::Index dep = cluster_of(d, *v);
    if (dep == model::kNone || d.vertex_of[dep] == kNoVertex) c.loose.push_back(*v);
    else c.members[dep - d.departments.first].push_back(*v);
  }
  return c;
}

Highlights highlights(const DependencyGraph& d, const GapReport& r) {
  const model::Model& m = *d.model;
  Highlights h;
  std::map<model::Index, std::size_t> circle;  // touchpoint -> its ping-pong gap
  for (const Gap& g : r.gaps) {
    if (g.waived()) continue;  // an accepted deviation is no silo to point at
    if (g.kind == schema::GapKind::UncoveredHandoff || g.kind == schema::GapKind::ContextBreak) {
      h.handoffs[{g.entities[0], g.entities[1]}].insert(g.kind);
      continue;
    }
    for (model::Index e : g.entities) {
      h.vertices[e].insert(g.kind);
      if (g.kind == schema::GapKind::PingPong) circle[e] = static_cast<std::size_t>(&g - r.gaps.data());
    }
  }
  for (const model::Handoff& ho : m.handoffs) {
    auto a = circle.find(ho.from), b = circle.find(ho.to);
    if (a != circle.end() && b != circle.end() && a->second == b->second && ho.from != ho.to)
      h.handoffs[{ho.from, ho.to}].insert(schema::GapKind::PingPong);
  }
  return h;
}

}  // namespace kubus::graph
