// The planner's reasons in report.json as data (docs/report-format.md,
// "roadmap"), beside their English wording, so no reader parses a sentence.
#pragma once
#include <nlohmann/json.hpp>

#include "plan/reason.h"

namespace kubus::report {

// {"limit", "frame", "beside", "facts": [{"kind", ...the fields the kind uses}]}.
nlohmann::ordered_json clause_json(const plan::Clause& c);

}  // namespace kubus::report
