// The history of assessments (ENGINE.md §5) in SQLite: every `kubus assess`
// records one run in one transaction; `kubus history` lists the runs and
// `kubus diff` compares two. WAL mode, a busy timeout, a versioned schema with
// forward migrations. A file that is not a Kubus history, or is of a newer
// kubus, is reported (E09xx) and left byte for byte as it was.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "history/failure.h"
#include "history/run_summary.h"

namespace kubus::history {

// Records `r` in one transaction; false with `failure` when it cannot. A file
// that is not empty and not a Kubus history (its mark, PRAGMA application_id)
// is never written, nor one of a newer kubus: each is opened read-only first.
bool record(const std::string& db_path, const Record& r, Failure& failure, int wait_ms = kWaitMs);

// Runs oldest first; nullopt with `failure` when there is no history or it cannot be read.
std::optional<std::vector<RunSummary>> list_runs(const std::string& db_path, Failure& failure, int wait_ms = kWaitMs);

// The runs of `assessment` (Record::assessment) among `runs`, and those recorded
// before runs named their assessment, which may be of any.
std::vector<RunSummary> runs_of(std::vector<RunSummary> runs, const std::string& assessment);

// The newest run of `assessment`, or nullopt (with an empty failure.message)
// when there is none yet.
std::optional<RunSummary> last_run(const std::string& db_path, const std::string& assessment, Failure& failure,
                                   int wait_ms = kWaitMs);

// What changed from run `a` to run `b`; nullopt with `failure` when a run or the database is missing.
std::optional<RunDiff> diff_runs(const std::string& db_path, long long a, long long b, Failure& failure);

// What changed from record `a` to record `b` (without run numbers).
RunDiff diff_records(const Record& a, const Record& b);

}  // namespace kubus::history
