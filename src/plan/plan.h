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
#include "plan/reason.h"
#include "score/score.h"

namespace kubus::config {
struct YamlFile;
}

namespace kubus::plan {

struct Fix {
  config::CriterionKind kind = config::CriterionKind::Rule;
  std::string ref;  // rule ID, gap kind or practice ID
  Span span;        // the reference in its catalogue
};

// A channel shift an initiative brings about: `share` of the yearly volume of
// every touchpoint on channel `from` moves to channel `to` (docs/roadmap.md,
// "Channel shifts").
struct Shift {
  std::string from, to;
  double share = 0;       // percent, more than 0 and at most 100
  Span from_span, to_span;
};

struct Initiative {
  std::string id;
  Text title;
  std::vector<Fix> fixes;
  double effort_base = 0, effort_per_finding = 0;  // person-months
  double cost_base = 0, cost_per_finding = 0;      // in `currency`
  std::string currency = "EUR";
  Span cost_span;                   // the `cost`, when given (invalid: the initiative costs nothing)
  int duration = 1;                 // quarters, at least
  std::vector<std::string> after;   // must finish first
  std::vector<Shift> shifts;        // channel shifts, in the order written
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

// What a catalogue refers to outside itself, once the assessment's model is
// loaded: every `fixes` rule or practice exists in the model (else E0508 with
// did-you-mean), every `shifts` channel is a channel of the model (else E0709
// with did-you-mean), and every cost is in `currency`, the budget's (else
// E0707; `budget` locates it), since amounts never convert between currencies.
void check_catalogue(const Catalogue& c, const model::Model& m, const std::string& currency, Span budget,
                     Diagnostics& diags);

// One catalogue already parsed (`kubus check` reads the first key first): the
// same checks, within that one file.
std::optional<Catalogue> read_catalogue(const config::YamlFile& file, const SourceManager& sm, Diagnostics& diags);

// Warns (W0702) when criteria fail and no initiative of the catalogues (read
// from `paths`) fixes any of them: the roadmap could not start. Reported at `at`,
// the assessment's `matrix:`.
void check_coverage(const score::Scores& scores, const Catalogue& catalogue, const std::vector<std::string>& paths,
                    const config::Matrix& matrix, Span at, Diagnostics& diags);

// `progress:` names initiatives of the catalogues (E0708, did-you-mean otherwise).
void check_progress(const config::Assessment& a, const Catalogue& catalogue, Diagnostics& diags);

struct Input {
  const config::Matrix* matrix = nullptr;
  const config::Assessment* assessment = nullptr;  // targets, horizon, capacity, currency, progress
  score::MeasureFn measure;                        // required: the assessment's measures, before any initiative
  const model::Model* model = nullptr;             // costs and volumes for the savings of channel shifts
};

// Why an initiative with channel shifts has no yearly saving.
enum class NoSaving {
  None,          // it has one
  NoShifts,      // it shifts no channel
  NoVolume,      // no touchpoint on a `from` channel has a volume
  NoCost,        // a channel of a shift has no cost per contact, nor has the touchpoint moving (`channel`)
  OtherCurrency, // a cost per contact is in `currency`, not in the budget's
};
std::string_view no_saving_name(NoSaving n);  // "", "no-volume", "no-cost", "other-currency"

// What an initiative's channel shifts save a year once done (docs/roadmap.md,
// "Channel shifts"): per shift and per touchpoint on `from`, share × the
// touchpoint's volume split evenly over its channels, times the cost per
// contact on `from` minus that on `to`. A saving may be negative (the shift
// costs more per contact). None (`why` says which) when a figure is missing.
struct Saving {
  std::optional<double> amount;  // in the budget's currency, per year
  double moved = 0;              // contacts a year that change channel
  NoSaving why = NoSaving::NoShifts;
  std::string channel, currency; // NoCost: the channel without a cost; OtherCurrency: that cost's currency
};
Saving yearly_saving(const Initiative& in, const model::Model& m, const std::string& currency);

// What an initiative adds to the projected score at the end of the horizon,
// given the rest of the plan: the plan's score minus the plan's score without it.
struct Uplift {
  double overall = 0;
  std::vector<std::pair<std::string, double>> dimensions;  // dimension ID -> change, in matrix order
};

struct Scheduled {
  const Initiative* initiative = nullptr;
  int start = 0;    // quarter index from horizon.start (0-based)
  int end = 0;      // last quarter, inclusive; effort and cost are spread evenly over start..end
  double effort = 0, cost = 0;  // with the per-finding parts for this assessment
  bool started = false;         // progress: under way before the horizon, so it runs from its first quarter
  Uplift uplift;
  std::size_t resolves = 0;     // findings and gaps of the criteria it fixes
  Saving saving;                // what its channel shifts save a year
  int quarters() const { return end - start + 1; }
  bool stretched() const { return quarters() > initiative->duration; }
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

// A year that spends money but moves no projected score (overall or of a
// dimension) by kMeaningfulMove or more.
inline constexpr double kMeaningfulMove = 0.05;
struct FlatYear {
  int year = 0;
  double cost = 0;
  double overall_before = 0, overall_after = 0;  // at the end of the year before (or now) and of this year
  double largest_move = 0;                       // the largest change of any projected score in the year
};

struct Unreachable {
  std::string dimension;
  int target = 0;
  double projected = 0;
  Reason reason;       // with numbers that add up: "capacity short by 3.5 pm in 2028-Q3 (...)", ...
  bool alone = false;  // reachable by a plan for this target alone: other targets took what it needs
  std::vector<Limit> limits() const;  // the clauses' limits, in the reason's order
};

// An initiative `progress:` marks started that fits no placement from the
// first quarter: why, with numbers (the plan cannot silently drop work under way).
struct Stalled {
  std::string id;
  Clause reason;
};

struct Roadmap {
  std::vector<Scheduled> items;  // by start quarter, then ID
  std::vector<Period> quarters, years;
  std::vector<YearProjection> projection;
  std::vector<FlatYear> flat_years;
  std::vector<Unreachable> unreachable;
  std::vector<std::string> done;  // initiatives `progress:` marks done, left out of the plan, by ID
  std::vector<Stalled> stalled;   // started initiatives that fit nowhere, by ID
  double objective = 0;          // sum over quarters of the weighted overall score
  int targets = 0, reached = 0;  // dimensions with a target; those at it by the end of the horizon
  double total_effort = 0, total_cost = 0;
  std::optional<double> total_saving;  // the sum of the items' savings a year; none when no item has one
  Note note = Note::None;        // why a plan is empty: every target is already reached, ...
  int last_quarter() const;      // the quarter the last initiative ends; -1 without initiatives
};

// Never throws; a horizon of zero years, capacity zero or no budget give a plan
// whose `unreachable` entries say what is short. Deterministic: ties go by ID.
// The plan reaches as many targets as it can, and among such plans prefers the
// one with the highest objective (docs/roadmap.md).
Roadmap plan(const Input& input, const Catalogue& catalogue);

// The same assessment planned under several budgets, capacities and horizons
// (its own and those of its scenarios), in the order given. A plan is seeded
// with the plans of the variants it dominates (no more budget, capacity or
// years, the same start): so more budget and capacity never reach fewer targets.
std::vector<Roadmap> plan_variants(const std::vector<Input>& inputs, const Catalogue& catalogue);

}  // namespace kubus::plan
