// An initiative's channel shifts and their yearly saving (docs/roadmap.md,
// "Channel shifts") in the report's language: one wording for the report's
// roadmap table, `kubus roadmap` and report.xlsx.
#pragma once
#include <string>

#include "plan/plan.h"
#include "support/language.h"

namespace kubus::report {

// "30 % telefoon → chat, 10 % post → mijn-noord"; empty without shifts.
std::string shifts_words(Lang lang, const plan::Initiative& in);
// "€ 123,456" (a year, in `currency`), or why there is none ("none: chat has no cost per contact");
// empty for an initiative without shifts.
std::string saving_words(Lang lang, const plan::Saving& saving, const std::string& currency);
// Why there is no saving: "chat has no cost per contact"; empty when there is one.
std::string no_saving_words(Lang lang, const plan::Saving& saving);

}  // namespace kubus::report
