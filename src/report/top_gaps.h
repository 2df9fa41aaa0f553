// Which gaps report.html draws a focused diagram of. One function, so that the
// choice can follow the report's idea of "biggest" (customer impact) without
// touching the diagrams.
#pragma once
#include <cstddef>
#include <vector>

#include "report/input.h"

namespace kubus::report {

// At most `n` gaps, as positions in r.silo.gaps.gaps: the biggest first
// (biggest_gaps: most members, then kind order, then ID); no waived gap.
std::vector<std::size_t> top_gaps(const Run& r, int n);

}  // namespace kubus::report
