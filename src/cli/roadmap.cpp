#include <iostream>

#include "cli/assess.h"
#include "report/report.h"

namespace kubus::cli {

int run_roadmap(const std::string& assessment, const std::string& format, const Common& c) {
  SourceManager sm;
  int exit_code = kExitOk;
  auto run = open_run(assessment, report::RunOptions{}, sm, c, exit_code);
  if (!run) return exit_code;
  if (format == "json") std::cout << report::roadmap_to_json(*run);
  else if (format == "csv") std::cout << report::roadmap_csv(*run);
  else std::cout << report::roadmap_text(*run);
  return kExitOk;
}

}  // namespace kubus::cli
