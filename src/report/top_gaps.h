// The silo gaps a reader should see first, from the run's ranking by customer
// impact (driver/gap_impact.h): the summary on page one and the focused
// diagrams of the silo picture show them.
#pragma once
#include <vector>

#include "driver/gap_impact.h"
#include "report/input.h"

namespace kubus::report {

using driver::GapImpact;
using driver::impact_of;

// The `n` gaps no waiver takes out with the largest customer impact, in
// impact order, with what each involves (its touchpoints and departments). The
// biggest gap of each kind comes in before a second one of a kind already in,
// so the three biggest problems are three different problems.
std::vector<GapImpact> top_gaps(const Run& r, int n);

}  // namespace kubus::report
