#include <fmt/format.h>

#include <iostream>

#include "cli/common.h"
#include "rules/check.h"

namespace kubus::cli {

int run_check(const std::vector<std::string>& paths, const Common& c) {
  SourceManager sm;
  Diagnostics diags;
  // Deliberately never freed: a large model is millions of small allocations, and
  // releasing them one by one just before the process exits cost a sixth of the run.
  auto& result = *new model::LoadResult(model::load(paths, load_options(), sm, diags));
  rules::check_rules(result.model, diags);
  std::size_t decls = result.model.entities.size();
  print_diagnostics(diags, sm, c);
  if (result.unreadable) return kExitUsage;
  if (c.format == "text")
    std::cerr << fmt::format("checked {} file(s), {} declaration(s), {} handoff(s): {}\n", sm.size(), decls,
                             result.model.handoffs.size(),
                             diags.has_errors() ? fmt::format("{} error(s)", diags.error_count()) : "no errors");
  return diags.has_errors() ? kExitFindings : kExitOk;
}

}  // namespace kubus::cli
