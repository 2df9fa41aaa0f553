#include "driver/ruletest.h"

#include <algorithm>
#include <filesystem>

#include "rules/check.h"
#include "support/walk.h"

namespace fs = std::filesystem;

namespace kubus::driver {
namespace {

std::vector<std::string> fixtures(Session& s, const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> found = s.files_below(p, has_kubus_extension);
    if (found.empty() && !s.unreadable) {
      s.diags.add_file(Code::NoInput, p, "no .kubus files in directory '" + p + "'");
      s.unreadable = true;
    }
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace

TestRun run_rule_tests(Session& s, const std::vector<std::string>& paths) {
  TestRun out;
  for (const auto& file : fixtures(s, paths)) {
    std::size_t errors_before = s.diags.error_count();
    auto first = static_cast<FileId>(s.sm.size());  // the fixture itself is read before what it uses
    auto loaded = model::load({file}, s.load, s.sm, s.diags);
    if (loaded.unreadable) {
      s.unreadable = true;
      continue;
    }
    std::vector<model::Waiver> waivers;
    auto rules = rules::check_rules(loaded.model, s.diags, &waivers);
    bool broken = s.diags.error_count() > errors_before;
    for (auto& r : eval::run_tests(loaded.model, rules, waivers, first, s.diags)) {
      if (broken && r.passed) {
        r.passed = false;
        r.problem = "the fixture has errors (see the diagnostics)";
      }
      out.results.push_back(std::move(r));
    }
  }
  if (out.results.empty() && !s.unreadable && !paths.empty())
    s.diags.add_file(Code::NoRuleTests, paths.front(), "no `test` declarations in the files given");
  out.failed = static_cast<std::size_t>(
      std::count_if(out.results.begin(), out.results.end(), [](const eval::TestResult& r) { return !r.passed; }));
  return out;
}

}  // namespace kubus::driver
