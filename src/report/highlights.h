// What the summaries single out: the weakest criteria of a dimension and the
// biggest silo gaps. Shared by report.md and the printed summary so both say
// the same thing.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "driver/evidence.h"
#include "report/input.h"

namespace kubus::report {

// The applicable criteria that keep a dimension from its next level: those of
// level+1 that do not hold, lowest score first, then any failing criterion of a
// lower level that gates it. At most `limit`.
std::vector<const score::CriterionScore*> weakest(const score::DimensionScore& d, std::size_t limit);

// The gaps a reader should see first, leaving out waived ones: most members
// first, then the order reports list the kinds in (schema::kGapKinds), then ID.
// At most `limit`.
std::vector<const graph::Gap*> biggest_gaps(const graph::GapReport& r, std::size_t limit);

// "2027-Q1 to 2028-Q4" for a roadmap with items, else empty.
std::string roadmap_span(const Run& r);

// "7 of 11 SLAs and 10 of 14 KPIs miss their target; 2 KPIs are not
// measured", or empty without KPIs and SLAs.
std::string targets_sentence(const std::vector<driver::TargetRow>& rows);

// "yes", "no", "not measured".
std::string_view met_word(std::optional<bool> met);
// "40%", "0%", "" without a shortfall; a target of 0 has an absolute one: "12".
std::string shortfall_text(const driver::TargetRow& t);

// "2 waiver(s) take out 3 finding(s) and 1 gap(s); waiver x expired on DATE",
// or empty without waivers.
std::string waivers_sentence(const Run& r, const std::vector<driver::WaiverRow>& rows);

}  // namespace kubus::report
