// A waiver as the engine applies it (docs/language.md, "Waivers"): the rule or
// gap kind it takes instances out of, and which subjects, resolved to indices
// by rules::check_waivers once the rules are type-checked.
#pragma once
#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "model/model.h"
#include "schema/gap_kind.h"

namespace kubus::model {

struct Waiver {
  Index entity = kNone;                // the waiver declaration
  Index rule = kNone;                  // the rule waived; kNone for a gap waiver
  std::optional<schema::GapKind> gap;  // the gap kind waived
  bool every = true;                   // no `entities`: every instance (every gap of the kind)
  std::vector<Index> entities;         // the entities named, sorted
  std::vector<Index> handoffs;         // the handoffs named, sorted
  std::string_view expires;            // YYYY-MM-DD

  bool names_entity(Index e) const { return std::binary_search(entities.begin(), entities.end(), e); }
  bool names_handoff(Index h) const { return std::binary_search(handoffs.begin(), handoffs.end(), h); }
};

// Whether the waiver no longer applies on `date` (YYYY-MM-DD): it applies up to
// and including its `expires` day. Without a date nothing expires.
inline bool expired(const Waiver& w, std::string_view date) { return !date.empty() && date > w.expires; }

// The waivers that apply on `date`, in model order.
inline std::vector<Waiver> active(const std::vector<Waiver>& all, std::string_view date) {
  std::vector<Waiver> out;
  for (const auto& w : all)
    if (!expired(w, date)) out.push_back(w);
  return out;
}

}  // namespace kubus::model
