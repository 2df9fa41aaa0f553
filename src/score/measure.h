// The criterion semantics of ENGINE.md §1: what the evaluation stages measured
// for one criterion of the matrix. A rule criterion is the share of passing
// instances, a gap criterion the share of sites without a gap, an observed
// criterion the confidence-weighted mean level of the practice's observations.
#pragma once
#include "config/matrix.h"
#include "eval/eval.h"
#include "graph/gaps.h"
#include "model/model.h"
#include "score/score.h"

namespace kubus::score {

// `rule`: the result of the criterion's rule, or null when the rule failed to
// check (then the criterion is not evaluated).
Measure measure_rule(const eval::RuleResult* rule);
Measure measure_gap(const graph::GapReport& gaps, schema::GapKind kind);
Measure measure_observed(const model::Model& m, const config::Criterion& c);

}  // namespace kubus::score
