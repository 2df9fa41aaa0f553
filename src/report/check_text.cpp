// The last line of `kubus check`.
#include <fmt/format.h>

#include "report/commands.h"

namespace kubus::report {

std::string check_summary(const driver::CheckResult& c, const Diagnostics& diags) {
  std::string checked;
  if (c.model_files)
    checked = fmt::format("{} file(s), {} declaration(s), {} handoff(s)", c.model_files, c.declarations, c.handoffs);
  if (c.yaml_files) checked += fmt::format("{}{} YAML file(s)", checked.empty() ? "" : " and ", c.yaml_files);
  return fmt::format("checked {}: {}\n", checked,
                     diags.has_errors() ? fmt::format("{} error(s)", diags.error_count()) : "no errors");
}

}  // namespace kubus::report
