// The silo graph: the DOT text of graph::to_dot laid out by Graphviz's C
// library (dot, in a child process: html_graphviz.h says why) and embedded as
// SVG. A large model shows only part of it (select_graph, chosen on the
// analysis's data), so the page stays readable and fast.
#include <fmt/format.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "report/html.h"
#include "report/html_graphviz.h"

namespace kubus::report::html {
namespace {

// Graphviz reports through a global callback; a layout collects what it says
// instead of letting it reach stderr, and shows it only when the layout fails.
thread_local std::string graphviz_messages;
int collect(char* message) {
  graphviz_messages += message;
  return 0;
}

// Routes Graphviz's messages to `collect` while it lives.
struct CollectMessages {
  agusererrf previous;
  CollectMessages() : previous(agseterrf(collect)) { graphviz_messages.clear(); }
  ~CollectMessages() { agseterrf(previous); }
  CollectMessages(const CollectMessages&) = delete;
  CollectMessages& operator=(const CollectMessages&) = delete;
};

struct ContextFree {
  void operator()(GVC_t* c) const { gvFreeContext(c); }
};
struct GraphClose {
  void operator()(Agraph_t* g) const { agclose(g); }
};

// Graphviz sizes the drawing in points at 14pt text: half that keeps labels
// legible on screen (the figure scrolls) while a large graph stays manageable.
std::string half_size(std::string svg) {
  std::string_view tag(svg.data(), std::min(svg.find('>'), svg.size()));
  for (std::string_view attr : {"width=\"", "height=\""}) {
    auto at = tag.find(attr);
    if (at == std::string_view::npos) continue;
    std::size_t begin = at + attr.size(), end = tag.find("pt\"", begin);
    if (end == std::string_view::npos) continue;
    double points = std::strtod(svg.c_str() + begin, nullptr);
    svg.replace(begin, end - begin, fmt::format("{:.0f}", points / 2));
    tag = std::string_view(svg.data(), std::min(svg.find('>'), svg.size()));
  }
  return svg;
}

// The SVG element alone: no XML prolog, doctype or comments (they name the
// Graphviz version, which the report does not depend on).
std::string bare_svg(std::string svg) {
  if (auto start = svg.find("<svg"); start != std::string::npos) svg.erase(0, start);
  for (auto open = svg.find("<!--"); open != std::string::npos; open = svg.find("<!--", open)) {
    auto close = svg.find("-->", open);
    svg.erase(open, close == std::string::npos ? std::string::npos : close + 3 - open);
    if (open < svg.size() && svg[open] == '\n') svg.erase(open, 1);
  }
  return half_size(std::move(svg));
}

struct Layout {
  std::string svg;   // empty when nothing was drawn
  std::string note;  // what the reader should know about the drawing
};

Layout lay_out(const std::string& dot) {
  Layout out;
  CollectMessages messages;
  std::unique_ptr<GVC_t, ContextFree> gvc(gvContext());
  std::unique_ptr<Agraph_t, GraphClose> g(read_dot(dot));
  if (!gvc || !g) return {"", "Graphviz could not read the graph: " + graphviz_messages};
  if (gvLayout(gvc.get(), g.get(), "dot") != 0) return {"", "Graphviz could not lay out the graph: " + graphviz_messages};
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(gvc.get(), g.get(), "svg", &data, &length) == 0 && data) out.svg = bare_svg(std::string(data, length));
  else out.note = "Graphviz could not render the graph: " + graphviz_messages;
  gvFreeRenderData(data);
  gvFreeLayout(gvc.get(), g.get());
  return out;
}

constexpr unsigned kLayoutSeconds = 60;

// The layout of lay_out, in a child process: the note, a NUL, then the SVG.
Layout lay_out_isolated(const std::string& dot) {
  auto result = in_child_process([&] {
    Layout l = lay_out(dot);
    return l.note + '\0' + l.svg;
  }, kLayoutSeconds);
  if (!result)
    return {"", fmt::format("Graphviz did not finish the layout (it failed or took over {} seconds); kubus graph "
                            "exports the graph.", kLayoutSeconds)};
  auto nul = result->find('\0');
  return {result->substr(nul + 1), result->substr(0, nul)};
}

}  // namespace

std::string graph(const Run& r) {
  std::string out = "<section id=\"graph\">\n<h2>The silo graph</h2>\n";
  out += "<p>Departments are the boxes around their roles, the touchpoints those roles own and the components "
         "they own. Red: a vertex, handoff or department that belongs to a silo gap (hover for the kind). Dashed: "
         "a touchpoint uses a component; blue: integrations and SLAs.</p>\n";
  GraphSelection selection = select_graph(r.silo);
  Layout layout;
  if (selection.drawn) layout = lay_out_isolated(graph::to_dot(r.silo, selection.shown));
  // A failed layout says why; otherwise the reader learns what the drawing leaves out.
  std::string note = layout.note.empty() ? selection.note : layout.note;
  if (!note.empty()) out += "<p class=\"note\">" + html_escape(note) + "</p>\n";
  if (!layout.svg.empty()) out += "<figure class=\"graph\">\n" + layout.svg + "</figure>\n";
  return out + "</section>\n";
}

}  // namespace kubus::report::html
