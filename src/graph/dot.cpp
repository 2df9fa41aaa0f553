// Graphviz export: departments as clusters holding their roles, the
// touchpoints their roles own and the components they own; gaps in red.
#include <fmt/format.h>

#include "graph/analysis.h"

namespace kubus::graph {
namespace {

std::string_view kind_name(VertexKind k) {
  switch (k) {
    case VertexKind::Touchpoint: return "touchpoint";
    case VertexKind::Component: return "component";
    case VertexKind::Department: return "department";
    case VertexKind::Role: return "role";
  }
  return "";
}

std::string_view shape(VertexKind k) {
  switch (k) {
    case VertexKind::Touchpoint: return "box";
    case VertexKind::Component: return "cylinder";
    case VertexKind::Department: return "folder";
    case VertexKind::Role: return "ellipse";
  }
  return "box";
}

std::string node_name(const DependencyGraph& d, Vertex v) {
  return dot_string(std::string(kind_name(d.g()[v].kind)) + ":" + d.id(d.g()[v].entity));
}

}  // namespace

std::string to_dot(const Analysis& analysis) {
  const DependencyGraph& d = analysis.graph;
  const Highlights& h = analysis.highlights;
  const model::Model& m = *d.model;
  std::string out =
      "digraph kubus {\n  rankdir=LR;\n  newrank=true;\n  node [style=\"rounded,filled\", fillcolor=white, fontname=\"Helvetica\"];\n"
      "  edge [fontname=\"Helvetica\"];\n";
  auto node = [&](Vertex v, std::string_view indent) {
    model::Index e = d.g()[v].entity;
    std::string attrs = fmt::format("shape={}, label={}", shape(d.g()[v].kind), dot_string(label(m, e)));
    if (auto it = h.vertices.find(e); it != h.vertices.end())
      attrs += fmt::format(", color=red, penwidth=3, fillcolor=\"#ffe0e0\", tooltip={}", dot_string(Highlights::kinds(it->second)));
    out += fmt::format("{}{} [{}];\n", indent, node_name(d, v), attrs);
  };
  auto [members, loose] = clusters(d);
  for (std::size_t i = 0; i < members.size(); ++i) {
    model::Index dep = d.departments.first + static_cast<model::Index>(i);
    bool isolated = h.vertices.count(dep) > 0;
    out += fmt::format("  subgraph {} {{\n    label={};\n    color={};\n", dot_string("cluster_" + d.id(dep)),
                       dot_string(label(m, dep)), isolated ? "red" : "grey");
    if (isolated) out += "    penwidth=3;\n";
    for (Vertex v : members[i]) node(v, "    ");
    out += "  }\n";
  }
  for (Vertex v : loose) node(v, "  ");
  for (auto [e, end] = boost::edges(d.g()); e != end; ++e) {
    const EdgeProps& p = d.g()[*e];
    Vertex a = boost::source(*e, d.g()), b = boost::target(*e, d.g());
    if (!drawn(p.kind)) continue;
    std::string attrs;
    switch (p.kind) {
      case EdgeKind::Handoff: {
        auto it = h.handoffs.find({d.g()[a].entity, d.g()[b].entity});
        if (it != h.handoffs.end())
          attrs = fmt::format("color=red, penwidth=3, tooltip={}", dot_string(Highlights::kinds(it->second)));
        break;
      }
      case EdgeKind::Uses: attrs = "style=dashed, color=grey40"; break;
      case EdgeKind::Owner: attrs = "style=dotted, color=grey60, arrowhead=none"; break;
      case EdgeKind::Integrates: attrs = "style=dotted, color=blue"; break;
      case EdgeKind::Sla: attrs = fmt::format("style=bold, color=blue, label={}", dot_string(d.id(p.item))); break;
      case EdgeKind::MemberOf:
      case EdgeKind::OwnedBy: break;
    }
    out += fmt::format("  {} -> {}{};\n", node_name(d, a), node_name(d, b), attrs.empty() ? "" : " [" + attrs + "]");
  }
  return out + "}\n";
}

}  // namespace kubus::graph
