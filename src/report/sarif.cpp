// findings.sarif: the findings as SARIF 2.1.0, for code scanning in CI. Each
// rule of the model is a SARIF rule (its title and rationale as help); each
// finding a result located where the model shows it (a practice's finding at
// its observations, the others as related locations). A waived finding stays a
// result with an external suppression (SARIF 2.1.0 §3.35) whose justification
// is the waiver's reason, so code scanning shows it as dismissed. The results
// are streamed: there is one per finding, and the file is written in pieces.
#include <tuple>
#include <unordered_map>

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

// Each file's URI reference, worked out once: there is a location per finding.
class Uris {
 public:
  explicit Uris(Locator& where) : where_(where) {}
  const std::string& operator()(FileId file) {
    auto [it, added] = uris_.try_emplace(file);
    if (added) it->second = uri_reference(where_.path(file));
    return it->second;
  }

 private:
  Locator& where_;
  std::unordered_map<FileId, std::string> uris_;
};

void write_location(JsonWriter& w, Span span, Uris& uri) {
  w.begin_object();
  w.key("physicalLocation");
  w.begin_object();
  w.key("artifactLocation");
  w.begin_object();
  w.member("uri", uri(span.file));
  w.member("uriBaseId", "ASSESSMENT");
  w.end_object();
  w.key("region");
  w.begin_object();
  w.member("startLine", span.line);
  w.member("startColumn", span.col);
  w.end_object();
  w.end_object();
  w.end_object();
}

void write_suppression(JsonWriter& w, const Run& r, const Finding& f) {
  if (f.waiver == model::kNone) return;
  const model::Entity& waiver = r.model.entities[f.waiver];
  w.key("suppressions");
  w.begin_array();
  w.begin_object();
  w.member("kind", "external");
  w.member("status", "accepted");
  w.member("justification", unescape(r.model.field(waiver, "reason").text));
  w.member("properties", J{{"waiver", std::string(waiver.id)},
                           {"owner", std::string(r.model.display(r.model.entities[r.model.field(waiver, "owner").index]))},
                           {"expires", std::string(r.model.field(waiver, "expires").text)}});
  w.end_object();
  w.end_array();
}

void write_result(JsonWriter& w, const Run& r, const Finding& f, Uris& uri, std::string& text) {
  std::string_view level = severity_name(f.error ? Severity::Error : f.severity);
  w.begin_object();
  w.member("ruleId", f.rule);
  w.member("level", level);
  w.key("message");
  w.begin_object();
  // A rule about the whole model has no subject to name before its message.
  text.clear();
  if (!f.subject.empty()) text.append(f.subject).append(": ");
  text.append(f.message);
  w.member("text", text);
  w.end_object();
  if (f.span.valid()) {
    w.key("locations");
    w.begin_array();
    write_location(w, f.span, uri);
    w.end_array();
  }
  if (!f.related.empty()) {
    w.key("relatedLocations");
    w.begin_array();
    for (const Span& s : f.related) write_location(w, s, uri);
    w.end_array();
  }
  write_suppression(w, r, f);
  w.end_object();
}

}  // namespace

void stream_sarif(const Run& r, const SourceManager& sm, const std::string& tool_version, const Piece& write) {
  std::string out;
  JsonWriter w(out, write);
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
  // Open and waived findings in one order: by rule, then subject, an open one
  // before a waived one of the same subject. Both lists are in that order.
  const auto& open = findings(r);
  const auto& waived = driver::waived_findings(r);
  auto before = [](const Finding& a, const Finding& b) { return std::tie(a.rule, a.subject) < std::tie(b.rule, b.subject); };
  std::string text;
  Uris uri(where);
  auto o = open.begin();
  auto wv = waived.begin();
  while (o != open.end() || wv != waived.end()) {
    bool take_open = wv == waived.end() || (o != open.end() && !before(*wv, *o));
    write_result(w, r, take_open ? *o++ : *wv++, uri, text);
  }
  w.end_array();
  w.end_object();
  w.end_array();
  w.end_object();
  out += '\n';
  write(out);
}

std::string to_sarif(const Run& r, const SourceManager& sm, const std::string& tool_version) {
  std::string out;
  stream_sarif(r, sm, tool_version, [&out](std::string_view piece) { out += piece; });
  return out;
}

}  // namespace kubus::report
