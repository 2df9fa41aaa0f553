// One recorded assessment run as the history lists it; the Run of a new
// assessment carries the previous one to report progress since then.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace kubus::report {

struct RunSummary {
  long long id = 0;
  std::string recorded_at;  // UTC, ISO 8601
  std::string title, assessment_date, git_commit, tool_version, matrix_id;
  bool git_dirty = false;
  double overall = 0;
  int overall_level = 1;
  std::vector<std::pair<std::string, double>> dimensions;  // dimension -> score
};

}  // namespace kubus::report
