// The silo graph: the DOT text of graph::to_dot laid out by Graphviz's C
// library (dot, in a child process: html_graphviz.h says why) and embedded as
// SVG. A large model shows only the vertices of its gaps and their direct
// neighbours, so the page stays readable and fast.
#include <fmt/format.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>

#include "report/highlights.h"
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

bool is_red(void* object) {
  char name[] = "color";
  const char* value = agget(object, name);
  return value && std::string_view(value) == "red";
}

// The vertices a gap highlights (and the ends of highlighted handoffs).
std::set<Agnode_t*> gap_vertices(Agraph_t* g) {
  std::set<Agnode_t*> out;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    if (is_red(n)) out.insert(n);
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e))
      if (is_red(e)) out.insert({agtail(e), aghead(e)});
  }
  return out;
}

void keep_only(Agraph_t* g, const std::set<Agnode_t*>& keep) {
  std::vector<Agnode_t*> drop;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n))
    if (!keep.count(n)) drop.push_back(n);
  for (Agnode_t* n : drop) agdelnode(g, n);
}

// The vertices of the biggest gaps (biggest_gaps order) that fit within the
// limit together; `shown` counts those gaps. DOT names vertices "kind:id".
std::set<Agnode_t*> biggest_gap_vertices(Agraph_t* g, const graph::GapReport& gaps, std::size_t& shown) {
  std::map<std::string_view, std::vector<Agnode_t*>> by_id;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    std::string_view name = agnameof(n);
    by_id[name.substr(name.find(':') + 1)].push_back(n);
  }
  std::set<Agnode_t*> keep;
  for (const graph::Gap* gap : biggest_gaps(gaps, gaps.gaps.size())) {
    std::set<Agnode_t*> with = keep;
    for (const std::string& member : gap->members)
      if (auto it = by_id.find(member); it != by_id.end()) with.insert(it->second.begin(), it->second.end());
    if (int(with.size()) > kGraphGapLimit) break;
    keep = std::move(with);
    ++shown;
  }
  return keep;
}

// Cuts a large graph down to the gaps and their direct neighbours, to the gaps
// alone, or to the biggest gaps, whichever is the first to fit. Returns what the
// reader is shown, or an empty string when not even the biggest gap fits.
std::string reduce(Agraph_t* g, int total, const graph::GapReport& gaps) {
  std::set<Agnode_t*> gap = gap_vertices(g);
  if (gap.empty()) return {};
  std::string shown = fmt::format("The graph has {} vertices, {} of them in gaps: shown are ", total, gap.size());
  if (int(gap.size()) > kGraphGapLimit) {
    std::size_t count = 0;
    std::set<Agnode_t*> biggest = biggest_gap_vertices(g, gaps, count);
    if (biggest.empty()) return {};
    keep_only(g, biggest);
    return shown + fmt::format("the {} vertices of the {} biggest of the {} gaps.", biggest.size(), count,
                               gaps.gaps.size());
  }
  std::set<Agnode_t*> near = gap;
  for (Agnode_t* n : gap)
    for (Agedge_t* e = agfstedge(g, n); e; e = agnxtedge(g, e, n)) near.insert({agtail(e), aghead(e)});
  if (int(near.size()) <= kGraphGapLimit) {
    keep_only(g, near);
    return shown + fmt::format("those and their direct neighbours, {} vertices.", near.size());
  }
  keep_only(g, gap);
  return shown + "those alone.";
}

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

Layout lay_out(const std::string& dot, const graph::GapReport& gaps) {
  Layout out;
  CollectMessages messages;
  std::unique_ptr<GVC_t, ContextFree> gvc(gvContext());
  std::unique_ptr<Agraph_t, GraphClose> g(read_dot(dot));
  if (!gvc || !g) return {"", "Graphviz could not read the graph: " + graphviz_messages};
  if (int total = agnnodes(g.get()); total > kGraphFullLimit) {
    out.note = reduce(g.get(), total, gaps);
    if (out.note.empty())
      return {"", fmt::format("The graph has {} vertices and {}: too many to draw legibly here. The gaps are listed "
                              "below; kubus graph draws the whole graph.",
                              total, gaps.gaps.empty() ? "no gaps" : "even its biggest gap is too big")};
    out.note += " The whole graph: kubus graph.";
  }
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
Layout lay_out_isolated(const std::string& dot, const graph::GapReport& gaps) {
  auto result = in_child_process([&] {
    Layout l = lay_out(dot, gaps);
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
  Layout layout = lay_out_isolated(graph::to_dot(r.model, r.gaps), r.gaps);
  if (!layout.note.empty()) out += "<p class=\"note\">" + html_escape(layout.note) + "</p>\n";
  if (!layout.svg.empty()) out += "<figure class=\"graph\">\n" + layout.svg + "</figure>\n";
  return out + "</section>\n";
}

}  // namespace kubus::report::html
