#include "report/gap_evidence.h"

#include <algorithm>

#include "graph/graph.h"

namespace kubus::report {
namespace {

using graph::Gap;

void id_or_null(JsonWriter& w, const model::Model& m, model::Index i) {
  if (i == model::kNone) w.value(nullptr);
  else w.value(m.entities[i].id);
}

void ids(JsonWriter& w, const model::Model& m, const std::vector<model::Index>& entities) {
  w.begin_array();
  for (model::Index e : entities) w.value(m.entities[e].id);
  w.end_array();
}

// One end of a context break: its department and the customer-history
// components it uses. The rest of what it uses says nothing about the break
// and is in the model; listing it repeated each touchpoint's whole `uses` in
// every handoff it takes part in (docs/report-format.md, version 2).
void side(JsonWriter& w, const graph::DependencyGraph& d, model::Index touchpoint) {
  w.begin_object();
  w.key("customer-history");
  ids(w, *d.model, d.history[touchpoint - d.touchpoints.first]);
  w.key("department");
  id_or_null(w, *d.model, d.department_of(touchpoint));
  w.end_object();
}

struct Render {
  JsonWriter& w;
  const graph::DependencyGraph& d;
  const model::Model& m;
  const Gap& g;

  void operator()(const graph::UncoveredEvidence& e) const {
    const model::Handoff& h = m.handoffs[e.handoff];
    w.key("departments");
    w.begin_array();
    id_or_null(w, m, d.department_of(h.from));
    id_or_null(w, m, d.department_of(h.to));
    w.end_array();
    w.key("slas-between-departments");
    ids(w, m, e.slas_between);
  }
  void operator()(const graph::PingPongEvidence& e) const {
    w.key("departments");
    ids(w, m, e.departments);
    w.key("handoffs");
    w.begin_array();
    for (model::Index h : e.handoffs) w.value(graph::handoff_name(m, m.handoffs[h]));
    w.end_array();
  }
  void operator()(const graph::IslandEvidence& e) const {
    w.member("capability", m.entities[e.capability].id);
    w.key("components");
    w.begin_object();
    std::vector<model::Index> components = g.entities;  // keyed by ID, in byte order
    std::sort(components.begin(), components.end(),
              [&](model::Index a, model::Index b) { return m.entities[a].id < m.entities[b].id; });
    for (model::Index c : components) {
      w.key(m.entities[c].id);
      w.begin_object();
      w.key("department");
      id_or_null(w, m, graph::component_department(m, c));
      w.member("shared", m.field(m.entities[c], "shared").boolean);
      w.end_object();
    }
    w.end_object();
    w.key("departments");
    ids(w, m, e.departments);
  }
  void operator()(const graph::ContextBreakEvidence& e) const {
    const model::Handoff& h = m.handoffs[e.handoff];
    w.key("from");
    side(w, d, h.from);
    w.key("to");
    side(w, d, h.to);
  }
  void operator()(const graph::IsolatedEvidence& e) const {
    w.key("group");
    ids(w, m, e.group);
    w.key("largest-group");
    ids(w, m, e.largest_group);
    w.member("touchpoints", std::uint64_t{e.touchpoints});
  }
  void operator()(const graph::BottleneckEvidence& e) const {
    model::Index c = g.entities.front();
    // Every capability listed, repeats included, in ID order.
    std::vector<model::Index> capabilities;
    for (const model::Val& cap : m.field(m.entities[c], "capabilities").items)
      if (cap.index != model::kNone) capabilities.push_back(cap.index);
    std::sort(capabilities.begin(), capabilities.end());
    w.key("capabilities");
    ids(w, m, capabilities);
    w.key("department");
    id_or_null(w, m, graph::component_department(m, c));
    w.key("separates");
    w.begin_array();
    for (const graph::Separated& s : e.separates) {
      w.begin_object();
      w.member("first", m.entities[s.first].id);
      w.member("touchpoints", std::uint64_t{s.touchpoints});
      w.end_object();
    }
    w.end_array();
    w.member("users", std::uint64_t{e.users});
  }
};

}  // namespace

void write_evidence(JsonWriter& w, const graph::DependencyGraph& d, const Gap& g) {
  w.begin_object();
  std::visit(Render{w, d, *d.model, g}, g.evidence);
  w.end_object();
}

nlohmann::json evidence_json(const graph::DependencyGraph& d, const Gap& g) {
  std::string text;
  JsonWriter w(text);
  write_evidence(w, d, g);
  return nlohmann::json::parse(text);
}

}  // namespace kubus::report
