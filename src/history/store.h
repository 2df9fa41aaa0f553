// The history of assessments (ENGINE.md §5, docs/team-store.md): every
// `kubus assess` records one run in one transaction; `kubus history` lists the
// runs and `kubus diff` compares two. A history's location is the path of a
// SQLite file or a PostgreSQL connection string (backend.h, is_server); these
// functions work the same on both, with one versioned schema and its forward
// migrations (schema.h). A store that is not a Kubus history, or is of a newer
// kubus, is reported (E09xx) and left as it was.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "history/failure.h"
#include "history/run_summary.h"

namespace kubus::history {

// `location` as messages name it: a password it carries (which kubus refuses) left out.
std::string shown_location(const std::string& location);

// Records `r` in one transaction; false with `failure` when it cannot. A store
// that is not empty and not a Kubus history is never written, nor one of a
// newer kubus: each is inspected before anything is written.
bool record(const std::string& db_path, const Record& r, Failure& failure, int wait_ms = kWaitMs);

// Runs oldest first; nullopt with `failure` when there is no history or it cannot be read.
std::optional<std::vector<RunSummary>> list_runs(const std::string& db_path, Failure& failure, int wait_ms = kWaitMs);

// The runs of `assessment` (Record::assessment) among `runs`, and those recorded
// before runs named their assessment, which may be of any.
std::vector<RunSummary> runs_of(std::vector<RunSummary> runs, const std::string& assessment);

// The newest run of each assessment among `runs` (the portfolio, `kubus history --all`), by assessment.
std::vector<RunSummary> latest_runs(const std::vector<RunSummary>& runs);

// What changed from run `a` to run `b`; nullopt with `failure` when a run or the database is missing.
std::optional<RunDiff> diff_runs(const std::string& db_path, long long a, long long b, Failure& failure);

// What changed from record `a` to record `b` (without run numbers).
RunDiff diff_records(const Record& a, const Record& b);

}  // namespace kubus::history
