// The department overview of report.html: graph::DepartmentOverview drawn by
// Graphviz, folded and labelled so that it stays legible in the column.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "graph/departments.h"
#include "i18n/i18n.h"
#include "report/gap_words.h"
#include "report/silo_figures.h"
#include "report/svg_fit.h"

namespace kubus::report::html {
namespace {

constexpr const char* kRed = "#c0392b";


enum class Labels { Words, Counts };  // edge labels in plain words, or the number of handoffs only

std::string gap_lines(Lang lang, const graph::GapCounts& gaps) {
  std::string out;
  for (const auto& k : schema::kGapKinds)
    if (std::size_t n = gaps[static_cast<std::size_t>(k.kind)])
      out += fmt::format("<BR/><FONT COLOR=\"{}\">{}</FONT>", kRed, dot_label_text(gap_count(lang, k.kind, n), 28));
  return out;
}

std::string node_dot(const Run& r, const graph::DepartmentNode& n, std::size_t i, std::size_t most) {
  const Lang lang = r.lang;
  std::string label = "<B>" + dot_label_text(department_name(r, n.department, n.folded)) + "</B><BR/>" +
                      fmt::format(fmt::runtime(i18n::trn(lang, "{n} touchpoint", "{n} touchpoints", long(n.touchpoints))),
                                  fmt::arg("n", i18n::number(lang, double(n.touchpoints)))) +
                      gap_lines(lang, n.gaps);
  // Area grows with the touchpoints owned; the label may make a box bigger still.
  double share = most ? std::sqrt(double(n.touchpoints) / double(most)) : 0;
  std::string attrs = fmt::format("label=<{}>, width={:.2f}, height={:.2f}", label, 1.2 + 1.4 * share, 0.5 + 0.6 * share);
  if (graph::total(n.gaps)) attrs += fmt::format(", color=\"{}\", penwidth=2.5, fillcolor=\"#fdecea\"", kRed);
  return fmt::format("  d{} [{}];\n", i, attrs);
}

std::string edge_dot(Lang lang, const graph::DepartmentEdge& e, Labels labels) {
  std::string handoffs = labels == Labels::Counts
                             ? i18n::number(lang, double(e.handoffs))
                             : fmt::format(fmt::runtime(i18n::trn(lang, "{n} handoff", "{n} handoffs", long(e.handoffs))),
                                           fmt::arg("n", i18n::number(lang, double(e.handoffs))));
  std::string label = dot_label_text(handoffs) + (labels == Labels::Words ? gap_lines(lang, e.gaps) : "");
  std::string attrs = fmt::format("label=<{}>, penwidth={:.1f}", label, 1 + std::log10(double(e.handoffs)));
  if (graph::total(e.gaps)) attrs += fmt::format(", color=\"{}\", fontcolor=\"{}\"", kRed, kRed);
  return fmt::format("  d{} -> d{} [{}];\n", e.from, e.to, attrs);
}

std::string overview_dot(const Run& r, const graph::DepartmentOverview& o, Labels labels, const DotStyle& style) {
  std::string out = fmt::format(
      "digraph overview {{\n  graph [rankdir={}, fontname=\"Helvetica\", nodesep=0.3, ranksep=0.5, pad=0.1];\n"
      "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3fa\", color=\"#1f5fa8\", fontname=\"Helvetica\", "
      "fontsize={:.1f}];\n  edge [color=\"#7a8394\", fontname=\"Helvetica\", fontsize={:.1f}, arrowsize=0.7];\n",
      style.left_to_right ? "LR" : "TB", style.fontsize, style.fontsize);
  std::size_t most = 0;
  for (const auto& n : o.nodes) most = std::max(most, n.touchpoints);
  for (std::size_t i = 0; i < o.nodes.size(); ++i) out += node_dot(r, o.nodes[i], i, most);
  for (std::size_t e : graph::strongest_edges(o, kMaxEdges)) out += edge_dot(r.lang, o.edges[e], labels);
  return out + "}\n";
}

// What the caption adds about a folded or cut drawing.
std::string cut_note(Lang lang, const graph::DepartmentOverview& shown, Labels labels) {
  std::string out;
  if (!shown.nodes.empty() && shown.nodes.back().folded > 0)
    out += fmt::format(fmt::runtime(i18n::tr(lang, "The {n} departments with the fewest gaps and touchpoints are "
                                                   "drawn as one box.")),
                       fmt::arg("n", i18n::number(lang, double(shown.nodes.back().folded)))) + " ";
  if (shown.edges.size() > kMaxEdges)
    out += fmt::format(fmt::runtime(i18n::tr(lang, "Drawn are the {shown} links with gaps or the most handoffs, of "
                                                   "{all}.")),
                       fmt::arg("shown", kMaxEdges), fmt::arg("all", i18n::number(lang, double(shown.edges.size())))) + " ";
  if (labels == Labels::Counts) out += i18n::tr(lang, "The numbers on the arrows are handoffs; the table names their gaps.") + " ";
  return out;
}

}  // namespace

std::string department_name(const Run& r, model::Index department, std::size_t folded) {
  if (folded > 0)
    return fmt::format(fmt::runtime(i18n::trn(r.lang, "{n} other department", "{n} other departments", long(folded))),
                       fmt::arg("n", i18n::number(r.lang, double(folded))));
  if (department == model::kNone) return i18n::tr(r.lang, "No department");
  return std::string(r.model.display(r.model.entities[department], r.lang));
}

SiloChart overview_chart(const Run& r) {
  const Lang lang = r.lang;
  const std::string title = i18n::tr(lang, "Departments and the handoffs between them");
  FittedSvg fitted;
  std::string note;
  // Fewer boxes and shorter labels until the text is legible in the column.
  for (std::size_t keep : {kOverviewDepartments, kOverviewDepartments * 2 / 3, kOverviewDepartments / 3}) {
    graph::DepartmentOverview shown = graph::fold_departments(r.silo.departments, keep);
    for (Labels labels : {Labels::Words, Labels::Counts}) {
      fitted = fit_svg(lang, [&](const DotStyle& s) { return overview_dot(r, shown, labels, s); }, title);
      note = fitted.svg.empty() ? fitted.note : cut_note(lang, shown, labels);
      if (fitted.legible() || fitted.svg.empty()) break;
    }
    if (fitted.legible() || fitted.svg.empty()) break;
  }
  std::string caption =
      html_escape(title + ". ") +
      html_escape(i18n::tr(lang, "Each box is a department, the bigger the more touchpoints it owns; arrows are "
                                 "handoffs from one department to another, the thicker the more. Red: silo gaps, "
                                 "named on the box or arrow.")) +
      (note.empty() ? "" : " " + html_escape(note));
  return {std::move(fitted.svg), std::move(caption)};
}

}  // namespace kubus::report::html
