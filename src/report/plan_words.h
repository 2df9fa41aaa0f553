// The planner's reasons and notes (plan/reason.h) in the report's language:
// one wording for the report's roadmap section, `kubus roadmap`, report.xlsx
// and, in English, report.json's `reason` (docs/roadmap.md, "Reasons").
#pragma once
#include <functional>
#include <string>

#include "plan/reason.h"
#include "support/language.h"

namespace kubus::report {

// A dimension's name for a reader ("Governance" for governance); without one
// the reason names dimensions by ID, as report.json and the terminal do.
using DimensionNames = std::function<std::string(const std::string& id)>;

// The clauses joined by "; ": "capacity short by 2 pm over the horizon (...)".
std::string reason_words(Lang lang, const plan::Reason& reason, const DimensionNames& names = {});
std::string clause_words(Lang lang, const plan::Clause& clause, const DimensionNames& names = {});
// "capacity" ("capaciteit"): what keeps a target out of reach.
std::string limit_words(Lang lang, plan::Limit limit);
// "3.25 pm" ("3,25 persoonsmaanden"): `decimals` digits, or with -1 up to two, trailing zeros dropped.
std::string pm_words(Lang lang, double pm, int decimals = -1);

// "every target is already reached: nothing to plan"; empty for Note::None.
std::string note_words(Lang lang, plan::Note note);

}  // namespace kubus::report
