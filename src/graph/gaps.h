// Silo gaps (ENGINE.md §2), found in the dependency graph of the model. The
// graph is built once and every analysis reads it.
#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/model.h"

namespace kubus::graph {

struct Gap {
  std::string kind;                  // one of config::kGapKinds
  std::string id;                    // stable: kind + member IDs (docs/gaps.md), e.g. uncovered-handoff:a->b
  std::vector<std::string> members;  // as ENGINE.md §2 lists them, sorted where it says so
  nlohmann::json evidence;           // departments, capabilities, what each side uses, separated groups
  Span span;                         // where to point a reader: the handoff, or the first member's declaration
};

struct GapReport {
  std::vector<Gap> gaps;                     // sorted by kind, then members (byte order)
  std::map<std::string, std::size_t> sites;  // per kind: the places that gap could occur (docs/gaps.md)
  std::size_t count(std::string_view kind) const;
};

// Builds the dependency graph and runs all six analyses.
GapReport find_gaps(const model::Model& m);

// `{"gaps": [...]}` exactly as ENGINE.md §2.
nlohmann::json to_json(const GapReport& r);

// The graph with departments as clusters and gaps highlighted.
std::string to_dot(const model::Model& m, const GapReport& r);
std::string to_mermaid(const model::Model& m, const GapReport& r);

}  // namespace kubus::graph
