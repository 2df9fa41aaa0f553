// The report stage: escaping, formatting helpers, findings order and the
// determinism and self-containment of report.json and report.md.
#include <catch2/catch.hpp>

#include "report/report.h"
#include "report/text.h"
#include "test_util.h"

using namespace kubus;

namespace {

const char* kAssessment = R"(kubus-assessment: 1
title: "Pipe | star * <b>bold</b>"
date: 2026-11-02
model: [model/]
matrix: ccm
targets: {governance: 3}
horizon: {start: 2027-Q1, years: 2}
capacity: {per-quarter: 4 pm, budget-per-year: 100000 EUR}
)";

const char* kModel = R"(use ccm

organisation acme "Acme | <script>alert(1)</script>" {}

department service "Customer service" {
  kind: line
}

department billing "Billing" {
  kind: line
}

role service-manager "Service manager" {
  department: service
}

role billing-manager "Billing manager" {
  department: billing
}

touchpoint zz-invoice "Invoice | *urgent*" {
  phase: settle
  mandatory: true
  next: [aa-question]
}

touchpoint aa-question "Question about the invoice" {
  phase: settle
  owner: service-manager
}

touchpoint mm-reminder "Reminder" {
  phase: settle
  mandatory: true
  owner: billing-manager
  next: [aa-question]
}
)";

struct Ran {
  explicit Ran(model::LoadOptions load) : s(std::move(load)) {}
  driver::Session s;
  SourceManager& sm = s.sm;
  Diagnostics& diags = s.diags;
  std::unique_ptr<driver::Run> run;
};

std::unique_ptr<Ran> run_fixture() {
  auto dir = test::temp_dir();
  test::write_file(dir / "assessment.yaml", kAssessment);
  test::write_file(dir / "model" / "org.kubus", kModel);
  model::LoadOptions load;
  load.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  auto out = std::make_unique<Ran>(load);
  out->run = driver::assess(out->s, (dir / "assessment.yaml").string());
  return out;
}

}  // namespace

TEST_CASE("Markdown escaping keeps names from breaking tables or injecting markup", "[report]") {
  CHECK(kubus::md_escape("a | b") == "a \\| b");
  CHECK(kubus::md_escape("<script>") == "\\<script\\>");
  CHECK(kubus::md_escape("*x* _y_ `z` [l](u) #h") == "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\#h");
  CHECK(kubus::md_escape("two\nlines") == "two lines");
}

TEST_CASE("Number helpers round and group as the reports print them", "[report]") {
  CHECK(report::thousands(0) == "0");
  CHECK(report::thousands(999) == "999");
  CHECK(report::thousands(250000) == "250,000");
  CHECK(report::thousands(-1234567) == "-1,234,567");
  CHECK(report::fixed(2.345678, 2) == "2.35");
  CHECK(report::round4(-0.00001) == 0.0);
  CHECK(report::fixed(-0.00001, 2) == "0.00");
}

TEST_CASE("Quarters count from the horizon start across years", "[report]") {
  config::Assessment a;
  a.start = config::Quarter{2027, 3};
  CHECK(a.quarter_label(0) == "2027-Q3");
  CHECK(a.quarter_label(2) == "2028-Q1");
  CHECK(a.quarter_label(9) == "2029-Q4");
}

TEST_CASE("An assessment runs end to end and its reports are deterministic and escaped", "[report]") {
  auto a = run_fixture();
  INFO(a->diags.all().size());
  REQUIRE(a->run);
  const driver::Run& r = *a->run;

  auto findings = report::findings(r);
  REQUIRE(!findings.empty());
  for (std::size_t i = 1; i < findings.size(); ++i)
    CHECK(std::tie(findings[i - 1].rule, findings[i - 1].subject) <= std::tie(findings[i].rule, findings[i].subject));
  bool unowned = false;
  for (const auto& f : findings) unowned |= f.rule == "touchpoint-has-owner" && f.subject == "zz-invoice";
  CHECK(unowned);

  std::string md = report::to_markdown(r, a->sm, "test");
  CHECK(md.find("# Pipe \\| star \\* \\<b\\>bold\\</b\\>") == 0);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("<b>") == std::string::npos);

  std::string json = report::to_json(r, a->sm, "test");
  CHECK(json.find("\"kubus-report\": 2") != std::string::npos);
  CHECK(json.find("\"date\": \"2026-11-02\"") != std::string::npos);
  CHECK(json.find("\"location\": \"model/org.kubus:") != std::string::npos);

  auto b = run_fixture();
  REQUIRE(b->run);
  std::string json_b = report::to_json(*b->run, b->sm, "test");
  // Locations are relative to the assessment, so two checkouts give the same bytes.
  CHECK(json_b == json);
  CHECK(report::to_markdown(*b->run, b->sm, "test") == md);
  CHECK(report::to_sarif(*b->run, b->sm, "test") == report::to_sarif(r, a->sm, "test"));
}

TEST_CASE("An uncovered handoff between departments scores the gap criterion below one", "[report]") {
  auto a = run_fixture();
  REQUIRE(a->run);
  const driver::Run& r = *a->run;
  config::Criterion c;
  c.kind = config::CriterionKind::Gap;
  c.ref = "uncovered-handoff";
  c.gap = schema::GapKind::UncoveredHandoff;
  score::Measure m = r.measure(c);
  REQUIRE(m.status == score::Status::Evaluated);
  // mm-reminder (billing) -> aa-question (service) crosses without an SLA; zz-invoice has no owner, so
  // its handoff does not cross.
  CHECK(m.total == 1);
  CHECK(m.failures == 1);
  CHECK(m.value == 0);
}
