// JSON objects that more than one writer prints, made by one function each so
// that report.json and `kubus explain --format json` cannot drift apart.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "driver/evidence.h"

namespace kubus::report {

// Whether an observation names its practice: report.json does; explain lists
// the observations under their criterion, whose `ref` is the practice.
enum class WithPractice : bool { No, Yes };

// One observation: id, title, [practice,] level, confidence, evidence, source,
// interviewee, date (null when not recorded) and `location`.
nlohmann::ordered_json observation_json(const driver::ObservationRow& o, const std::string& location,
                                        WithPractice practice);

}  // namespace kubus::report
