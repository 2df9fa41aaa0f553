// findings.sarif: the findings as SARIF 2.1.0, for code scanning in CI. Each
// rule of the model is a SARIF rule (its title and rationale as help); each
// finding a result located at the subject's file:line:column. The results are
// streamed: there is one per finding.
#include "report/json_writer.h"
#include "report/report.h"
#include "support/escape.h"

namespace kubus::report {
namespace {

using J = nlohmann::ordered_json;

J rules_json(const Run& r) {
  J rules = J::array();
  for (const rules::CheckedRule& cr : r.rules) {
    const model::Entity& e = r.model.entities[cr.entity];
    J rule = {{"id", e.id}, {"shortDescription", {{"text", std::string(r.model.display(e))}}}};
    const model::Val& rationale = r.model.field(e, "rationale");
    if (rationale.present()) rule["help"] = {{"text", std::string(rationale.text)}};
    rules.push_back(rule);
  }
  return rules;
}

void write_result(JsonWriter& w, const Finding& f, Locator& where, std::string& text) {
  std::string_view level = severity_name(f.error ? Severity::Error : f.severity);
  w.begin_object();
  w.member("ruleId", f.rule);
  w.member("level", level);
  w.key("message");
  w.begin_object();
  text.assign(f.subject).append(": ").append(f.message);
  w.member("text", text);
  w.end_object();
  if (f.span.valid()) {
    w.key("locations");
    w.begin_array();
    w.begin_object();
    w.key("physicalLocation");
    w.begin_object();
    w.key("artifactLocation");
    w.begin_object();
    w.member("uri", uri_reference(where.path(f.span.file)));
    w.member("uriBaseId", "ASSESSMENT");
    w.end_object();
    w.key("region");
    w.begin_object();
    w.member("startLine", f.span.line);
    w.member("startColumn", f.span.col);
    w.end_object();
    w.end_object();
    w.end_object();
    w.end_array();
  }
  w.end_object();
}

}  // namespace

std::string to_sarif(const Run& r, const SourceManager& sm, const std::string& tool_version) {
  std::string out;
  JsonWriter w(out);
  Locator where(r, sm);
  w.begin_object();
  w.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  w.member("version", "2.1.0");
  w.key("runs");
  w.begin_array();
  w.begin_object();
  w.member("tool", J{{"driver", {{"name", "kubus"}, {"version", tool_version}, {"informationUri", docs_uri("rules.md")},
                                 {"rules", rules_json(r)}}}});
  w.key("results");
  w.begin_array();
  std::string text;
  for (const Finding& f : findings(r)) write_result(w, f, where, text);
  w.end_array();
  w.end_object();
  w.end_array();
  w.end_object();
  out += '\n';
  return out;
}

}  // namespace kubus::report
