// The silo gaps the silo graph draws first when it cannot draw them all.
#pragma once
#include <vector>

#include "report/input.h"

namespace kubus::report {

// The gaps a reader should see first, leaving out waived ones: most members
// first, then the order reports list the kinds in (schema::kGapKinds), then ID.
// At most `limit`. (Page one ranks by customer impact instead: top_gaps.h.)
std::vector<const graph::Gap*> biggest_gaps(const graph::GapReport& r, std::size_t limit);

}  // namespace kubus::report
