// `kubus benchmark`: the assessment's standing among its peers, as text or
// JSON ({"sector", "dimensions": [{"id", "score", "peers", "median", "p25",
// "p75", "percentile"}], "overall": {...}}). Peers appear only as numbers.
#pragma once
#include <string>

#include "history/benchmark.h"

namespace kubus::report {

std::string benchmark_text(const history::Benchmark& b);
std::string benchmark_json(const history::Benchmark& b);

}  // namespace kubus::report
