// An assessment (ENGINE.md §3): which model, which matrix, the targets, the
// horizon and the capacity. Loaded from assessment.yaml with locations.
#pragma once
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/matrix.h"
#include "diag/diagnostic.h"
#include "support/language.h"

namespace kubus::config {

struct Quarter {
  int year = 0;
  int quarter = 1;  // 1..4
  int index() const { return year * 4 + (quarter - 1); }
  std::string text() const;  // "2027-Q1"
  static std::optional<Quarter> parse(std::string_view text);  // "2027-Q1"; nullopt when malformed
};

// The quarter of a calendar date "YYYY-MM-DD"; nullopt when it is not a real date.
std::optional<Quarter> quarter_of_date(std::string_view date);

struct Target {
  int level = 0;
  Span span;        // the dimension ID
  Span level_span;  // the level
};

// What `progress:` records of an initiative between runs: under way (the
// planner starts it first) or finished (the planner leaves it out).
enum class ProgressState { Started, Done };
inline constexpr std::array<std::pair<std::string_view, ProgressState>, 2> kProgressNames{
    {{"started", ProgressState::Started}, {"done", ProgressState::Done}}};
std::string_view progress_name(ProgressState s);

struct Progress {
  ProgressState state = ProgressState::Started;
  Span span;  // the initiative ID
};

// A what-if of `scenarios:`: the plan again with another budget, capacity or
// horizon; what it leaves out is the assessment's.
struct Scenario {
  std::string name;
  std::optional<double> budget_per_year;  // in the assessment's currency
  std::optional<double> capacity_pm;
  std::optional<int> years;
  Span span;  // the name
};

struct Assessment {
  std::string path;                 // assessment.yaml as given
  std::string dir;                  // its directory; relative paths resolve against it
  std::string title;
  std::string date;                 // YYYY-MM-DD: the report carries this, never the wall clock
  std::vector<std::string> model;   // files or directories, resolved against `dir`
  std::string matrix = "ccm";       // a matrix ID (library) or a path, resolved against `dir`
  std::map<std::string, Target> targets;  // dimension ID -> target level
  std::optional<Quarter> start;     // horizon.start
  int years = 0;                    // horizon.years
  double capacity_pm = 0;           // capacity.per-quarter, person-months
  double budget_per_year = 0;       // capacity.budget-per-year, in `currency`
  std::string currency = "EUR";
  std::vector<std::string> initiatives;  // extra initiative catalogues, resolved against `dir`
  std::vector<Scenario> scenarios;       // in file order
  std::map<std::string, Progress> progress;  // initiative ID -> its state
  std::optional<Lang> language;              // `language:`, the report's language unless --lang says otherwise
  Span span;                        // the whole file (line 1) for file-level problems
  Span horizon_span, capacity_span;
  Span budget_span;                 // capacity.budget-per-year: its currency is every cost's
  Span matrix_span;                 // the `matrix:` value, or line 1 when defaulted
  Span language_span;               // the `language:` value, when given

  // "2027-Q3" for the quarter `quarter_index` quarters after horizon.start
  // ("Q3" without a start).
  std::string quarter_label(int quarter_index) const;
  // This assessment with the scenario's budget, capacity and horizon.
  Assessment with(const Scenario& s) const;
};

// Loads assessment.yaml (or DIR/assessment.yaml when given a directory).
std::optional<Assessment> load_assessment(const std::string& path, SourceManager& sm, Diagnostics& diags,
                                          bool& unreadable);
// The same for a file already parsed; `path` is the file's path (for `dir`).
std::optional<Assessment> read_assessment(const YamlFile& file, const std::string& path, const SourceManager& sm,
                                          Diagnostics& diags);

// Targets must name dimensions of the matrix, at levels 1..max (did-you-mean).
void check_targets(const Assessment& a, const Matrix& matrix, Diagnostics& diags);

}  // namespace kubus::config
