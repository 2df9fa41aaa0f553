#include "report/top_gaps.h"

#include <algorithm>

namespace kubus::report {
namespace {

std::vector<const driver::RankedGap*> top_ranked(const Run& r, std::size_t n) {
  const auto& all = driver::ranked_gaps(r);
  std::vector<bool> picked(all.size()), kind_seen(schema::kGapKinds.size());
  std::size_t count = 0;
  // The biggest of each kind first, so three problems are three different ones; then the rest by impact.
  for (std::size_t i = 0; i < all.size() && count < n; ++i)
    if (auto k = static_cast<std::size_t>(all[i].gap->kind); !kind_seen[k]) {
      kind_seen[k] = picked[i] = true;
      ++count;
    }
  for (std::size_t i = 0; i < all.size() && count < n; ++i)
    if (!picked[i]) {
      picked[i] = true;
      ++count;
    }
  std::vector<const driver::RankedGap*> out;
  for (std::size_t i = 0; i < all.size() && out.size() < count; ++i)
    if (picked[i]) out.push_back(&all[i]);
  return out;
}

}  // namespace

std::vector<GapImpact> top_gaps(const Run& r, int n) {
  std::vector<GapImpact> out;
  for (const driver::RankedGap* g : top_ranked(r, static_cast<std::size_t>(std::max(n, 0))))
    out.push_back(impact_of(r, *g->gap));
  return out;
}

}  // namespace kubus::report
