// The display texts of a run in a language, for the writers: each falls back to
// its base text where the library or the model gives no variant in `lang`
// (docs/design.md, "Text in the library and the model").
#pragma once
#include <string>
#include <string_view>

#include "driver/run.h"

namespace kubus::driver {

// A rule's title (its ID when it has none) and rationale (empty when none).
std::string rule_title(const Run& r, std::string_view rule_id, Lang lang);
std::string rule_rationale(const Run& r, std::string_view rule_id, Lang lang);
// A criterion as a reader knows it: the title of its rule or practice; a gap
// criterion by its gap kind's name, which the writers translate as tool text.
std::string criterion_title(const Run& r, const config::Criterion& c, Lang lang);

}  // namespace kubus::driver
