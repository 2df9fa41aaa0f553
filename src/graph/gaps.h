// Silo gaps (ENGINE.md §2), found in the dependency graph of the model. The
// graph is built once and every pass reads it (analysis.h).
#pragma once
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "graph/graph.h"
#include "model/model.h"
#include "model/waiver.h"
#include "schema/gap_kind.h"

namespace kubus::graph {

// Evidence is kept as model indices, a few per gap, and rendered as JSON only
// when output asks for it (report/gap_evidence.h): a large model has a context
// break per handoff, and JSON for each of them cost most of the analysis.
// What can be read off the model again (a touchpoint's department, what it
// uses, a component's capabilities) is not stored.
struct UncoveredEvidence {
  model::Index handoff = model::kNone;
  std::vector<model::Index> slas_between;  // SLAs that name the same two departments, sorted
};
struct PingPongEvidence {
  std::vector<model::Index> departments, handoffs;  // sorted
};
struct IslandEvidence {
  model::Index capability = model::kNone;
  std::vector<model::Index> departments;  // sorted, without repeats
};
struct ContextBreakEvidence {
  model::Index handoff = model::kNone;
};
struct IsolatedEvidence {
  std::vector<model::Index> group, largest_group;  // sorted
  std::size_t touchpoints = 0;
};
struct Separated {
  model::Index first = model::kNone;  // its smallest touchpoint
  std::size_t touchpoints = 0;
};
struct BottleneckEvidence {
  std::size_t users = 0;
  std::vector<Separated> separates;  // sorted by first
};
using Evidence = std::variant<UncoveredEvidence, PingPongEvidence, IslandEvidence, ContextBreakEvidence,
                              IsolatedEvidence, BottleneckEvidence>;

struct Gap {
  schema::GapKind kind{};
  std::string id;                     // stable: kind + member IDs (docs/gaps.md), e.g. uncovered-handoff:a->b
  std::vector<std::string> members;   // as ENGINE.md §2 lists them, sorted where it says so
  std::vector<model::Index> entities; // the members as entity indices
  Evidence evidence;                  // departments, capabilities, what each side uses, separated groups
  Span span;                          // where to point a reader: the handoff, or the first member's declaration
  model::Index waiver = model::kNone; // the waiver that takes it out (waive), or kNone
  bool waived() const { return waiver != model::kNone; }
};

struct GapReport {
  std::vector<Gap> gaps;                     // sorted by kind, then members (byte order)
  std::map<schema::GapKind, std::size_t> sites;  // per kind: the places that gap could occur (docs/gaps.md)
  std::size_t count(schema::GapKind kind) const;   // the gaps of the kind that no waiver takes out
  std::size_t count() const;                       // every gap no waiver takes out
  std::size_t waived(schema::GapKind kind) const;  // the gaps of the kind a waiver takes out
};

// Runs the six passes on a built graph (graph::analyse in analysis.h builds it and runs them).
GapReport find_gaps(const DependencyGraph& d);

// Marks the gaps the waivers take out (docs/language.md §7b): a gap of a
// waiver's kind whose handoff (uncovered-handoff, context-break) or every
// member the waiver names; every gap of the kind without `entities`. A waived
// gap drops out of its kind's gaps and sites alike.
void waive(GapReport& r, const std::vector<model::Waiver>& active);

}  // namespace kubus::graph
