// `kubus test` results, after `opa test`: PASS/FAIL per test and a summary.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "diag/render.h"
#include "report/commands.h"

namespace kubus::report {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

}  // namespace

std::string tests_text(const driver::TestRun& run, const SourceManager& sm) {
  std::string out;
  for (const auto& r : run.results) {
    out += fmt::format("{} {}:{} {}", r.passed ? "PASS" : "FAIL", sm.file(r.span.file).path, r.span.line, r.id);
    if (!r.rule.empty()) out += fmt::format(" (rule {})", r.rule);
    out += "\n";
    if (!r.problem.empty()) out += "  " + r.problem + "\n";
    if (!r.unexpected.empty()) out += "  flagged, but not in the test: " + joined(r.unexpected) + "\n";
    if (!r.missing.empty()) out += "  in the test, but not flagged: " + joined(r.missing) + "\n";
  }
  std::size_t total = run.results.size();
  out += std::string(80, '-') + "\n";
  out += fmt::format("PASS: {}/{}\n", total - run.failed, total);
  if (run.failed) out += fmt::format("FAIL: {}/{}\n", run.failed, total);
  return out;
}

std::string tests_json(const driver::TestRun& run, const SourceManager& sm, const Diagnostics& diags) {
  nlohmann::ordered_json tests = nlohmann::ordered_json::array();
  for (const auto& r : run.results)
    tests.push_back({{"file", sm.file(r.span.file).path},
                     {"line", r.span.line},
                     {"test", r.id},
                     {"rule", r.rule},
                     {"result", r.passed ? "pass" : "fail"},
                     {"unexpected", r.unexpected},
                     {"missing", r.missing},
                     {"problem", r.problem}});
  std::size_t total = run.results.size();
  nlohmann::ordered_json out;
  out["tests"] = tests;
  out["summary"] = {{"total", total}, {"passed", total - run.failed}, {"failed", run.failed}};
  out["diagnostics"] = nlohmann::ordered_json::parse(render_json(diags, sm))["diagnostics"];
  return out.dump(2) + "\n";
}

}  // namespace kubus::report
