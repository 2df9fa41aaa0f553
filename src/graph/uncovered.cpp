// uncovered-handoff: a handoff between two departments that no SLA covers.
// Sites: the handoffs that cross departments.
#include <map>

#include "graph/passes.h"

namespace kubus::graph {

void find_uncovered_handoffs(const DependencyGraph& d, GapReport& r) {
  const model::Model& m = *d.model;
  // SLAs by the unordered pair of departments they name: evidence that an
  // agreement exists between the two, only not for this handoff (or direction).
  std::map<std::pair<model::Index, model::Index>, std::vector<model::Index>> between;
  d.each_edge(d.departments, EdgeKind::Sla,
              [&](model::Index a, model::Index b, model::Index sla) { between[std::minmax(a, b)].push_back(sla); });
  const model::Relation& crosses = m.relation(schema::Rel::HandoffCrosses);
  const model::Relation& covered = m.relation(schema::Rel::HandoffCovered);
  std::size_t sites = 0;
  for (model::Index hi = 0; hi < m.handoffs.size(); ++hi) {
    const model::Handoff& h = m.handoffs[hi];
    if (!crosses.flag(hi)) continue;
    ++sites;
    if (covered.flag(hi)) continue;
    model::Index from = d.department_of(h.from), to = d.department_of(h.to);
    std::vector<model::Index> slas;
    if (auto it = between.find(std::minmax(from, to)); it != between.end()) slas = it->second;
    std::sort(slas.begin(), slas.end());
    r.gaps.push_back(
        make_gap(m, GapKind::UncoveredHandoff, {h.from, h.to}, UncoveredEvidence{hi, std::move(slas)}, h.span, true));
  }
  r.sites[GapKind::UncoveredHandoff] = sites;
}

}  // namespace kubus::graph
