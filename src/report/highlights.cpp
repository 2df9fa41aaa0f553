#include "report/highlights.h"

#include <algorithm>

#include "report/text.h"

namespace kubus::report {

std::vector<const score::CriterionScore*> weakest(const score::DimensionScore& d, std::size_t limit) {
  std::vector<const score::CriterionScore*> out;
  for (const auto& c : d.criteria)
    if (c.measure.status != score::Status::NotApplicable && !c.holds && c.criterion->level <= d.level + 1)
      out.push_back(&c);
  std::stable_sort(out.begin(), out.end(), [](const auto* a, const auto* b) {
    if (a->criterion->level != b->criterion->level) return a->criterion->level < b->criterion->level;
    return a->measure.value < b->measure.value;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<const graph::Gap*> biggest_gaps(const graph::GapReport& r, std::size_t limit) {
  std::vector<const graph::Gap*> out;
  for (const auto& g : r.gaps) out.push_back(&g);
  std::stable_sort(out.begin(), out.end(), [&](const graph::Gap* a, const graph::Gap* b) {
    if (a->members.size() != b->members.size()) return a->members.size() > b->members.size();
    if (a->kind != b->kind) return a->kind < b->kind;  // the order reports list the kinds in
    return a->id < b->id;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::string roadmap_span(const Run& r) {
  if (!r.roadmap || r.roadmap->items.empty()) return {};
  int first = r.roadmap->items.front().start, last = 0;
  for (const auto& s : r.roadmap->items) {
    first = std::min(first, s.start);
    last = std::max(last, s.end);
  }
  return r.assessment.quarter_label(first) + " to " + r.assessment.quarter_label(last);
}

}  // namespace kubus::report
