// What the summaries single out: the weakest criteria of a dimension and the
// biggest silo gaps. Shared by report.md and the printed summary so both say
// the same thing.
#pragma once
#include <vector>

#include "report/input.h"

namespace kubus::report {

// The applicable criteria that keep a dimension from its next level: those of
// level+1 that do not hold, lowest score first, then any failing criterion of a
// lower level that gates it. At most `limit`.
std::vector<const score::CriterionScore*> weakest(const score::DimensionScore& d, std::size_t limit);

// The gaps a reader should see first: most members first, then the order
// reports list the kinds in (schema::kGapKinds), then ID. At most `limit`.
std::vector<const graph::Gap*> biggest_gaps(const graph::GapReport& r, std::size_t limit);

// "2027-Q1 to 2028-Q4" for a roadmap with items, else empty.
std::string roadmap_span(const Run& r);

}  // namespace kubus::report
