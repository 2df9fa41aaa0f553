// The history of assessments (ENGINE.md §5) in SQLite: every `kubus assess`
// records one run in one transaction; `kubus history` lists the runs and
// `kubus diff` compares two. WAL mode, a busy timeout, a versioned schema with
// forward migrations; a corrupt database is reported and left untouched.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "history/run_summary.h"

namespace kubus::history {

// Records `r` in one transaction; false with `error` when it cannot.
bool record(const std::string& db_path, const Record& r, std::string& error);

// Runs oldest first; nullopt with `error` when the database cannot be read.
std::optional<std::vector<RunSummary>> list_runs(const std::string& db_path, std::string& error);

// The newest run, or nullopt (without `error`) when there is no history yet.
std::optional<RunSummary> last_run(const std::string& db_path, std::string& error);

// What changed from run `a` to run `b`; nullopt with `error` when a run or the database is missing.
std::optional<RunDiff> diff_runs(const std::string& db_path, long long a, long long b, std::string& error);

// What changed from record `a` to record `b` (without run numbers).
RunDiff diff_records(const Record& a, const Record& b);

}  // namespace kubus::history
