// The roadmap as a user meets it through the commands: which catalogues a run
// plans with, stretching on real assessments, the what-if overrides and
// scenarios, and progress across runs.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "cli/commands.h"
#include "gen/generate.h"
#include "cli_fixture.h"
#include "test_util.h"

using namespace kubus;
using cli::Exit;
using cli::Format;

namespace {

using test::Env;
using test::kSource;
using test::slurp;

// A copy of a bundled assessment in a fresh directory, its assessment.yaml
// changed by `edit`.
// `name` is a bundled assessment or a path below the checkout ("tests/roadmap/bank").
std::filesystem::path copy_of(const std::string& name, const std::function<std::string(std::string)>& edit = {}) {
  std::string from = name.find('/') == std::string::npos ? kSource + "/assessments/" + name : kSource + "/" + name;
  auto dir = test::temp_dir() / std::filesystem::path(name).filename();
  std::filesystem::copy(from, dir, std::filesystem::copy_options::recursive);
  std::filesystem::remove_all(dir / "report");
  std::filesystem::remove_all(dir / ".kubus");
  if (edit) test::write_file(dir / "assessment.yaml", edit(slurp(dir / "assessment.yaml")));
  return dir;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// `kubus roadmap --format json` of an assessment, with its exit code and stderr.
struct Planned {
  Exit exit = Exit::Ok;
  nlohmann::json doc;
  std::string text, err;
};

Planned roadmap_json(const std::filesystem::path& dir, cli::AssessOptions o = {}) {
  Env e;
  o.assessment = dir.string();
  o.out.format = Format::Json;
  Planned p;
  p.exit = cli::run_roadmap(o, e.env);
  p.text = e.out.str();
  p.err = e.err.str();
  if (p.exit == Exit::Ok) p.doc = nlohmann::json::parse(p.text);
  return p;
}

}  // namespace

TEST_CASE("a byte-identical copy of the bundled matrix plans the same roadmap as `matrix: ccm`", "[roadmap]") {
  auto bundled = copy_of("zorgverzekeraar");
  auto copied = copy_of("zorgverzekeraar", [](std::string a) { return replaced(a, "matrix: ccm", "matrix: my-matrix.yaml"); });
  std::filesystem::copy_file(kSource + "/rules/ccm/matrix.yaml", copied / "my-matrix.yaml");
  auto a = roadmap_json(bundled), b = roadmap_json(copied);
  REQUIRE(a.exit == Exit::Ok);
  REQUIRE(b.exit == Exit::Ok);
  CHECK(a.doc["initiatives"].size() >= 10);
  CHECK(a.text == b.text);
  CHECK(b.err.find("W0702") == std::string::npos);
}

TEST_CASE("a matrix that brings no catalogue warns that nothing can be planned (W0702)", "[roadmap]") {
  // Without its own catalogue (channel shifts of initiatives that wait for the library's).
  auto dir = copy_of("zorgverzekeraar", [](std::string a) {
    return replaced(replaced(a, "matrix: ccm", "matrix: my-matrix.yaml"), "initiatives: [initiatives.yaml]\n", "");
  });
  // Without `uses: [ccm]` the rules still load (the model says `use ccm`), but no library brings initiatives.
  test::write_file(dir / "my-matrix.yaml", replaced(slurp(kSource + "/rules/ccm/matrix.yaml"), "uses: [ccm]\n", ""));
  auto p = roadmap_json(dir);
  REQUIRE(p.exit == Exit::Ok);
  CHECK(p.doc["initiatives"].empty());
  CHECK(p.err.find("warning[W0702]: no initiative fixes any of the") != std::string::npos);
  CHECK(p.err.find("(catalogues read: none)") != std::string::npos);
}

TEST_CASE("the assessment's own catalogue comes after the libraries' and overrides them by ID", "[roadmap]") {
  auto dir = copy_of("zorgverzekeraar", [](std::string a) {
    return replaced(a, "initiatives: [initiatives.yaml]", "initiatives: [initiatives.yaml, extra.yaml]");
  });
  test::write_file(dir / "extra.yaml", R"(kubus-initiatives: 1
initiatives:
  - id: governance-board
    title: A board that meets weekly
    fixes: [{rule: line-department-has-sla}, {gap: isolated-department}, {observed: leadership-commitment},
            {observed: process-owner-awareness}]
    effort: 1 pm
    cost: 1000 EUR
)");
  auto p = roadmap_json(dir);
  REQUIRE(p.exit == Exit::Ok);
  bool found = false;
  for (const auto& i : p.doc["initiatives"])
    if (i["id"] == "governance-board") {
      found = true;
      CHECK(i["title"] == "A board that meets weekly");
      CHECK(i["cost"] == 1000);
    }
  CHECK(found);
}

namespace {

double number(const std::string& text) {
  std::string digits;
  for (char c : text)
    if (c != ',') digits += c;
  return std::stod(digits);
}

// Checks that the numbers of every clause of a reason add up (docs/roadmap.md,
// the table of reasons); returns how many clauses it checked.
int check_reason(const std::string& reason) {
  static const std::regex plan_takes(
      R"(capacity short by ([\d,.]+) pm over the horizon \(the plan takes ([\d,.]+) of its ([\d,.]+) pm; .* needs? ([\d,.]+) pm more\))");
  static const std::regex plan_spends(
      R"(budget short by \w+ ([\d,]+) over the horizon \(the plan spends \w+ ([\d,]+) of its \w+ ([\d,]+); .* costs? \w+ ([\d,]+) more\))");
  static const std::regex window(
      R"(capacity short by ([\d,.]+) pm (over the horizon|from \d{4}-Q\d) \([\w-]+ needs ([\d,.]+) pm for [^;]*; (\d+) quarters? × ([\d,.]+) pm = ([\d,.]+) pm\))");
  static const std::regex money_window(
      R"(budget short by \w+ ([\d,]+) (over the horizon|from \d{4}) \([\w-]+ needs \w+ ([\d,]+) for [^;]*; (\d+) years? × \w+ ([\d,]+) = \w+ ([\d,]+)\))");
  static const std::regex per_quarter(
      R"(capacity short by ([\d,.]+) pm per quarter \([\w-]+ needs ([\d,.]+) pm: run over all (\d+) quarters? from [^,]*, that is ([\d,.]+) pm per quarter, the capacity is ([\d,.]+) pm\))");
  static const std::regex per_year(
      R"(budget short by \w+ ([\d,]+) in \d{4} \([\w-]+ costs \w+ [\d,]+: spread as evenly as it can run, over [^,]*, \d{4} takes \w+ ([\d,]+), the budget is \w+ ([\d,]+) a year\))");
  int checked = 0;
  std::smatch m;
  for (auto it = reason.cbegin(); std::regex_search(it, reason.cend(), m, plan_takes); it = m.suffix().first, ++checked)
    CHECK(number(m[1]) == Approx(number(m[2]) + number(m[4]) - number(m[3])).margin(0.011));
  for (auto it = reason.cbegin(); std::regex_search(it, reason.cend(), m, plan_spends); it = m.suffix().first, ++checked)
    CHECK(number(m[1]) == Approx(number(m[2]) + number(m[4]) - number(m[3])).margin(1.01));
  for (auto it = reason.cbegin(); std::regex_search(it, reason.cend(), m, window); it = m.suffix().first, ++checked) {
    CHECK(number(m[1]) == Approx(number(m[3]) - number(m[6])).margin(0.011));
    CHECK(number(m[4]) * number(m[5]) == Approx(number(m[6])).margin(0.011));
  }
  for (auto it = reason.cbegin(); std::regex_search(it, reason.cend(), m, money_window); it = m.suffix().first, ++checked) {
    CHECK(number(m[1]) == Approx(number(m[3]) - number(m[6])).margin(1.01));
    CHECK(number(m[4]) * number(m[5]) == Approx(number(m[6])).margin(1.01));
  }
  for (auto it = reason.cbegin(); std::regex_search(it, reason.cend(), m, per_quarter); it = m.suffix().first, ++checked) {
    CHECK(number(m[1]) == Approx(number(m[4]) - number(m[5])).margin(0.011));
    CHECK(number(m[2]) / number(m[3]) == Approx(number(m[4])).margin(0.006));
    CHECK(number(m[4]) > number(m[5]));
  }
  for (auto it = reason.cbegin(); std::regex_search(it, reason.cend(), m, per_year); it = m.suffix().first, ++checked)
    CHECK(number(m[1]) == Approx(number(m[2]) - number(m[3])).margin(1.01));
  return checked;
}

// The structured clauses of report.json add up as their sentences do: what
// is short is what is needed beyond what is there (docs/report-format.md).
// With `placed`, the facts of one placement (a quarter, a year); else the others.
int check_facts(const nlohmann::json& clauses, bool placed) {
  int checked = 0;
  for (const auto& c : clauses)
    for (const auto& f : c["facts"]) {
      const std::string kind = f["kind"];
      const double margin = f.contains("currency") ? 1.01 : 0.011;
      if ((kind == "quarter-capacity" || kind == "year-budget") != placed) continue;
      if (kind == "plan-capacity" || kind == "plan-budget")
        CHECK(f["short_by"].get<double>() == Approx(f["per"].get<double>() + f["need"].get<double>() -
                                                    f["have"].get<double>()).margin(margin));
      else if (kind == "window-capacity" || kind == "window-budget")
        CHECK(f["short_by"].get<double>() == Approx(f["need"].get<double>() - f["have"].get<double>()).margin(margin));
      else if (kind == "task-capacity" || kind == "task-budget" || placed)
        CHECK(f["short_by"].get<double>() == Approx(f["per"].get<double>() - f["have"].get<double>()).margin(margin));
      else
        continue;
      CHECK(f["short_by"].get<double>() > 0);
      ++checked;
    }
  return checked;
}

// Every target is reached or out of reach with a reason whose limits match
// its clauses; a target reachable alone is never also claimed impossible.
int check_plan(const nlohmann::json& roadmap) {
  int checked = 0;
  CHECK(roadmap["reached"].get<int>() + static_cast<int>(roadmap["unreachable"].size()) == roadmap["targets"].get<int>());
  for (const auto& u : roadmap["unreachable"]) {
    std::string reason = u["reason"];
    INFO(reason);
    CHECK(!reason.empty());
    CHECK(u["limits"].size() >= 1);
    if (u["reachable_alone"].get<bool>()) CHECK(reason.find("reachable alone, but not beside") != std::string::npos);
    const int in_text = check_reason(reason);
    checked += in_text;
    REQUIRE(u["clauses"].size() == u["limits"].size());
    for (std::size_t i = 0; i < u["limits"].size(); ++i) CHECK(u["clauses"][i]["limit"] == u["limits"][i]);
    // The sentences the text patterns match are the facts outside a quarter or a year.
    CHECK(check_facts(u["clauses"], false) == in_text);
    check_facts(u["clauses"], true);
  }
  return checked;
}

}  // namespace

TEST_CASE("the 15-touchpoint bank: a tight capacity stretches initiatives and reaches four targets", "[roadmap]") {
  auto p = roadmap_json(copy_of("tests/roadmap/bank"));
  REQUIRE(p.exit == Exit::Ok);
  const auto& r = p.doc;
  CHECK(r["reached"] == 4);
  // 36 pm over three years: the plan leaves less than one person-month idle.
  CHECK(r["total_effort_pm"].get<double>() > 35);
  int stretched = 0;
  for (const auto& i : r["initiatives"]) stretched += i["quarters"].get<int>() > i["min_quarters"].get<int>();
  CHECK(stretched >= 3);
  for (const auto& q : r["quarters"]) CHECK(q["effort_pm"].get<double>() <= 3 + 1e-9);
  CHECK(check_plan(r) >= 2);
}

TEST_CASE("reasons add up on the bundled assessments, the bank under what-ifs and 5,000 touchpoints", "[roadmap]") {
  int checked = 0;
  for (const char* name : {"zorgverzekeraar", "energieleverancier", "tests/roadmap/bank"}) {
    auto p = roadmap_json(copy_of(name));
    REQUIRE(p.exit == Exit::Ok);
    checked += check_plan(p.doc);
  }
  for (double budget : {75000.0, 200000.0})
    for (double capacity : {2.0, 4.0}) {
      cli::AssessOptions o;
      o.run.budget_per_year = driver::Quantity{budget, "EUR"};
      o.run.capacity_per_quarter = driver::Quantity{capacity, ""};
      auto p = roadmap_json(copy_of("tests/roadmap/bank"), o);
      REQUIRE(p.exit == Exit::Ok);
      CHECK(p.doc["budget_per_year"] == budget);
      checked += check_plan(p.doc);
    }
  auto dir = test::temp_dir() / "gen5000";
  gen::write_assessment(gen::GenOptions{5000, 1, false}, dir.string(), 1);
  auto p = roadmap_json(dir);
  REQUIRE(p.exit == Exit::Ok);
  CHECK(p.doc["initiatives"].size() >= 5);
  checked += check_plan(p.doc);
  CHECK(checked >= 10);  // the patterns do match the reasons
}

// (No ';' in a test name: catch_discover_tests would split it into two names that match nothing.)
TEST_CASE("every initiative states what it buys", "[roadmap]") {
  auto p = roadmap_json(copy_of("tests/roadmap/bank"));
  REQUIRE(p.exit == Exit::Ok);
  REQUIRE(p.doc["initiatives"].size() >= 5);
  for (const auto& i : p.doc["initiatives"]) {
    INFO(i["id"]);
    REQUIRE(i.contains("uplift"));
    CHECK(i["uplift"]["dimensions"].size() == 7);
    CHECK(i["uplift"]["overall"].get<double>() >= 0);
    CHECK(i.contains("resolves"));
  }
}

TEST_CASE("a year that spends without moving a score is flagged", "[roadmap]") {
  // The bank aiming at customer-view alone with 1 pm a quarter: its initiatives
  // stretch, and 2028 pays for work that ends in 2029.
  auto p = roadmap_json(copy_of("tests/roadmap/bank", [](std::string a) {
    a = std::regex_replace(a, std::regex("targets: \\{[^}]*\\}"), "targets: {customer-view: 3}");
    return std::regex_replace(a, std::regex("per-quarter: [0-9.]+ pm"), "per-quarter: 1 pm");
  }));
  REQUIRE(p.exit == Exit::Ok);
  REQUIRE(p.doc["flat_years"].size() == 1);
  CHECK(p.doc["flat_years"][0]["year"] == 2028);
  CHECK(p.doc["flat_years"][0]["cost"].get<double>() > 0);
  CHECK(p.doc["flat_years"][0]["largest_move"].get<double>() < 0.05);
  CHECK(p.doc["flat_years"][0]["overall_after"] == p.doc["flat_years"][0]["overall_before"]);
}

TEST_CASE("what-if: a budget in another currency is a usage error (E0512)", "[roadmap]") {
  cli::AssessOptions o;
  o.run.budget_per_year = driver::Quantity{300000, "USD"};
  auto p = roadmap_json(copy_of("tests/roadmap/bank"), o);
  CHECK(p.exit == Exit::Usage);
  // Asked for JSON, the diagnostics come as JSON on stdout.
  INFO(p.text);
  CHECK(p.text.find("\"E0512\"") != std::string::npos);
  CHECK(p.text.find("--budget-per-year is in USD, this assessment budgets in EUR") != std::string::npos);
}

TEST_CASE("scenarios: more budget and capacity never reach fewer targets", "[roadmap]") {
  auto dir = copy_of("tests/roadmap/bank", [](std::string a) {
    return a + R"(scenarios:
  - {name: lean, budget-per-year: 60000 EUR, capacity-per-quarter: 2 pm}
  - {name: half budget, budget-per-year: 75000 EUR}
  - {name: more capacity, capacity-per-quarter: 4 pm}
  - {name: double both, budget-per-year: 300000 EUR, capacity-per-quarter: 6 pm}
  - {name: five years, years: 5}
)";
  });
  auto p = roadmap_json(dir);
  REQUIRE(p.exit == Exit::Ok);
  const auto& sc = p.doc["scenarios"];
  REQUIRE(sc.size() == 5);
  std::vector<std::tuple<double, double, int, int, double>> rows{
      {p.doc["budget_per_year"], p.doc["capacity_per_quarter_pm"], 3, p.doc["reached"], 0}};
  for (const auto& s : sc) rows.emplace_back(s["budget_per_year"], s["capacity_per_quarter_pm"], s["years"], s["reached"], 0);
  for (const auto& [b1, c1, y1, r1, _1] : rows)
    for (const auto& [b2, c2, y2, r2, _2] : rows)
      if (b2 >= b1 && c2 >= c1 && y2 >= y1) CHECK(r2 >= r1);
  CHECK(sc[0]["reached"].get<int>() < p.doc["reached"].get<int>());  // lean reaches fewer
  CHECK(sc[3]["reached"].get<int>() > p.doc["reached"].get<int>());  // double both reaches more
}

TEST_CASE("progress: done initiatives stay out, started ones run from the first quarter", "[roadmap]") {
  auto dir = copy_of("tests/roadmap/bank", [](std::string a) {
    return a + "progress: {governance-board: done, appoint-line-owners: started}\n";
  });
  auto p = roadmap_json(dir);
  REQUIRE(p.exit == Exit::Ok);
  CHECK(p.doc["done"] == nlohmann::json::array({"governance-board"}));
  bool started = false;
  for (const auto& i : p.doc["initiatives"]) {
    CHECK(i["id"] != "governance-board");
    if (i["id"] == "appoint-line-owners") {
      started = true;
      CHECK(i["status"] == "started");
      CHECK(i["start"] == "2027-Q1");  // it waited for governance-board; under way, it waits for nothing
    }
  }
  CHECK(started);
}
