// The JSON evidence of a gap (ENGINE.md §2), rendered from the model indices
// the passes keep; what the model still holds is read from it again.
#include <algorithm>

#include "graph/gaps.h"
#include "graph/graph.h"

namespace kubus::graph {
namespace {

using J = nlohmann::json;

std::string id(const model::Model& m, model::Index i) { return std::string(m.entities[i].id); }

J id_or_null(const model::Model& m, model::Index i) { return i == model::kNone ? J(nullptr) : J(id(m, i)); }

J ids(const model::Model& m, const std::vector<model::Index>& entities) {
  J out = J::array();
  for (model::Index e : entities) out.push_back(id(m, e));
  return out;
}

// One end of a context break: its department, what it uses and which of that holds customer history.
J side(const model::Model& m, model::Index touchpoint, model::Index history_capability) {
  std::vector<model::Index> uses = references(m, m.entities[touchpoint], "uses"), history;
  for (model::Index c : uses)
    if (holds_history(m, c, history_capability)) history.push_back(c);
  return {{"department", id_or_null(m, m.relation(schema::Rel::TouchpointDepartment).single(touchpoint))},
          {"uses", ids(m, uses)},
          {"customer-history", ids(m, history)}};
}

struct Render {
  const model::Model& m;
  const Gap& g;

  J operator()(const UncoveredEvidence& e) const {
    const model::Handoff& h = m.handoffs[e.handoff];
    const model::Relation& department = m.relation(schema::Rel::TouchpointDepartment);
    return {{"departments", {id_or_null(m, department.single(h.from)), id_or_null(m, department.single(h.to))}},
            {"slas-between-departments", ids(m, e.slas_between)}};
  }
  J operator()(const PingPongEvidence& e) const {
    J handoffs = J::array();
    for (model::Index h : e.handoffs) handoffs.push_back(handoff_name(m, m.handoffs[h]));
    return {{"departments", ids(m, e.departments)}, {"handoffs", std::move(handoffs)}};
  }
  J operator()(const IslandEvidence& e) const {
    J components = J::object();
    for (model::Index c : g.entities)
      components[id(m, c)] = {{"department", id_or_null(m, component_department(m, c))},
                              {"shared", m.field(m.entities[c], "shared").boolean}};
    return {{"capability", id(m, e.capability)}, {"departments", ids(m, e.departments)}, {"components", components}};
  }
  J operator()(const ContextBreakEvidence& e) const {
    const model::Handoff& h = m.handoffs[e.handoff];
    model::Index history = m.find("capability", "customer-history");
    return {{"from", side(m, h.from, history)}, {"to", side(m, h.to, history)}};
  }
  J operator()(const IsolatedEvidence& e) const {
    return {{"group", ids(m, e.group)}, {"largest-group", ids(m, e.largest_group)}, {"touchpoints", e.touchpoints}};
  }
  J operator()(const BottleneckEvidence& e) const {
    model::Index c = g.entities.front();
    // Every capability listed, repeats included, in ID order.
    std::vector<model::Index> capabilities;
    for (const model::Val& cap : m.field(m.entities[c], "capabilities").items)
      if (cap.index != model::kNone) capabilities.push_back(cap.index);
    std::sort(capabilities.begin(), capabilities.end());
    J separates = J::array();
    for (const Separated& s : e.separates)
      separates.push_back({{"first", id(m, s.first)}, {"touchpoints", s.touchpoints}});
    return {{"department", id_or_null(m, component_department(m, c))},
            {"capabilities", ids(m, capabilities)},
            {"users", e.users},
            {"separates", std::move(separates)}};
  }
};

}  // namespace

nlohmann::json evidence_json(const model::Model& m, const Gap& g) { return std::visit(Render{m, g}, g.evidence); }

}  // namespace kubus::graph
