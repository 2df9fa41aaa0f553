#include "graph/gaps.h"

#include <algorithm>
#include <tuple>
#include <vector>

#include "graph/passes.h"

namespace kubus::graph {

std::size_t GapReport::count(schema::GapKind kind) const {
  return static_cast<std::size_t>(
      std::count_if(gaps.begin(), gaps.end(), [&](const Gap& g) { return g.kind == kind && !g.waived(); }));
}

std::size_t GapReport::count() const {
  return static_cast<std::size_t>(std::count_if(gaps.begin(), gaps.end(), [](const Gap& g) { return !g.waived(); }));
}

std::size_t GapReport::waived(schema::GapKind kind) const {
  return static_cast<std::size_t>(
      std::count_if(gaps.begin(), gaps.end(), [&](const Gap& g) { return g.kind == kind && g.waived(); }));
}

Gap make_gap(const model::Model& m, schema::GapKind kind, std::vector<model::Index> members, Evidence evidence,
             Span span, bool handoff) {
  Gap g{kind, {}, {}, std::move(members), std::move(evidence), span};
  g.members.reserve(g.entities.size());
  std::string_view name = schema::name_of(kind);
  std::size_t length = name.size() + 1;
  for (model::Index e : g.entities) length += m.entities[e].id.size() + 2;
  g.id.reserve(length);
  g.id += name;
  g.id += ':';
  for (std::size_t i = 0; i < g.entities.size(); ++i) {
    std::string_view member = m.entities[g.entities[i]].id;
    if (i > 0) g.id += handoff ? "->" : ",";
    g.id += member;
    g.members.emplace_back(member);
  }
  return g;
}

GapReport find_gaps(const DependencyGraph& d) {
  const model::Model& m = *d.model;
  GapReport r;
  // An upper bound on the gaps (two per handoff, one per other site), so the
  // vector never moves; untouched capacity costs no memory.
  r.gaps.reserve(2 * m.handoffs.size() + d.touchpoint_count() / 2 +
                 std::size_t{2} * (d.components.second - d.components.first) +
                 (d.departments.second - d.departments.first) + (d.capabilities.second - d.capabilities.first));
  // Passes run in the byte order of their kinds; most emit their gaps already
  // in member order (handoffs and entities are sorted by ID), so each range is
  // sorted only when it is not.
  auto by_members = [](const Gap& a, const Gap& b) { return std::tie(a.members, a.id) < std::tie(b.members, b.id); };
  for (auto pass : {find_bottleneck_components, find_context_breaks, find_island_implementations,
                    find_isolated_departments, find_ping_pong, find_uncovered_handoffs}) {
    auto begin = static_cast<std::ptrdiff_t>(r.gaps.size());
    pass(d, r);
    if (!std::is_sorted(r.gaps.begin() + begin, r.gaps.end(), by_members))
      std::sort(r.gaps.begin() + begin, r.gaps.end(), by_members);
  }
  return r;
}

}  // namespace kubus::graph
