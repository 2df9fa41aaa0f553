// The silo-gap kinds in plain words, for readers who do not know the kind
// names of `kubus gaps` (uncovered-handoff, ping-pong, ...): a display name, a
// one-sentence explanation and a count phrase, in the report's language.
#pragma once
#include <cstddef>
#include <string>

#include "schema/gap_kind.h"
#include "support/language.h"

namespace kubus::report {

// "Handoff without an SLA", "The customer is sent in circles", ...
std::string gap_title(Lang lang, schema::GapKind kind);
// One sentence: what the gap means for the customer or the organisation.
std::string gap_explanation(Lang lang, schema::GapKind kind);
// "3 handoffs without an SLA", "1 circle between departments", ...
std::string gap_count(Lang lang, schema::GapKind kind, std::size_t n);

}  // namespace kubus::report
