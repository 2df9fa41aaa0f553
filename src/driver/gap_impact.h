// What a silo gap costs the customer, and every gap ranked by it: the
// unavoidable (mandatory) touchpoints it touches, then the contacts per year
// passing those touchpoints, then how many touchpoints it touches. Member
// count alone would put a 200-touchpoint circle nobody has to pass above one
// broken handoff every customer goes through. The ranking is worked out once
// per run and kept in the Run: the report's summary, its gaps table and the
// focused diagrams of the silo picture all read it.
#pragma once
#include <cstdint>
#include <vector>

#include "driver/run.h"

namespace kubus::driver {

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

// A gap's place in the ranking: its impact without the lists.
struct RankedGap {
  const graph::Gap* gap = nullptr;
  std::size_t mandatory = 0;
  double volume = 0;
  std::size_t touchpoints = 0;
};

// Every gap no waiver takes out, most mandatory touchpoints first, then most
// volume, then most touchpoints, then the order reports list the kinds in,
// then ID; computed on the first call and kept in the Run.
const std::vector<RankedGap>& ranked_gaps(const Run& r);

}  // namespace kubus::driver
