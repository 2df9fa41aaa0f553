// The silo analysis of one model as one value: the dependency graph, built
// once; the gaps the six passes find in it; and what the drawings highlight,
// derived from those gaps once. The driver keeps it with the run, and every
// writer reads it as data: the gap report, the DOT and Mermaid exports and the
// silo graph of report.html. Nothing recovers a gap from a rendering.
#pragma once
#include <string>
#include <vector>

#include "graph/gaps.h"
#include "graph/graph.h"
#include "graph/highlight.h"

namespace kubus::graph {

struct Analysis {
  DependencyGraph graph;  // points into the model, which must outlive the analysis
  GapReport gaps;
  Highlights highlights;
};

// Builds the dependency graph of `m`, runs the six passes on it, marks the gaps
// the waivers that apply take out (waive), and highlights the rest.
Analysis analyse(const model::Model& m, const std::vector<model::Waiver>& waivers = {});

// Which vertices a drawing shows, by vertex; empty for all of them.
using Shown = std::vector<bool>;

// The graph with departments as clusters and the highlights in red. With
// `shown`, only those vertices, the edges between them and the clusters that
// keep a vertex are drawn.
std::string to_dot(const Analysis& a, const Shown& shown = {});
std::string to_mermaid(const Analysis& a);

}  // namespace kubus::graph
