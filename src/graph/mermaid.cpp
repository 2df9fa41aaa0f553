// Mermaid export: a flowchart with a subgraph per department; gaps in red.
// Node names are generated (n0, n1, ...) so no model ID can clash with
// Mermaid's keywords; every label is quoted and escaped.
#include <fmt/format.h>

#include "graph/analysis.h"

namespace kubus::graph {
namespace {

// A Mermaid quoted label: quotes and markup characters as entity codes.
std::string q(std::string_view s) {
  std::string out = "\"";
  for (char c : one_line(s)) {
    switch (c) {
      case '"': out += "#quot;"; break;
      case '#': out += "#35;"; break;
      case '<': out += "#lt;"; break;
      case '>': out += "#gt;"; break;
      case '&': out += "#amp;"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

std::string shape(VertexKind k, const std::string& text) {
  switch (k) {
    case VertexKind::Touchpoint: return "(" + text + ")";
    case VertexKind::Component: return "[(" + text + ")]";
    case VertexKind::Department: return "{{" + text + "}}";
    case VertexKind::Role: return ">" + text + "]";
  }
  return "[" + text + "]";
}

}  // namespace

std::string to_mermaid(const Analysis& analysis) {
  const DependencyGraph& d = analysis.graph;
  const Highlights& h = analysis.highlights;
  const model::Model& m = *d.model;
  std::string out = "flowchart LR\n";
  std::vector<std::string> gap_nodes;
  auto node = [&](Vertex v, std::string_view indent) {
    model::Index e = d.g()[v].entity;
    out += fmt::format("{}n{}{}\n", indent, v, shape(d.g()[v].kind, q(label(m, e))));
    if (h.vertices.count(e)) gap_nodes.push_back(fmt::format("n{}", v));
  };
  auto [members, loose] = clusters(d);
  std::vector<std::string> isolated;
  for (std::size_t i = 0; i < members.size(); ++i) {
    model::Index dep = d.departments.first + static_cast<model::Index>(i);
    out += fmt::format("  subgraph c{}[{}]\n", i, q(label(m, dep)));
    for (Vertex v : members[i]) node(v, "    ");
    out += "  end\n";
    if (h.vertices.count(dep)) isolated.push_back(fmt::format("c{}", i));
  }
  for (Vertex v : loose) node(v, "  ");
  std::size_t link = 0;
  std::vector<std::string> gap_links;
  for (auto [e, end] = boost::edges(d.g()); e != end; ++e) {
    const EdgeProps& p = d.g()[*e];
    if (!drawn(p.kind)) continue;
    Vertex a = boost::source(*e, d.g()), b = boost::target(*e, d.g());
    std::string arrow;
    switch (p.kind) {
      case EdgeKind::Handoff:
        arrow = "-->";
        if (h.handoffs.count({d.g()[a].entity, d.g()[b].entity})) gap_links.push_back(std::to_string(link));
        break;
      case EdgeKind::Uses: arrow = "-.->"; break;
      case EdgeKind::Owner: arrow = "-.-"; break;
      case EdgeKind::Integrates: arrow = "<-.->"; break;
      case EdgeKind::Sla: arrow = "==>|" + q(d.id(p.item)) + "|"; break;
      case EdgeKind::MemberOf:
      case EdgeKind::OwnedBy: break;
    }
    out += fmt::format("  n{} {} n{}\n", a, arrow, b);
    ++link;
  }
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
    return s;
  };
  out += "  classDef gap stroke:#d00,stroke-width:3px,fill:#fee\n";
  if (!gap_nodes.empty()) out += "  class " + join(gap_nodes) + " gap\n";
  if (!gap_links.empty()) out += "  linkStyle " + join(gap_links) + " stroke:#d00,stroke-width:3px\n";
  for (const auto& c : isolated) out += "  style " + c + " stroke:#d00,stroke-width:3px\n";
  return out;
}

}  // namespace kubus::graph
