// Internal to the CLI: running the assessment pipeline for `assess`,
// `roadmap` and `explain`.
#pragma once
#include "cli/commands.h"
#include "driver/run.h"

namespace kubus::cli {

struct Opened {
  const driver::Session* session = nullptr;
  driver::Run* run = nullptr;  // null when the assessment cannot be run
  Exit exit = Exit::Ok;
};

// Runs the pipeline and prints its diagnostics; the session and run are kept
// by `env`.
Opened open_run(const std::string& assessment, const driver::RunOptions& options, const Output& o, DriverEnv& env);

}  // namespace kubus::cli
