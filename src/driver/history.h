// The history side of an assessment (ENGINE.md §5): where its database is, and
// what of a Run it records.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "driver/env.h"
#include "driver/run.h"
#include "history/run_summary.h"
#include "history/store.h"

namespace kubus::driver {

// `db` when given, else .kubus/history.db beside the assessment (a file or
// its directory).
std::string history_path(const std::string& assessment, const std::string& db);

// Which assessment (a file or its directory) a run is of, in the database at
// `db`: its directory relative to the database's, so that a team's shared
// database and a moved checkout keep it (history::Record::assessment).
std::string assessment_key(const std::string& assessment, const std::string& db);

// `kubus history`: the runs of `assessment` in its database (history_path), or
// with `all` every run the database holds; nullopt with `failure` when it cannot be read.
std::optional<std::vector<history::RunSummary>> listed_runs(const std::string& assessment, const std::string& db,
                                                            bool all, history::Failure& failure);

// `kubus diff [A B]`: runs A and B of the history at `path`, or the last two
// of `assessment` when `runs` is empty. Nullopt with `failure` set when the history cannot be
// read, or with `error` and `exit` (Usage, Errors) when the runs cannot be named.
struct DiffRequest {
  std::string error;
  Exit exit = Exit::Ok;
  history::Failure failure;
};
std::optional<history::RunDiff> diff_history(const std::string& assessment, const std::string& path,
                                             const std::vector<std::string>& runs, DiffRequest& why);

// What `kubus assess` records of a run of the database's assessment `key` (assessment_key).
history::Record history_record(const Run& r, const SourceManager& sm, const std::string& tool_version,
                               const std::string& key);

}  // namespace kubus::driver
