// findings.sarif: the findings as SARIF 2.1.0, for code scanning in CI. Each
// rule of the model is a SARIF rule (its title and rationale as help); each
// finding a result located at the subject's file:line:column.
#include <filesystem>
#include <nlohmann/json.hpp>

#include "report/report.h"
#include "support/text.h"

namespace fs = std::filesystem;

namespace kubus::report {
namespace {

using J = nlohmann::ordered_json;

std::string relative_path(const Run& r, const SourceManager& sm, FileId file) {
  std::error_code ec;
  fs::path p = fs::absolute(sm.file(file).path, ec).lexically_normal();
  fs::path base = fs::absolute(r.assessment.dir.empty() ? "." : r.assessment.dir, ec).lexically_normal();
  std::string rel = p.lexically_relative(base).generic_string();
  return rel.empty() ? p.generic_string() : rel;
}

}  // namespace

std::string to_sarif(const Run& r, const SourceManager& sm, const std::string& tool_version) {
  J rules = J::array();
  for (const rules::CheckedRule& cr : r.rules) {
    const model::Entity& e = r.model.entities[cr.entity];
    J rule = {{"id", e.id}, {"shortDescription", {{"text", std::string(r.model.display(e))}}}};
    const model::Val& rationale = r.model.field(e, "rationale");
    if (rationale.present()) rule["help"] = {{"text", unescape(rationale.text)}};
    rules.push_back(rule);
  }
  J results = J::array();
  for (const Finding& f : findings(r)) {
    const char* level = f.error || f.severity == "error" ? "error" : f.severity == "warning" ? "warning" : "note";
    J result = {{"ruleId", f.rule}, {"level", level}, {"message", {{"text", f.subject + ": " + f.message}}}};
    if (f.span.valid())
      result["locations"] = J::array(
          {{{"physicalLocation",
             {{"artifactLocation", {{"uri", relative_path(r, sm, f.span.file)}, {"uriBaseId", "ASSESSMENT"}}},
              {"region", {{"startLine", f.span.line}, {"startColumn", f.span.col}}}}}}});
    results.push_back(result);
  }
  J root = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", J::array({{{"tool", {{"driver", {{"name", "kubus"}, {"version", tool_version},
                                                       {"informationUri", "docs/rules.md"}, {"rules", rules}}}}},
                                {"results", results}}})}};
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace kubus::report
