// Each .kubus file is one fixture model, loaded on its own with what it
// `use`s; its `test` declarations run against it. Output follows `opa test`.
#include "cli/test.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "diag/render.h"
#include "eval/ruletest.h"
#include "rules/check.h"

namespace fs = std::filesystem;

namespace kubus::cli {
namespace {

// The fixtures named: files as given, directories by their .kubus files in path order.
std::vector<std::string> fixtures(const std::vector<std::string>& paths, Diagnostics& diags, bool& unreadable) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec) && it->path().extension() == ".kubus") found.push_back(it->path().generic_string());
    std::sort(found.begin(), found.end());
    if (found.empty()) {
      diags.add_file(Code::NoInput, p, "no .kubus files in directory '" + p + "'");
      unreadable = true;
    }
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

void print_text(const std::vector<eval::TestResult>& ran, const SourceManager& sm, std::size_t failed) {
  for (const auto& r : ran) {
    std::cout << fmt::format("{} {} {}", r.passed ? "PASS" : "FAIL", format_location(sm, r.span, Precision::Line), r.id);
    if (!r.rule.empty()) std::cout << fmt::format(" (rule {})", r.rule);
    std::cout << "\n";
    if (!r.problem.empty()) std::cout << "  " << r.problem << "\n";
    if (!r.unexpected.empty()) std::cout << "  flagged, but not in the test: " << joined(r.unexpected) << "\n";
    if (!r.missing.empty()) std::cout << "  in the test, but not flagged: " << joined(r.missing) << "\n";
  }
  std::cout << std::string(80, '-') << "\n";
  std::cout << fmt::format("PASS: {}/{}\n", ran.size() - failed, ran.size());
  if (failed) std::cout << fmt::format("FAIL: {}/{}\n", failed, ran.size());
}

void print_json(const std::vector<eval::TestResult>& ran, const SourceManager& sm, const Diagnostics& diags, std::size_t failed) {
  nlohmann::ordered_json tests = nlohmann::ordered_json::array();
  for (const auto& r : ran)
    tests.push_back({{"file", sm.file(r.span.file).path},
                     {"line", r.span.line},
                     {"test", r.id},
                     {"rule", r.rule},
                     {"result", r.passed ? "pass" : "fail"},
                     {"unexpected", r.unexpected},
                     {"missing", r.missing},
                     {"problem", r.problem}});
  nlohmann::ordered_json out;
  out["tests"] = tests;
  out["summary"] = {{"total", ran.size()}, {"passed", ran.size() - failed}, {"failed", failed}};
  out["diagnostics"] = nlohmann::ordered_json::parse(render_json(diags, sm))["diagnostics"];
  std::cout << out.dump(2) << "\n";
}

}  // namespace

int run_test(const std::vector<std::string>& paths, const Common& c) {
  SourceManager sm;
  Diagnostics diags;
  bool unreadable = false;
  std::vector<eval::TestResult> ran;
  for (const auto& file : fixtures(paths, diags, unreadable)) {
    std::size_t errors_before = diags.error_count();
    auto first = static_cast<FileId>(sm.size());  // the fixture itself is read before what it uses
    auto loaded = model::load({file}, load_options(), sm, diags);
    if (loaded.unreadable) {
      unreadable = true;
      continue;
    }
    std::vector<model::Waiver> waivers;
    auto rules = rules::check_rules(loaded.model, diags, &waivers);
    bool broken = diags.error_count() > errors_before;
    for (auto& r : eval::run_tests(loaded.model, rules, waivers, first, diags)) {
      if (broken && r.passed) {
        r.passed = false;
        r.problem = "the fixture has errors (see the diagnostics)";
      }
      ran.push_back(std::move(r));
    }
  }
  if (ran.empty() && !unreadable && !paths.empty())
    diags.add_file(Code::NoRuleTests, paths.front(), "no `test` declarations in the files given");
  std::size_t failed = static_cast<std::size_t>(std::count_if(ran.begin(), ran.end(), [](const eval::TestResult& r) { return !r.passed; }));
  diags.sort(sm);
  if (c.format == "json") {
    print_json(ran, sm, diags, failed);
  } else {
    if (!diags.all().empty()) std::cerr << render_text(diags, sm, use_color(c)) << std::flush;
    if (!ran.empty()) print_text(ran, sm, failed);
  }
  if (unreadable) return kExitUsage;
  return failed || diags.has_errors() ? kExitFindings : kExitOk;
}

}  // namespace kubus::cli
