// What `kubus fmt --diff` and `kubus fmt --check --format json` print.
#include <dtl/dtl.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "diag/render.h"
#include "report/commands.h"

namespace kubus::report {
namespace {

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    auto nl = text.find('\n');
    out.emplace_back(text.substr(0, nl));
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
  }
  return out;
}

}  // namespace

std::string fmt_diff(const driver::Formatted& f, std::string_view before) {
  if (!f.changed) return {};
  // dtl (Debian's libdtl-dev) computes the shortest edit script and its
  // unified hunks, as diff -u would.
  dtl::Diff<std::string, std::vector<std::string>> diff(lines_of(before), lines_of(f.text));
  diff.compose();
  diff.composeUnifiedHunks();
  std::ostringstream out;
  out << "--- " << f.path << "\n+++ " << f.path << " (formatted)\n";
  diff.printUnifiedFormat(out);
  return out.str();
}

std::string fmt_json(const std::vector<driver::Formatted>& files, const SourceManager& sm, const Diagnostics& diags) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  std::size_t changed = 0;
  for (const auto& f : files) {
    list.push_back({{"path", f.path}, {"changed", f.changed}});
    changed += f.changed;
  }
  nlohmann::ordered_json out;
  out["files"] = list;
  out["changed"] = changed;
  out["diagnostics"] = nlohmann::ordered_json::parse(render_json(diags, sm))["diagnostics"];
  return out.dump(2) + "\n";
}

}  // namespace kubus::report
