// `kubus test` results, after `opa test`: PASS/FAIL per test and a summary.
#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>

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

std::string tests_junit(const driver::TestRun& run, const SourceManager& sm) {
  // pugixml escapes every attribute and text node: test IDs and problems are
  // model text.
  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto suites = doc.append_child("testsuites");
  suites.append_attribute("name") = "kubus test";
  suites.append_attribute("tests") = run.results.size();
  suites.append_attribute("failures") = run.failed;
  pugi::xml_node suite;
  std::string current;
  for (const auto& r : run.results) {
    const std::string& file = sm.file(r.span.file).path;
    if (!suite || file != current) {
      current = file;
      suite = suites.append_child("testsuite");
      suite.append_attribute("name") = file.c_str();
      suite.append_attribute("tests") = 0;
      suite.append_attribute("failures") = 0;
    }
    suite.attribute("tests").set_value(suite.attribute("tests").as_uint() + 1);
    auto test = suite.append_child("testcase");
    test.append_attribute("name") = r.id.c_str();
    test.append_attribute("classname") = (r.rule.empty() ? file : r.rule).c_str();
    test.append_attribute("file") = file.c_str();
    test.append_attribute("line") = r.span.line;
    if (r.passed) continue;
    suite.attribute("failures").set_value(suite.attribute("failures").as_uint() + 1);
    std::string detail = r.problem;
    if (!r.unexpected.empty()) detail += (detail.empty() ? "" : "\n") + ("flagged, but not in the test: " + joined(r.unexpected));
    if (!r.missing.empty()) detail += (detail.empty() ? "" : "\n") + ("in the test, but not flagged: " + joined(r.missing));
    auto failure = test.append_child("failure");
    failure.append_attribute("message") = (r.problem.empty() ? "the rule flags other subjects than the test names"
                                                             : r.problem).c_str();
    failure.text().set(detail.c_str());
  }
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
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
