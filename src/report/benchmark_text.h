// `kubus benchmark`: the assessment's standing among its peers, as text or
// JSON ({"sector", "dimensions": [{"id", "score", "peers", "median", "p25",
// "p75", "percentile"}], "overall": {...}}). Peers appear only as numbers.
#pragma once
#include <nlohmann/json.hpp>

#include <string>

#include "history/benchmark.h"
#include "support/language.h"

namespace kubus::report {

std::string benchmark_text(const history::Benchmark& b, Lang lang);
std::string benchmark_json(const history::Benchmark& b);
// The same as a value, for report.json's "benchmark".
nlohmann::ordered_json benchmark_value(const history::Benchmark& b);

}  // namespace kubus::report
