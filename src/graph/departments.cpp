#include "graph/departments.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace kubus::graph {

std::size_t total(const GapCounts& c) { return std::accumulate(c.begin(), c.end(), std::size_t{0}); }

namespace {

struct Builder {
  const DependencyGraph& d;
  DepartmentOverview out;
  std::size_t no_department;  // the position the no-department node gets if it has touchpoints
  std::map<std::pair<std::size_t, std::size_t>, DepartmentEdge> edges;

  explicit Builder(const DependencyGraph& graph)
      : d(graph), no_department(graph.departments.second - graph.departments.first) {
    for (model::Index dep = d.departments.first; dep < d.departments.second; ++dep) out.nodes.push_back({dep});
    out.nodes.push_back({model::kNone});
  }

  // The node of a department entity; kNone is the no-department node.
  std::size_t node(model::Index department) const {
    return department == model::kNone ? no_department : department - d.departments.first;
  }
  std::size_t node_of_touchpoint(model::Index touchpoint) const { return node(d.department_of(touchpoint)); }

  void count_touchpoints_and_handoffs() {
    for (model::Index tp = d.touchpoints.first; tp < d.touchpoints.second; ++tp) ++out.nodes[node_of_touchpoint(tp)].touchpoints;
    for (const model::Handoff& h : d.model->handoffs) {
      std::size_t a = node_of_touchpoint(h.from), b = node_of_touchpoint(h.to);
      if (a == b) {
        ++out.nodes[a].internal_handoffs;
      } else {
        DepartmentEdge& e = edges[{a, b}];
        e.from = a;
        e.to = b;
        ++e.handoffs;
      }
    }
  }

  // A gap on one handoff lies on its department edge, or in its department when it stays inside one.
  void on_handoff(model::Index handoff, std::size_t kind) {
    const model::Handoff& h = d.model->handoffs[handoff];
    std::size_t a = node_of_touchpoint(h.from), b = node_of_touchpoint(h.to);
    if (a == b) ++out.nodes[a].gaps[kind];
    else ++edges[{a, b}].gaps[kind];
  }

  void count(const Gap& g) {
    const auto kind = static_cast<std::size_t>(g.kind);
    if (const auto* u = std::get_if<UncoveredEvidence>(&g.evidence)) return on_handoff(u->handoff, kind);
    if (const auto* c = std::get_if<ContextBreakEvidence>(&g.evidence)) return on_handoff(c->handoff, kind);
    if (const auto* p = std::get_if<PingPongEvidence>(&g.evidence)) {
      std::set<std::pair<std::size_t, std::size_t>> crossed;  // a circle counts once per edge it uses
      for (model::Index hi : p->handoffs) {
        const model::Handoff& h = d.model->handoffs[hi];
        if (std::size_t a = node_of_touchpoint(h.from), b = node_of_touchpoint(h.to); a != b) crossed.insert({a, b});
      }
      for (const auto& pair : crossed) ++edges[pair].gaps[kind];
      return;
    }
    if (const auto* i = std::get_if<IslandEvidence>(&g.evidence)) {
      for (model::Index dep : i->departments) ++out.nodes[node(dep)].gaps[kind];
      return;
    }
    // isolated-department: the department itself; bottleneck-component: the department that owns it.
    model::Index member = g.entities.front();
    model::Index dep = g.kind == schema::GapKind::IsolatedDepartment ? member : d.component_department(member);
    ++out.nodes[node(dep)].gaps[kind];
  }

  DepartmentOverview finish() && {
    // The no-department node is drawn only when it stands for something.
    const DepartmentNode& loose = out.nodes.back();
    if (loose.touchpoints == 0 && total(loose.gaps) == 0) out.nodes.pop_back();
    for (auto& [pair, edge] : edges) out.edges.push_back(edge);
    return std::move(out);
  }
};

}  // namespace

DepartmentOverview department_overview(const DependencyGraph& d, const GapReport& r) {
  Builder b(d);
  b.count_touchpoints_and_handoffs();
  for (const Gap& g : r.gaps)
    if (!g.waived()) b.count(g);
  return std::move(b).finish();
}

}  // namespace kubus::graph

namespace kubus::graph {
namespace {

void add(GapCounts& to, const GapCounts& from) {
  for (std::size_t k = 0; k < to.size(); ++k) to[k] += from[k];
}

// The nodes `fold_departments` keeps, by position: most gaps (in them or on their links), then most
// touchpoints, then model order.
std::vector<bool> kept_nodes(const DepartmentOverview& o, std::size_t keep) {
  // A department's gaps: those in it and those on its links.
  std::vector<std::size_t> gaps(o.nodes.size());
  for (std::size_t i = 0; i < o.nodes.size(); ++i) gaps[i] = total(o.nodes[i].gaps);
  for (const DepartmentEdge& e : o.edges) {
    gaps[e.from] += total(e.gaps);
    gaps[e.to] += total(e.gaps);
  }
  std::vector<std::size_t> order(o.nodes.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (gaps[a] != gaps[b]) return gaps[a] > gaps[b];
    return o.nodes[a].touchpoints > o.nodes[b].touchpoints;
  });
  std::vector<bool> kept(o.nodes.size(), false);
  for (std::size_t i = 0; i < keep && i < order.size(); ++i) kept[order[i]] = true;
  return kept;
}

}  // namespace

std::vector<std::size_t> strongest_edges(const DepartmentOverview& o, std::size_t limit) {
  std::vector<std::size_t> order(o.edges.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const DepartmentEdge &x = o.edges[a], &y = o.edges[b];
    if (total(x.gaps) != total(y.gaps)) return total(x.gaps) > total(y.gaps);
    return x.handoffs > y.handoffs;
  });
  if (order.size() > limit) order.resize(limit);
  std::sort(order.begin(), order.end());
  return order;
}

DepartmentOverview fold_departments(const DepartmentOverview& o, std::size_t keep) {
  if (o.nodes.size() <= keep + 1) return o;
  std::vector<bool> kept = kept_nodes(o, keep);
  DepartmentOverview out;
  std::vector<std::size_t> position(o.nodes.size());
  for (std::size_t i = 0; i < o.nodes.size(); ++i)
    if (kept[i]) {
      position[i] = out.nodes.size();
      out.nodes.push_back(o.nodes[i]);
    }
  const std::size_t others = out.nodes.size();
  DepartmentNode folded;
  for (std::size_t i = 0; i < o.nodes.size(); ++i) {
    if (kept[i]) continue;
    position[i] = others;
    folded.folded += std::max<std::size_t>(o.nodes[i].folded, 1);
    folded.touchpoints += o.nodes[i].touchpoints;
    folded.internal_handoffs += o.nodes[i].internal_handoffs;
    add(folded.gaps, o.nodes[i].gaps);
  }
  out.nodes.push_back(folded);
  std::map<std::pair<std::size_t, std::size_t>, DepartmentEdge> edges;
  for (const DepartmentEdge& e : o.edges) {
    std::size_t a = position[e.from], b = position[e.to];
    if (a == b) {  // both ends folded: a handoff inside the folded node
      out.nodes[a].internal_handoffs += e.handoffs;
      add(out.nodes[a].gaps, e.gaps);
      continue;
    }
    DepartmentEdge& merged = edges[{a, b}];
    merged.from = a;
    merged.to = b;
    merged.handoffs += e.handoffs;
    add(merged.gaps, e.gaps);
  }
  for (auto& [pair, edge] : edges) out.edges.push_back(edge);
  return out;
}

}  // namespace kubus::graph
