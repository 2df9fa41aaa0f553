// `kubus init DIR`: a new assessment that passes `check` and `assess` at once,
// built on the documented hello example, to be edited from there.
#pragma once
#include <chrono>
#include <string>

namespace kubus::driver {

// Writes DIR/assessment.yaml (dated `today`, the horizon starting the next
// quarter) and DIR/model/. DIR must be new or empty; false with `error`
// otherwise or when a file cannot be written.
bool init_assessment(const std::string& dir, std::chrono::year_month_day today, std::string& error);

}  // namespace kubus::driver
