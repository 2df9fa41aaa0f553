#include "graph/analysis.h"

namespace kubus::graph {

Analysis analyse(const model::Model& m, const std::vector<model::Waiver>& waivers) {
  Analysis a{build_graph(m), {}, {}, {}};
  a.gaps = find_gaps(a.graph);
  waive(a.gaps, waivers);
  a.highlights = highlights(a.graph, a.gaps);
  a.departments = department_overview(a.graph, a.gaps);
  return a;
}

}  // namespace kubus::graph
