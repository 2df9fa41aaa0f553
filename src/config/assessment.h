// An assessment (ENGINE.md §3): which model, which matrix, the targets, the
// horizon and the capacity. Loaded from assessment.yaml with locations.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "config/matrix.h"
#include "diag/diagnostic.h"

namespace kubus::config {

struct Quarter {
  int year = 0;
  int quarter = 1;  // 1..4
  int index() const { return year * 4 + (quarter - 1); }
  std::string text() const;  // "2027-Q1"
};

struct Target {
  int level = 0;
  Span span;
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
  Span span;                        // the whole file (line 1) for file-level problems
  Span horizon_span, capacity_span;
};

// Loads assessment.yaml (or DIR/assessment.yaml when given a directory).
std::optional<Assessment> load_assessment(const std::string& path, SourceManager& sm, Diagnostics& diags,
                                          bool& unreadable);

// Targets must name dimensions of the matrix, at levels 1..max (did-you-mean).
void check_targets(const Assessment& a, const Matrix& matrix, Diagnostics& diags);

}  // namespace kubus::config
