#include "graph/analysis.h"

namespace kubus::graph {

Analysis analyse(const model::Model& m) {
  Analysis a{build_graph(m), {}, {}};
  a.gaps = find_gaps(a.graph);
  a.highlights = highlights(a.graph, a.gaps);
  return a;
}

}  // namespace kubus::graph
