// The history side of an assessment (ENGINE.md §5): where its database is, and
// what of a Run it records.
#pragma once
#include <string>

#include "driver/run.h"
#include "history/run_summary.h"

namespace kubus::driver {

// `db` when given, else .kubus/history.db beside the assessment (a file or
// its directory).
std::string history_path(const std::string& assessment, const std::string& db);

// What `kubus assess` records of a run.
history::Record history_record(const Run& r, const SourceManager& sm, const std::string& tool_version);

}  // namespace kubus::driver
