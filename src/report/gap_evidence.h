// The evidence of a silo gap (ENGINE.md §2, docs/gaps.md), rendered from the
// model indices the passes keep straight into a JsonWriter, keys in byte
// order: a large model has a gap per handoff, and a JSON tree per gap cost
// more than the analysis itself.
#pragma once
#include <nlohmann/json.hpp>

#include "graph/analysis.h"
#include "report/json_writer.h"

namespace kubus::report {

// `d` is the graph the gaps were found in: it keeps each touchpoint's
// department and customer-history components.
void write_evidence(JsonWriter& w, const graph::DependencyGraph& d, const graph::Gap& g);

// The same evidence as a tree, for the text of `kubus gaps` and the tests.
nlohmann::json evidence_json(const graph::DependencyGraph& d, const graph::Gap& g);

}  // namespace kubus::report
