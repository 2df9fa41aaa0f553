#include "graph/gaps.h"

#include <algorithm>
#include <tuple>
#include <vector>

#include "graph/passes.h"

namespace kubus::graph {

std::size_t GapReport::count(std::string_view kind) const {
  return static_cast<std::size_t>(std::count_if(gaps.begin(), gaps.end(), [&](const Gap& g) { return g.kind == kind; }));
}

Gap make_gap(std::string kind, std::vector<std::string> members, nlohmann::json evidence, Span span, bool handoff) {
  std::string id = kind + ":";
  for (std::size_t i = 0; i < members.size(); ++i) id += (i == 0 ? "" : handoff ? "->" : ",") + members[i];
  return Gap{std::move(kind), std::move(id), std::move(members), std::move(evidence), span};
}

std::vector<std::string> ids(const DependencyGraph& d, const std::vector<model::Index>& entities) {
  std::vector<std::string> out;
  out.reserve(entities.size());
  for (model::Index e : entities) out.push_back(d.id(e));
  return out;
}

nlohmann::json id_or_null(const DependencyGraph& d, model::Index i) {
  return i == model::kNone ? nlohmann::json(nullptr) : nlohmann::json(d.id(i));
}

GapReport find_gaps(const model::Model& m) {
  DependencyGraph d = build_graph(m);
  GapReport r;
  // An upper bound on the gaps (two per handoff, one per other site), so the
  // vector never moves; untouched capacity costs no memory.
  r.gaps.reserve(2 * m.handoffs.size() + d.touchpoint_count() / 2 + (d.components.second - d.components.first) * 2 +
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

nlohmann::json to_json(const GapReport& r) {
  nlohmann::json gaps = nlohmann::json::array();
  for (const Gap& g : r.gaps)
    gaps.push_back({{"kind", g.kind}, {"id", g.id}, {"members", g.members}, {"evidence", g.evidence}});
  return {{"gaps", std::move(gaps)}};
}

}  // namespace kubus::graph
