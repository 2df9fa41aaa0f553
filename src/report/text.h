// Small formatting helpers shared by the report writers.
#pragma once
#include <string>
#include <string_view>

#include "report/pipeline.h"

namespace kubus::report {

double round4(double x);
std::string fixed(double x, int decimals);           // "2.41"
std::string thousands(double x);                      // "250,000"
std::string_view status_name(const score::CriterionScore& c);  // holds | fails | not-applicable | not-evaluated
std::string level_name(const config::Matrix& m, int level);
std::string quarter_label(const config::Assessment& a, int quarter_index);  // from horizon.start
std::string md_escape(std::string_view s);           // for Markdown text and table cells

}  // namespace kubus::report
