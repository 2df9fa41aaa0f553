// The roadmap planner (ENGINE.md §3): selects the initiatives that fix the
// failing criteria between each dimension's level and its target, and
// schedules them into quarters within capacity and budget, preferring the
// schedule that reaches maturity early.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "config/assessment.h"
#include "config/matrix.h"
#include "diag/diagnostic.h"
#include "score/score.h"

namespace kubus::config {
struct YamlFile;
}

namespace kubus::plan {

struct Fix {
  config::CriterionKind kind = config::CriterionKind::Rule;
  std::string ref;  // rule ID, gap kind or practice ID
};

struct Initiative {
  std::string id;
  std::string title;
  std::vector<Fix> fixes;
  double effort_base = 0, effort_per_finding = 0;  // person-months
  double cost_base = 0, cost_per_finding = 0;      // in `currency`
  std::string currency = "EUR";
  int duration = 1;                 // quarters, at least
  std::vector<std::string> after;   // must finish first
  Span span;
};

struct Catalogue {
  std::vector<Initiative> initiatives;  // sorted by ID; later files override earlier ones by ID
};

// Loads initiative catalogues in order (the library's, then the assessment's),
// validating every field with file:line:column; a cycle in `after` is an error
// naming the cycle. `matrix` (optional) enables the warning for every criterion
// no initiative fixes.
std::optional<Catalogue> load_catalogues(const std::vector<std::string>& paths, const config::Matrix* matrix,
                                         SourceManager& sm, Diagnostics& diags, bool& unreadable);

// One catalogue already parsed (`kubus check` reads the first key first): the
// same checks, within that one file.
std::optional<Catalogue> read_catalogue(const config::YamlFile& file, const SourceManager& sm, Diagnostics& diags);

// Warns (W0702) when criteria fail and no initiative of the catalogues (read
// from `paths`) fixes any of them: the roadmap could not start. Reported at `at`,
// the assessment's `matrix:`.
void check_coverage(const score::Scores& scores, const Catalogue& catalogue, const std::vector<std::string>& paths,
                    const config::Matrix& matrix, Span at, Diagnostics& diags);

struct Input {
  const config::Matrix* matrix = nullptr;
  const config::Assessment* assessment = nullptr;  // targets, horizon, capacity, currency
  score::MeasureFn measure;                        // required: the assessment's measures, before any initiative
};

struct Scheduled {
  const Initiative* initiative = nullptr;
  int start = 0;    // quarter index from horizon.start (0-based)
  int end = 0;      // last quarter, inclusive
  double effort = 0, cost = 0;  // with the per-finding parts for this assessment
};

struct Period {
  std::string label;  // "2027-Q1" or "2027"
  double effort = 0, cost = 0;
};

struct YearProjection {
  int year = 0;
  std::vector<std::pair<std::string, double>> dimensions;  // dimension ID -> projected score at year end
  double overall = 0;
};

struct Unreachable {
  std::string dimension;
  int target = 0;
  double projected = 0;
  std::string reason;  // with numbers: "no initiative fixes rule:X", "capacity short by 3.5 pm in 2028", ...
};

struct Roadmap {
  std::vector<Scheduled> items;  // by start quarter, then ID
  std::vector<Period> quarters, years;
  std::vector<YearProjection> projection;
  std::vector<Unreachable> unreachable;
  double objective = 0;          // sum over quarters of the weighted overall score
  double total_effort = 0, total_cost = 0;
  std::string note;              // why a plan is empty: "every target is already reached", ...
};

// Never throws; a horizon of zero years, capacity zero or no budget give a plan
// whose `unreachable` entries say what is short. Deterministic: ties go by ID.
Roadmap plan(const Input& input, const Catalogue& catalogue);

// The exact optimum by branch and bound over start quarters, for small
// instances only (about 12 selected initiatives, 8 quarters): tests, bench.
Roadmap plan_exact(const Input& input, const Catalogue& catalogue);

}  // namespace kubus::plan
