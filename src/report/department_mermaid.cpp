#include "report/department_mermaid.h"

#include <fmt/format.h>

#include "graph/departments.h"
#include "i18n/i18n.h"
#include "report/gap_words.h"
#include "report/silo_figures.h"

namespace kubus::report {
namespace {

// ", 3 handoffs without an SLA, 1 circle between departments"
std::string gap_phrases(Lang lang, const graph::GapCounts& gaps) {
  std::string out;
  for (const auto& k : schema::kGapKinds)
    if (std::size_t n = gaps[static_cast<std::size_t>(k.kind)]) out += ", " + gap_count(lang, k.kind, n);
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
  return out;
}

}  // namespace

std::string department_mermaid(const Run& r) {
  const Lang lang = r.lang;
  graph::DepartmentOverview o = graph::fold_departments(r.silo.departments, html::kOverviewDepartments);
  if (o.nodes.empty()) return {};
  std::string out = "flowchart TB\n";
  std::vector<std::string> red_nodes, red_links;
  for (std::size_t i = 0; i < o.nodes.size(); ++i) {
    const graph::DepartmentNode& n = o.nodes[i];
    std::string text = html::department_name(r, n.department, n.folded) + ": " +
                       fmt::format(fmt::runtime(i18n::trn(lang, "{n} touchpoint", "{n} touchpoints", long(n.touchpoints))),
                                   fmt::arg("n", i18n::number(lang, double(n.touchpoints)))) +
                       gap_phrases(lang, n.gaps);
    out += fmt::format("  d{}[{}]\n", i, mermaid_label(text));
    if (graph::total(n.gaps)) red_nodes.push_back(fmt::format("d{}", i));
  }
  std::size_t link = 0;
  for (std::size_t e : graph::strongest_edges(o, html::kMaxEdges)) {
    const graph::DepartmentEdge& edge = o.edges[e];
    std::string text = fmt::format(fmt::runtime(i18n::trn(lang, "{n} handoff", "{n} handoffs", long(edge.handoffs))),
                                   fmt::arg("n", i18n::number(lang, double(edge.handoffs)))) +
                       gap_phrases(lang, edge.gaps);
    out += fmt::format("  d{} -->|{}| d{}\n", edge.from, mermaid_label(text), edge.to);
    if (graph::total(edge.gaps)) red_links.push_back(std::to_string(link));
    ++link;
  }
  out += "  classDef gap stroke:#c0392b,stroke-width:3px,fill:#fdecea\n";
  if (!red_nodes.empty()) out += "  class " + joined(red_nodes) + " gap\n";
  if (!red_links.empty()) out += "  linkStyle " + joined(red_links) + " stroke:#c0392b,stroke-width:3px\n";
  return out;
}

}  // namespace kubus::report
