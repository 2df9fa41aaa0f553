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

// `kubus diff [A B]`: runs A and B of the history at `path`, or its last two
// when `runs` is empty. Nullopt with `failure` set when the history cannot be
// read, or with `error` and `exit` (Usage, Errors) when the runs cannot be named.
struct DiffRequest {
  std::string error;
  Exit exit = Exit::Ok;
  history::Failure failure;
};
std::optional<history::RunDiff> diff_history(const std::string& path, const std::vector<std::string>& runs,
                                             DiffRequest& why);

// What `kubus assess` records of a run.
history::Record history_record(const Run& r, const SourceManager& sm, const std::string& tool_version);

}  // namespace kubus::driver
