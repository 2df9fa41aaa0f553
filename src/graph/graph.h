// The dependency graph of a model (ENGINE.md §2): a vertex per touchpoint,
// component, department and role, and an edge per handoff, `uses` link,
// ownership, `integrates` link and SLA. Built once; every gap pass and both
// exports read it, together with a few facts derived from it once.
#pragma once
#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "model/model.h"

namespace kubus::graph {

enum class VertexKind : std::uint8_t { Touchpoint, Component, Department, Role };

enum class EdgeKind : std::uint8_t {
  Handoff,     // touchpoint -> touchpoint; item: the handoff
  Uses,        // touchpoint -> component
  Owner,       // touchpoint -> role (its owner)
  MemberOf,    // role -> department
  OwnedBy,     // component -> department
  Integrates,  // component -> component
  Sla,         // department -> department; item: the SLA
};

struct VertexProps {
  VertexKind kind = VertexKind::Touchpoint;
  model::Index entity = model::kNone;
};

struct EdgeProps {
  EdgeKind kind = EdgeKind::Handoff;
  model::Index item = model::kNone;
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexProps, EdgeProps>;
using Vertex = boost::graph_traits<BoostGraph>::vertex_descriptor;
inline constexpr Vertex kNoVertex = static_cast<Vertex>(-1);

// The entity indices a reference field names, sorted, without repeats and
// without references that failed to resolve.
std::vector<model::Index> references(const model::Model& m, const model::Entity& e, std::string_view field);

// The department that owns a component, or kNone.
model::Index component_department(const model::Model& m, model::Index component);

// Whether a component's capabilities include `history_capability` (customer-history).
bool holds_history(const model::Model& m, model::Index component, model::Index history_capability);

struct DependencyGraph {
  const model::Model* model = nullptr;
  // The Boost graph lives behind a pointer so that a DependencyGraph moves in
  // constant time and cannot be copied: Boost 1.74's adjacency_list has a copy
  // constructor but no move constructor, and even its swap copies, so as a
  // member it would be copied wherever the analysis is handed on.
  std::unique_ptr<BoostGraph> boost_graph = std::make_unique<BoostGraph>();
  BoostGraph& g() { return *boost_graph; }
  const BoostGraph& g() const { return *boost_graph; }
  std::vector<Vertex> vertex_of;  // by entity index; kNoVertex for other kinds
  // Entity index ranges [first, second): the four vertex kinds, and the capabilities and SLAs.
  std::pair<model::Index, model::Index> touchpoints, components, departments, roles, capabilities, slas;
  // Per touchpoint (offset from touchpoints.first): the components it uses,
  // sorted and without repeats, and those among them that hold customer history.
  std::vector<std::vector<model::Index>> uses, history;
  // Per touchpoint (offset from touchpoints.first): its owner's department, or kNone.
  std::vector<model::Index> department;

  const model::Entity& entity(model::Index i) const { return model->entities[i]; }
  std::string id(model::Index i) const { return std::string(model->entities[i].id); }
  // The owner's department of a touchpoint, or kNone.
  model::Index department_of(model::Index touchpoint) const { return department[touchpoint - touchpoints.first]; }
  // The department that owns a component, or kNone.
  model::Index component_department(model::Index component) const {
    return graph::component_department(*model, component);
  }
  std::size_t touchpoint_count() const { return touchpoints.second - touchpoints.first; }

  // Calls f(source, target, item) with entity indices for every edge of `kind`
  // leaving the entities in `from`: a pass visits only the vertices it needs.
  template <class F>
  void each_edge(std::pair<model::Index, model::Index> from, EdgeKind kind, F&& f) const {
    for (model::Index e = from.first; e < from.second; ++e)
      for (auto [it, end] = boost::out_edges(vertex_of[e], g()); it != end; ++it)
        if (g()[*it].kind == kind) f(e, g()[boost::target(*it, g())].entity, g()[*it].item);
  }
};

DependencyGraph build_graph(const model::Model& m);

// "a->b" for a handoff.
std::string handoff_name(const model::Model& m, const model::Handoff& h);

}  // namespace kubus::graph
