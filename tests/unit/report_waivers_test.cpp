// What the reports say about waivers, targets and interview evidence, on the
// golden waivers assessment (tests/golden/reports/waivers/input): SARIF keeps a
// waived finding with an external suppression, the CI gate does not count it,
// a practice's finding is located in the model, report.json carries the KPIs
// and SLAs with `id` and `met`, and the cube counts touchpoints by derived unit.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "driver/cube.h"
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
  CHECK(md.find("| `model/org.kubus:1` |  | no component has the orchestration capability |\n") != std::string::npos);
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

TEST_CASE("the cube counts touchpoints by derived unit, with error and warning findings only", "[report][cube]") {
  auto a = run_waivers();
  REQUIRE(a->run);
  const driver::Run& r = *a->run;
  auto tables = driver::cube(r);
  REQUIRE(driver::cube_phases() == std::vector<std::string_view>{"promise", "deliver", "settle", "use"});
  // All channels, phone, portal; every touchpoint has a channel: no "no channel" table.
  REQUIRE(tables.size() == 3);
  CHECK(tables[0].scope == driver::CubeScope::AllChannels);
  CHECK(tables[1].channel == r.model.find("channel", "phone"));
  CHECK(tables[2].channel == r.model.find("channel", "portal"));
  // No touchpoint writes a unit: Sales and Customer service give theirs (particulier);
  // the brochure's owner is in Marketing, which has none.
  const auto& all = tables[0].rows;
  REQUIRE(all.size() == 2);
  CHECK(all[0].unit == r.model.find("unit", "particulier"));
  CHECK(all[1].unit == model::kNone);
  // promise: quote-call (warnings) and sales-question, whose only finding is an info
  // finding (chat-beside-phone): it does not count.
  CHECK(all[0].cells[0].touchpoints == 2);
  CHECK(all[0].cells[0].with_findings == 1);
  CHECK(all[1].cells[0].touchpoints == 1);
  // On the phone every touchpoint has a unit: no "no unit" row.
  REQUIRE(tables[1].rows.size() == 1);
  CHECK(tables[1].rows[0].cells[1].touchpoints == 1);  // service-question, deliver
  // report.json carries the same tables, the "no unit" row as unit null.
  auto json = nlohmann::json::parse(report::to_json(r, a->s.sm, "test"));
  const auto& cube = json["cube"];
  CHECK(cube["phases"][0] == "promise");
  REQUIRE(cube["tables"].size() == 3);
  CHECK(cube["tables"][0]["scope"] == "all-channels");
  CHECK(cube["tables"][1]["channel"] == "phone");
  CHECK(cube["tables"][0]["rows"][0]["unit"] == "particulier");
  CHECK(cube["tables"][0]["rows"][1]["unit"].is_null());
  CHECK(cube["tables"][0]["rows"][0]["cells"][0]["with_findings"] == 1);
}
