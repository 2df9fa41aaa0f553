// What the reports say about waivers, targets and interview evidence, on the
// golden waivers assessment (tests/golden/reports/waivers/input): SARIF keeps a
// waived finding with an external suppression, the CI gate does not count it,
// a practice's finding is located in the model, and report.json carries the
// KPIs and SLAs with `id` and `met`.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "driver/evidence.h"
#include "report/report.h"
#include "test_util.h"

using namespace kubus;

namespace {

struct Ran {
  explicit Ran(model::LoadOptions load) : s(std::move(load)) {}
  driver::Session s;
  std::unique_ptr<driver::Run> run;
};

std::unique_ptr<Ran> run_waivers() {
  model::LoadOptions load;
  load.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  auto out = std::make_unique<Ran>(load);
  out->run = driver::assess(out->s, std::string(KUBUS_SOURCE_DIR) + "/tests/golden/reports/waivers/input");
  return out;
}

const nlohmann::json* result(const nlohmann::json& sarif, std::string_view rule, std::string_view subject) {
  for (const auto& r : sarif["runs"][0]["results"])
    if (r["ruleId"] == rule && r["message"]["text"].get<std::string>().rfind(std::string(subject) + ":", 0) == 0) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("a waived finding stays in SARIF with an external suppression", "[report][waivers]") {
  auto a = run_waivers();
  REQUIRE(a->run);
  auto sarif = nlohmann::json::parse(report::to_sarif(*a->run, a->s.sm, "test"));
  const auto* waived = result(sarif, "chat-beside-phone", "quote-call");
  REQUIRE(waived);
  REQUIRE(waived->contains("suppressions"));
  const auto& s = (*waived)["suppressions"][0];
  CHECK(s["kind"] == "external");
  CHECK(s["status"] == "accepted");
  CHECK(s["justification"] == "The new contact platform with chat goes live in 2028-Q2");
  CHECK(s["properties"]["waiver"] == "chat-next-year");
  const auto* open = result(sarif, "chat-beside-phone", "sales-question");
  REQUIRE(open);
  CHECK_FALSE(open->contains("suppressions"));
  // The expired waiver takes nothing out: its finding is an ordinary result.
  const auto* expired = result(sarif, "mandatory-supervised", "quote-call");
  REQUIRE(expired);
  CHECK_FALSE(expired->contains("suppressions"));
}

TEST_CASE("a practice's finding is located at the model's observations, or its organisation", "[report][waivers]") {
  auto a = run_waivers();
  REQUIRE(a->run);
  auto sarif = nlohmann::json::parse(report::to_sarif(*a->run, a->s.sm, "test"));
  auto uri = [](const nlohmann::json& r) { return r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]; };
  const auto* practised = result(sarif, "day-capabilities-practised", "market-sensing");
  REQUIRE(practised);
  CHECK(uri(*practised) == "model/observations.kubus");
  const auto* unobserved = result(sarif, "day-capabilities-observed", "channel-bonding");
  REQUIRE(unobserved);
  CHECK(uri(*unobserved) == "model/org.kubus");  // nothing in the model names it
}

TEST_CASE("a library rule about the whole model is located at the organisation, its message bare", "[report]") {
  auto a = run_waivers();
  REQUIRE(a->run);
  auto sarif = nlohmann::json::parse(report::to_sarif(*a->run, a->s.sm, "test"));
  const nlohmann::json* found = nullptr;
  for (const auto& r : sarif["runs"][0]["results"])
    if (r["ruleId"] == "orchestration-present") found = &r;
  REQUIRE(found);
  // No subject: the message is not led by an empty one (": no component ...").
  CHECK((*found)["message"]["text"] == "no component has the orchestration capability");
  const auto& location = (*found)["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"]["uri"] == "model/org.kubus");
  CHECK(location["region"]["startLine"] == 1);
  std::string md = report::to_markdown(*a->run, a->s.sm, "test");
  CHECK(md.find("- `model/org.kubus:1`: no component has the orchestration capability\n") != std::string::npos);
}

TEST_CASE("the CI gate counts no waived finding", "[report][waivers]") {
  auto a = run_waivers();
  REQUIRE(a->run);
  const driver::Run& r = *a->run;
  REQUIRE(driver::waived_findings(r).size() == 1);
  std::size_t notes = 0;
  for (const auto& f : driver::findings(r)) notes += f.severity <= Severity::Note;
  auto gates = driver::failed_gates(r, std::nullopt, Severity::Note);
  REQUIRE(gates.size() == 1);
  CHECK(gates[0].find(std::to_string(notes) + " finding(s)") == 0);
  for (const auto& f : driver::findings(r)) CHECK_FALSE((f.rule == "chat-beside-phone" && f.subject == "quote-call"));
}

TEST_CASE("report.json lists every KPI and SLA with id and met, missed ones first", "[report][targets]") {
  auto a = run_waivers();
  REQUIRE(a->run);
  auto json = nlohmann::json::parse(report::to_json(*a->run, a->s.sm, "test"));
  const auto& targets = json["targets"];
  REQUIRE(targets.size() == 4);
  // Missed (largest shortfall first), then unmeasured, then met.
  CHECK(targets[0]["id"] == "quotes-answered");
  CHECK(targets[0]["met"] == false);
  CHECK(targets[0]["actual"] == "70 h");
  CHECK(targets[0]["shortfall"] == 0.4583);
  CHECK(targets[1]["id"] == "nps");
  CHECK(targets[1]["shortfall"] == 0.2);
  CHECK(targets[2]["id"] == "csat");
  CHECK(targets[2]["met"].is_null());
  CHECK(targets[2]["actual"].is_null());
  CHECK(targets[3]["id"] == "aht");
  CHECK(targets[3]["met"] == true);
  CHECK(json["waivers"].size() == 3);
  CHECK(json["waived"].size() == 1);
  CHECK(json["gaps"]["by_kind"]["uncovered-handoff"]["waived"] == 1);
}
