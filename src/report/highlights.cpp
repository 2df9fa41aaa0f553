#include "report/highlights.h"

#include <algorithm>

namespace kubus::report {

std::vector<const graph::Gap*> biggest_gaps(const graph::GapReport& r, std::size_t limit) {
  std::vector<const graph::Gap*> out;
  for (const auto& g : r.gaps)
    if (!g.waived()) out.push_back(&g);
  std::stable_sort(out.begin(), out.end(), [&](const graph::Gap* a, const graph::Gap* b) {
    if (a->members.size() != b->members.size()) return a->members.size() > b->members.size();
    if (a->kind != b->kind) return a->kind < b->kind;  // the order reports list the kinds in
    return a->id < b->id;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace kubus::report
