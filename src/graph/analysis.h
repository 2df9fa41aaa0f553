// The silo analysis of one model as one value: the dependency graph, built
// once; the gaps the six passes find in it; what the drawings highlight and the
// department overview, both derived from those gaps once. The driver keeps it
// with the run, and every writer reads it as data: the gap report, the DOT and
// Mermaid exports and the silo pictures of the reports. Nothing recovers a gap
// from a rendering.
#pragma once
#include <string>
#include <vector>

#include "graph/departments.h"
#include "graph/gaps.h"
#include "graph/graph.h"
#include "graph/highlight.h"

namespace kubus::graph {

struct Analysis {
  DependencyGraph graph;  // points into the model, which must outlive the analysis
  GapReport gaps;
  Highlights highlights;
  DepartmentOverview departments;  // departments, the handoffs between them and their gaps
};

// Builds the dependency graph of `m`, runs the six passes on it, marks the gaps
// the waivers that apply take out (waive), highlights the rest and sums them up
// per department.
Analysis analyse(const model::Model& m, const std::vector<model::Waiver>& waivers = {});

// The graph with departments as clusters and the highlights in red.
std::string to_dot(const Analysis& a);
std::string to_mermaid(const Analysis& a);

}  // namespace kubus::graph
