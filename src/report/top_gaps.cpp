#include "report/top_gaps.h"

#include "report/highlights.h"

namespace kubus::report {

std::vector<std::size_t> top_gaps(const Run& r, int n) {
  std::vector<std::size_t> out;
  if (n <= 0) return out;
  const auto& all = r.silo.gaps.gaps;
  for (const graph::Gap* g : biggest_gaps(r.silo.gaps, static_cast<std::size_t>(n)))
    out.push_back(static_cast<std::size_t>(g - all.data()));
  return out;
}

}  // namespace kubus::report
