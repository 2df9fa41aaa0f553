// `kubus assess`, `kubus roadmap` and `kubus explain`: the commands that run the
// assessment pipeline (src/report) on an assessment.yaml.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "cli/common.h"
#include "report/pipeline.h"

namespace kubus::cli {

struct AssessOptions {
  std::string assessment = ".";
  std::string out_dir;            // empty: report/ beside the assessment
  std::string history;            // empty: .kubus/history.db beside the assessment
  bool no_history = false;
  std::optional<double> fail_below;
};

// Runs the pipeline and prints its diagnostics; nullptr with `exit_code` set
// when the assessment cannot be run.
std::unique_ptr<report::Run> open_run(const std::string& assessment, const report::RunOptions& options,
                                      SourceManager& sm, const Common& c, int& exit_code);

int run_assess(const AssessOptions& o, const Common& c);

// text | json | csv
int run_roadmap(const std::string& assessment, const std::string& format, const Common& c);

int run_explain(const std::string& target, const std::string& entity, const std::string& assessment, const Common& c);

int run_init(const std::string& dir, const Common& c);

int run_history(const std::string& assessment, const std::string& db, const Common& c);
int run_diff(const std::string& assessment, const std::string& db, const std::vector<std::string>& runs, const Common& c);

}  // namespace kubus::cli
