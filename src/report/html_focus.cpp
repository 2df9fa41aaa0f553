// One small diagram per top gap: the touchpoints and systems it involves,
// inside the departments that own them, by title (graph::focus chooses them).
#include <fmt/format.h>

#include <algorithm>

#include "graph/focus.h"
#include "i18n/i18n.h"
#include "report/gap_words.h"
#include "report/silo_figures.h"
#include "report/svg_fit.h"

namespace kubus::report::html {
namespace {

constexpr const char* kRed = "#c0392b";

std::string vertex_dot(const Run& r, const graph::Focus& f, std::size_t i) {
  const graph::DependencyGraph& d = r.silo.graph;
  model::Index e = f.vertices[i];
  bool touchpoint = e >= d.touchpoints.first && e < d.touchpoints.second;
  std::string attrs = fmt::format("shape={}, label=<{}>", touchpoint ? "box" : "cylinder",
                                  dot_label_text(r.model.display(r.model.entities[e], r.lang), 20));
  if (f.member[i]) attrs += fmt::format(", color=\"{}\", penwidth=2.5, fillcolor=\"#fdecea\"", kRed);
  return fmt::format("    v{} [{}];\n", e, attrs);
}

// The department a drawn vertex is put in; kNone for none.
model::Index home(const graph::DependencyGraph& d, model::Index e) {
  return e >= d.touchpoints.first && e < d.touchpoints.second ? d.department_of(e) : d.component_department(e);
}

std::string focus_dot(const Run& r, const graph::Gap& g, const graph::Focus& f, const DotStyle& style) {
  const graph::DependencyGraph& d = r.silo.graph;
  std::string out = fmt::format(
      "digraph focus {{\n  graph [rankdir={}, fontname=\"Helvetica\", fontsize={:.1f}, nodesep=0.25, ranksep=0.4, "
      "pad=0.1];\n  node [style=\"rounded,filled\", fillcolor=white, color=\"#5b6475\", fontname=\"Helvetica\", "
      "fontsize={:.1f}];\n  edge [color=\"#5b6475\", arrowsize=0.7];\n",
      style.left_to_right ? "LR" : "TB", style.fontsize, style.fontsize);
  for (model::Index dep : f.departments) {
    bool isolated = g.kind == schema::GapKind::IsolatedDepartment && g.entities.front() == dep;
    out += fmt::format("  subgraph cluster_{} {{\n    label=<<B>{}</B>>;\n    style=rounded;\n    color=\"{}\";\n", dep,
                       dot_label_text(r.model.display(r.model.entities[dep], r.lang), 28), isolated ? kRed : "#9aa3b2");
    if (isolated) out += "    penwidth=2.5;\n";
    for (std::size_t i = 0; i < f.vertices.size(); ++i)
      if (home(d, f.vertices[i]) == dep) out += vertex_dot(r, f, i);
    out += "  }\n";
  }
  for (std::size_t i = 0; i < f.vertices.size(); ++i)
    if (home(d, f.vertices[i]) == model::kNone) out += vertex_dot(r, f, i);
  for (std::size_t i = 0; i < f.handoffs.size(); ++i) {
    const model::Handoff& h = r.model.handoffs[f.handoffs[i]];
    out += fmt::format("  v{} -> v{}{};\n", h.from, h.to,
                       f.gap_handoff[i] ? fmt::format(" [color=\"{}\", penwidth=2.5]", kRed) : "");
  }
  for (const auto& [tp, c] : f.uses) out += fmt::format("  v{} -> v{} [style=dashed, arrowhead=none];\n", tp, c);
  return out + "}\n";
}

}  // namespace

SiloChart focus_chart(const Run& r, std::size_t gap_index, std::size_t number) {
  const Lang lang = r.lang;
  const graph::Gap& g = r.silo.gaps.gaps[gap_index];
  std::string title = fmt::format("{}. {}", number, gap_title(lang, g.kind));
  FittedSvg fitted;
  graph::Focus f;
  // Fewer vertices until the text is legible in the column.
  for (std::size_t most : {kFocusVertices, kFocusVertices * 2 / 3, kFocusVertices / 3}) {
    f = graph::focus(r.silo, g, most);
    fitted = fit_svg(lang, [&](const DotStyle& s) { return focus_dot(r, g, f, s); }, title);
    if (fitted.legible() || fitted.svg.empty()) break;
  }
  std::string caption = "<b>" + html_escape(title) + "</b>: " + html_escape(gap_explanation(lang, g.kind));
  if (f.left_out > 0)
    caption += " " + html_escape(fmt::format(
                         fmt::runtime(i18n::trn(lang, "And {n} more touchpoint or system, not drawn; the list of gaps names them all.",
                                                "And {n} more touchpoints and systems, not drawn; the list of gaps names them all.",
                                                long(f.left_out))),
                         fmt::arg("n", i18n::number(lang, double(f.left_out)))));
  if (fitted.svg.empty()) caption += " " + html_escape(fitted.note);
  return {std::move(fitted.svg), std::move(caption)};
}

}  // namespace kubus::report::html
