#include "graph/focus.h"

#include <algorithm>

namespace kubus::graph {
namespace {

bool in(std::pair<model::Index, model::Index> range, model::Index e) { return e >= range.first && e < range.second; }

// The touchpoints and components a gap is about (`core`) and those a reader
// needs beside them to see it (`context`).
struct Involved {
  std::vector<model::Index> core, context;
};

Involved involved(const DependencyGraph& d, const Gap& g) {
  Involved out;
  switch (g.kind) {
    case schema::GapKind::UncoveredHandoff:
    case schema::GapKind::PingPong:
    case schema::GapKind::IslandImplementation: out.core = g.entities; break;
    case schema::GapKind::ContextBreak:
      out.core = g.entities;
      for (model::Index tp : g.entities) {
        const auto& used = d.uses[tp - d.touchpoints.first];
        out.context.insert(out.context.end(), used.begin(), used.end());
      }
      break;
    case schema::GapKind::IsolatedDepartment:
      for (model::Index tp = d.touchpoints.first; tp < d.touchpoints.second; ++tp)
        if (d.department_of(tp) == g.entities.front()) out.core.push_back(tp);
      break;
    case schema::GapKind::BottleneckComponent:
      out.core = g.entities;
      for (model::Index tp = d.touchpoints.first; tp < d.touchpoints.second; ++tp)
        if (std::binary_search(d.uses[tp - d.touchpoints.first].begin(), d.uses[tp - d.touchpoints.first].end(),
                               g.entities.front()))
          out.context.push_back(tp);
      break;
  }
  std::sort(out.context.begin(), out.context.end());
  out.context.erase(std::unique(out.context.begin(), out.context.end()), out.context.end());
  std::erase_if(out.context, [&](model::Index e) { return std::find(out.core.begin(), out.core.end(), e) != out.core.end(); });
  return out;
}

// Whether the gap itself runs along handoff `h` (the handoff of an uncovered
// handoff or context break, or one inside a ping-pong circle).
bool on_gap(const Gap& g, model::Index h) {
  if (const auto* u = std::get_if<UncoveredEvidence>(&g.evidence)) return u->handoff == h;
  if (const auto* c = std::get_if<ContextBreakEvidence>(&g.evidence)) return c->handoff == h;
  if (const auto* p = std::get_if<PingPongEvidence>(&g.evidence))
    return std::binary_search(p->handoffs.begin(), p->handoffs.end(), h);
  return false;
}

void add_departments(const DependencyGraph& d, const Gap& g, Focus& f) {
  for (model::Index e : f.vertices)
    f.departments.push_back(in(d.touchpoints, e) ? d.department_of(e) : d.component_department(e));
  if (g.kind == schema::GapKind::IsolatedDepartment) f.departments.push_back(g.entities.front());
  std::erase(f.departments, model::kNone);
  std::sort(f.departments.begin(), f.departments.end());
  f.departments.erase(std::unique(f.departments.begin(), f.departments.end()), f.departments.end());
}

void add_edges(const DependencyGraph& d, const Gap& g, Focus& f) {
  std::vector<model::Index> drawn = f.vertices;
  std::sort(drawn.begin(), drawn.end());
  auto is_drawn = [&](model::Index e) { return std::binary_search(drawn.begin(), drawn.end(), e); };
  const auto& handoffs = d.model->handoffs;
  for (model::Index h = 0; h < handoffs.size(); ++h)
    if (is_drawn(handoffs[h].from) && is_drawn(handoffs[h].to)) {
      f.handoffs.push_back(h);
      f.gap_handoff.push_back(on_gap(g, h));
    }
  for (model::Index tp : drawn) {
    if (!in(d.touchpoints, tp)) continue;
    for (model::Index c : d.uses[tp - d.touchpoints.first])
      if (is_drawn(c)) f.uses.emplace_back(tp, c);
  }
}

}  // namespace

Focus focus(const Analysis& a, const Gap& g, std::size_t max_vertices) {
  const DependencyGraph& d = a.graph;
  max_vertices = std::max<std::size_t>(max_vertices, 2);
  Involved inv = involved(d, g);
  Focus f;
  for (const auto* group : {&inv.core, &inv.context}) {
    for (model::Index e : *group) {
      if (f.vertices.size() == max_vertices) break;
      f.vertices.push_back(e);
      f.member.push_back(group == &inv.core);
    }
  }
  f.left_out = inv.core.size() + inv.context.size() - f.vertices.size();
  add_departments(d, g, f);
  add_edges(d, g, f);
  return f;
}

}  // namespace kubus::graph
