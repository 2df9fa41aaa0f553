// The silo gaps a reader should see first, ranked by what they cost the
// customer: the unavoidable (mandatory) touchpoints they touch, then the
// contacts per year passing those touchpoints, then how many touchpoints they
// touch. Member count alone would put a 200-touchpoint circle nobody has to
// pass above one broken handoff every customer goes through. The summary on
// page one and the focused diagrams of the silo picture both use this ranking.
#pragma once
#include <vector>

#include "report/input.h"

namespace kubus::report {

// One gap with the customer impact it is ranked by.
struct GapImpact {
  const graph::Gap* gap = nullptr;
  std::vector<model::Index> touchpoints;  // the touchpoints it involves, sorted
  std::vector<model::Index> departments;  // their departments (or the gap's own), sorted
  std::size_t mandatory = 0;              // of those touchpoints, the unavoidable ones
  double volume = 0;                      // their contacts per year (volume), summed
};

// What a gap involves: its touchpoints (a component's users, a department's
// touchpoints, a handoff's ends) and their departments.
GapImpact impact_of(const Run& r, const graph::Gap& g);

// The `n` gaps no waiver takes out with the largest customer impact: most
// mandatory touchpoints, then most volume, then most touchpoints, then the
// order reports list the kinds in, then ID. The biggest gap of each kind comes
// in before a second one of a kind already in, so the three biggest problems
// are three different problems; the result is in impact order.
std::vector<GapImpact> top_gaps(const Run& r, int n);

}  // namespace kubus::report
