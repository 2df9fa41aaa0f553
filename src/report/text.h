// Small formatting helpers shared by the report writers.
#pragma once
#include <string>
#include <string_view>

#include "report/input.h"
#include "support/escape.h"  // md_escape, csv_cell, terminal_text
#include "support/text.h"

namespace kubus::report {

double round4(double x);
std::string fixed(double x, int decimals);           // "2.41"
std::string signed_fixed(double x, int decimals);    // "+0.12", "-0.40", "+0.00" (never "-0.00")
using ::kubus::thousands;                              // "250,000"
std::string level_name(const config::Matrix& m, int level, Lang lang);

}  // namespace kubus::report
