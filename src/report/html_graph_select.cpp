// Which part of a large silo graph report.html draws. The choice is made on the
// analysis's data (its highlights, its gaps and the graph's edges), before any
// DOT is written: nothing is read back from a rendering.
#include <fmt/format.h>

#include "report/highlights.h"
#include "report/html.h"

namespace kubus::report::html {
namespace {

using graph::Vertex;

// `marked` and every vertex joined to one of them by an edge the drawing shows.
std::vector<Vertex> with_neighbours(const graph::DependencyGraph& d, const std::vector<Vertex>& marked) {
  graph::Shown in(boost::num_vertices(d.g()), false), out = in;
  for (Vertex v : marked) in[v] = out[v] = true;
  for (auto [e, end] = boost::edges(d.g()); e != end; ++e) {
    if (!graph::drawn(d.g()[*e].kind)) continue;
    Vertex a = boost::source(*e, d.g()), b = boost::target(*e, d.g());
    if (in[a]) out[b] = true;
    if (in[b]) out[a] = true;
  }
  std::vector<Vertex> near;
  for (Vertex v = 0; v < out.size(); ++v)
    if (out[v]) near.push_back(v);
  return near;
}

// The vertices of the biggest gaps (biggest_gaps order) that fit within the
// limit together; `count` says how many gaps that is.
std::vector<Vertex> biggest_gap_vertices(const graph::Analysis& a, std::size_t& count) {
  graph::Shown keep(boost::num_vertices(a.graph.g()), false);
  std::size_t kept = 0;
  for (const graph::Gap* gap : biggest_gaps(a.gaps, a.gaps.gaps.size())) {
    std::vector<Vertex> added;
    for (model::Index e : gap->entities)
      if (Vertex v = a.graph.vertex_of[e]; v != graph::kNoVertex && !keep[v]) added.push_back(v);
    if (static_cast<int>(kept + added.size()) > kGraphGapLimit) break;
    for (Vertex v : added) keep[v] = true;
    kept += added.size();
    ++count;
  }
  std::vector<Vertex> out;
  for (Vertex v = 0; v < keep.size(); ++v)
    if (keep[v]) out.push_back(v);
  return out;
}

graph::Shown only(const graph::DependencyGraph& d, const std::vector<Vertex>& vertices) {
  graph::Shown shown(boost::num_vertices(d.g()), false);
  for (Vertex v : vertices) shown[v] = true;
  return shown;
}

}  // namespace

GraphSelection select_graph(const graph::Analysis& a) {
  const graph::DependencyGraph& d = a.graph;
  const auto total = boost::num_vertices(d.g());
  if (total <= static_cast<std::size_t>(kGraphFullLimit)) return {};
  GraphSelection out;
  std::vector<Vertex> gap = graph::highlighted_vertices(d, a.highlights);
  std::vector<Vertex> chosen;
  std::string shown = fmt::format("The graph has {} vertices, {} of them in gaps: shown are ", total, gap.size());
  if (gap.empty()) {
    out.drawn = false;
  } else if (static_cast<int>(gap.size()) > kGraphGapLimit) {
    std::size_t count = 0;
    chosen = biggest_gap_vertices(a, count);
    out.drawn = !chosen.empty();
    out.note = shown + fmt::format("the {} vertices of the {} biggest of the {} gaps.", chosen.size(), count,
                                   a.gaps.gaps.size());
  } else if (std::vector<Vertex> near = with_neighbours(d, gap); static_cast<int>(near.size()) <= kGraphGapLimit) {
    out.note = shown + fmt::format("those and their direct neighbours, {} vertices.", near.size());
    chosen = std::move(near);
  } else {
    out.note = shown + "those alone.";
    chosen = std::move(gap);
  }
  if (!out.drawn) {
    out.note = fmt::format("The graph has {} vertices and {}: too many to draw legibly here. The gaps are listed "
                           "below; kubus graph draws the whole graph.",
                           total, a.gaps.gaps.empty() ? "no gaps" : "even its biggest gap is too big");
    return out;
  }
  out.shown = only(d, chosen);
  out.note += " The whole graph: kubus graph.";
  return out;
}

}  // namespace kubus::report::html
