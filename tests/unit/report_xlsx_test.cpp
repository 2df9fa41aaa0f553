// report.xlsx read back with the project's own XLSX reader (src/sheet): its
// sheets, numbers as numeric cells, a title that starts with '=' as a string,
// and a frozen header row and an autofilter on every sheet.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "report/report.h"
#include "sheet/archive.h"
#include "sheet/sheet.h"
#include "test_util.h"

using namespace kubus;

namespace {

const char* kAssessment = R"yaml(kubus-assessment: 1
title: "=HYPERLINK(\"http://x\",\"click\")"
date: 2026-11-02
model: [model/]
matrix: ccm
targets: {governance: 3}
horizon: {start: 2027-Q1, years: 2}
capacity: {per-quarter: 4 pm, budget-per-year: 100000 EUR}
)yaml";

const char* kModel = R"(use ccm

organisation acme "Acme" {}

department service "Customer service" {
  kind: line
}

department billing "Billing" {
  kind: line
}

role service-manager "Service manager" {
  department: service
}

touchpoint invoice "Invoice" {
  phase: settle
  mandatory: true
  next: [question]
}

touchpoint question "Question about the invoice" {
  phase: settle
  owner: service-manager
}
)";

struct Written {
  explicit Written(model::LoadOptions load) : s(std::move(load)) {}
  driver::Session s;
  std::unique_ptr<driver::Run> run;
  std::string path, error;
  bool ok = false;
};

std::unique_ptr<Written> write_fixture() {
  auto dir = test::temp_dir();
  test::write_file(dir / "assessment.yaml", kAssessment);
  test::write_file(dir / "model" / "org.kubus", kModel);
  model::LoadOptions load;
  load.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  auto out = std::make_unique<Written>(load);
  out->run = driver::assess(out->s, (dir / "assessment.yaml").string());
  if (!out->run) return out;
  out->path = (dir / "report.xlsx").string();
  out->ok = report::write_xlsx(*out->run, out->s.sm, out->path, out->error);
  return out;
}

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const sheet::Cell* value_of(const sheet::Sheet& s, std::string_view label) {
  for (const auto& row : s.rows)
    if (const auto* first = row.at(1); first && first->text == label) return row.at(2);
  return nullptr;
}

}  // namespace

TEST_CASE("report.xlsx: numbers are numbers, model text is never a formula", "[report][xlsx]") {
  auto w = write_fixture();
  REQUIRE(w->run);
  REQUIRE(w->ok);
  SourceManager sm;
  Diagnostics diags;
  auto read = sheet::read(w->path, sm, diags);
  REQUIRE(read.sheet);  // the first sheet: the summary
  const sheet::Sheet& summary = *read.sheet;
  CHECK(summary.label == w->path + "[Summary]");
  const sheet::Cell* title = value_of(summary, "Assessment");
  REQUIRE(title);
  CHECK(title->text == "=HYPERLINK(\"http://x\",\"click\")");
  CHECK_FALSE(title->number);
  const sheet::Cell* overall = value_of(summary, "Overall score");
  REQUIRE(overall);
  CHECK(overall->number);
  CHECK(overall->value == Approx(w->run->scores.overall));
  const sheet::Cell* cost = value_of(summary, "Total cost");
  REQUIRE(cost);
  CHECK(cost->number);
  REQUIRE(w->run->roadmap);
  CHECK(cost->value == Approx(w->run->roadmap->total_cost));

  std::string bytes = bytes_of(w->path), error;
  auto zip = sheet::Archive::open(bytes, error);
  REQUIRE(zip);
  auto book = zip->part("xl/workbook.xml", sheet::kMaxPartBytes, error);
  REQUIRE(book);
  for (std::string name : {"Summary", "Dimensions", "Criteria", "Findings", "Gaps", "KPIs and SLAs", "Roadmap", "Quarters"})
    CHECK(book->find("<sheet name=\"" + name + "\"") != std::string::npos);
  for (int i = 1; i <= 8; ++i) {
    auto part = zip->part("xl/worksheets/sheet" + std::to_string(i) + ".xml", sheet::kMaxPartBytes, error);
    REQUIRE(part);
    INFO("sheet " << i);
    CHECK(part->find("state=\"frozen\"") != std::string::npos);
    CHECK(part->find("<autoFilter ref=\"A1:") != std::string::npos);
    CHECK(part->find("<f>") == std::string::npos);  // no formula anywhere
  }
}

TEST_CASE("report.xlsx: a file that cannot be written is an error, and nothing is left", "[report][xlsx]") {
  auto w = write_fixture();
  REQUIRE(w->run);
  std::string error;
  auto dir = test::temp_dir();
  std::string path = (dir / "missing" / "report.xlsx").string();
  CHECK_FALSE(report::write_xlsx(*w->run, w->s.sm, path, error));
  CHECK(error.find("report.xlsx") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(path));
}
