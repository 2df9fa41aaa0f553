#include <catch2/catch.hpp>

#include "config/assessment.h"
#include "config/yaml.h"
#include "support/sha256.h"
#include "test_util.h"

using namespace kubus;
using namespace kubus::config;

namespace {

const std::string kFixtures = std::string(KUBUS_SOURCE_DIR) + "/tests/config/good";

// A YAML file written to a fresh directory and loaded; diagnostics sorted.
struct Loaded {
  SourceManager sm;
  Diagnostics diags;
  bool unreadable = false;
  std::filesystem::path dir = test::temp_dir();

  std::string write(const std::string& name, const std::string& text) {
    test::write_file(dir / name, text);
    return (dir / name).string();
  }
  // "line:col CODE" of every diagnostic, in order: what the user sees first.
  std::vector<std::string> found() {
    diags.sort(sm);
    std::vector<std::string> out;
    for (const auto& d : diags.all())
      out.push_back(std::to_string(d.span.line) + ":" + std::to_string(d.span.col) + " " + info(d.code).code);
    return out;
  }
  const Diagnostic& only() {
    REQUIRE(diags.all().size() == 1);
    return diags.all().front();
  }
};

std::optional<Matrix> matrix_from(Loaded& l, const std::string& text) {
  return load_matrix(l.write("matrix.yaml", text), l.sm, l.diags, l.unreadable);
}

const char* kHead =
    "kubus-matrix: 1\n"
    "id: t\n"
    "levels:\n"
    "  - {level: 1, name: Ad hoc}\n"
    "  - {level: 2, name: Defined}\n"
    "  - {level: 3, name: Integrated}\n";

// A matrix with one dimension whose criteria are `criteria` (starting on line 10).
std::string with_criteria(const std::string& criteria) {
  return std::string(kHead) +
         "dimensions:\n"
         "  - id: governance\n"
         "    title: Governance\n"
         "    criteria:\n" +
         criteria;
}

std::string assessment(const std::string& overrides_key = {}, const std::string& value = {}) {
  std::vector<std::pair<std::string, std::string>> keys = {
      {"kubus-assessment", "1"},
      {"title", "Test"},
      {"date", "2026-11-23"},
      {"model", "[model/]"},
      {"matrix", "ccm"},
      {"targets", "{governance: 3}"},
      {"horizon", "{start: 2027-Q1, years: 3}"},
      {"capacity", "{per-quarter: 6 pm, budget-per-year: 250000 EUR}"},
  };
  std::string out;
  for (auto& [k, v] : keys) {
    if (k == overrides_key) v = value;
    if (!v.empty()) out += k + ": " + v + "\n";
  }
  return out;
}

std::optional<Assessment> assessment_from(Loaded& l, const std::string& text) {
  return load_assessment(l.write("assessment.yaml", text), l.sm, l.diags, l.unreadable);
}

}  // namespace

TEST_CASE("sha256 matches the FIPS 180-4 test vectors", "[config]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // 55 and 56 bytes: the length fits in the last block, or needs one more.
  CHECK(sha256_hex(std::string(55, 'a')) != sha256_hex(std::string(56, 'a')));
  CHECK(sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("the fixture matrix loads with its values", "[config]") {
  Loaded l;
  auto m = load_matrix(kFixtures + "/matrix.yaml", l.sm, l.diags, l.unreadable);
  REQUIRE(m);
  CHECK(l.diags.all().empty());
  CHECK(m->id == "fixture");
  CHECK(m->title.base() == "Fixture maturity matrix");
  CHECK(m->uses.empty());
  REQUIRE(m->levels.size() == 3);
  CHECK(m->levels[2].name.base() == "Integrated");
  CHECK(m->max_level() == 3);
  REQUIRE(m->dimensions.size() == 2);
  const Dimension* g = m->find("governance");
  REQUIRE(g);
  CHECK(g->weight == 2);
  CHECK(g->description.base() == "Every touchpoint has someone who answers for it.");
  REQUIRE(g->criteria.size() == 3);
  CHECK(g->criteria[0].key() == "rule:fixture-has-owner");
  CHECK(g->criteria[0].threshold == 0.9);
  CHECK(g->criteria[0].weight == 2);
  CHECK(g->criteria[0].level == 2);
  CHECK(g->criteria[0].span.line == 17);
  CHECK(g->criteria[0].span.col == 18);
  CHECK(g->criteria[1].threshold == 1.0);
  CHECK(g->criteria[1].weight == 1.0);
  CHECK(g->criteria[2].key() == "gap:uncovered-handoff");
  CHECK(g->criteria[2].gap == schema::GapKind::UncoveredHandoff);  // the kind, parsed once
  CHECK(g->criteria[2].level == 3);
  const Dimension* c = m->find("culture");
  REQUIRE(c);
  CHECK(c->weight == 1);
  REQUIRE(c->criteria.size() == 1);
  CHECK(c->criteria[0].kind == CriterionKind::Observed);
  CHECK(c->criteria[0].min == 4);
  CHECK(m->find("strategy") == nullptr);
  std::ifstream in(kFixtures + "/matrix.yaml", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(m->hash == sha256_hex(bytes));
  CHECK(m->hash.size() == 64);
}

TEST_CASE("matrix structure errors are located", "[config]") {
  Loaded l;
  SECTION("version") {
    auto m = matrix_from(l, "kubus-matrix: 2\nid: t\nlevels: [{level: 1, name: A}]\ndimensions: []\n");
    CHECK_FALSE(m);
    CHECK(l.found() == std::vector<std::string>{"1:15 E0507", "4:13 E0505"});
  }
  SECTION("malformed YAML has a location, not yaml-cpp's text") {
    CHECK_FALSE(matrix_from(l, "kubus-matrix: 1\nid: [t\nlevels: x\n"));
    REQUIRE(l.diags.all().size() == 1);
    CHECK(l.diags.all()[0].code == Code::YamlSyntax);
    CHECK(l.diags.all()[0].span.line >= 2);
  }
  SECTION("unknown and missing keys, did-you-mean") {
    CHECK_FALSE(matrix_from(l, "kubus-matrix: 1\nid: t\nlevles: []\ndimensions: []\n"));
    auto f = l.found();
    CHECK(f == std::vector<std::string>{"1:1 E0503", "3:1 E0502", "4:13 E0505"});
    CHECK(l.diags.all()[1].help == "did you mean 'levels'?");
  }
  SECTION("levels consecutive from 1, with names") {
    CHECK_FALSE(matrix_from(l, "kubus-matrix: 1\nid: t\nlevels:\n  - {level: 1, name: A}\n  - {level: 3, name: C}\n"
                               "  - {level: 3, name: \"\"}\n  - {level: 4}\n"
                               "dimensions: [{id: d, title: D, criteria: {}}]\n"));
    CHECK(l.found() == std::vector<std::string>{"5:13 E0505", "6:22 E0505", "7:5 E0503"});
  }
  SECTION("empty file") {
    CHECK_FALSE(matrix_from(l, ""));
    CHECK(l.only().code == Code::YamlWrongType);
  }
  SECTION("unreadable") {
    CHECK_FALSE(load_matrix((l.dir / "none.yaml").string(), l.sm, l.diags, l.unreadable));
    CHECK(l.unreadable);
    CHECK(l.only().code == Code::CannotRead);
  }
}

TEST_CASE("dimension errors are located", "[config]") {
  Loaded l;
  SECTION("duplicate dimension ID points at the first") {
    CHECK_FALSE(matrix_from(l, std::string(kHead) + "dimensions:\n  - {id: a, title: A, criteria: {}}\n"
                                                      "  - {id: a, title: B, criteria: {}}\n"));
    const auto& d = l.only();
    CHECK(d.code == Code::DuplicateConfigId);
    CHECK(d.span.line == 9);
    REQUIRE(d.related.size() == 1);
    CHECK(d.related[0].span.line == 8);
  }
  SECTION("weight must be positive; title required") {
    CHECK_FALSE(matrix_from(l, std::string(kHead) + "dimensions:\n  - {id: a, weight: 0, criteria: {}}\n"));
    CHECK(l.found() == std::vector<std::string>{"8:5 E0503", "8:21 E0505"});
  }
  SECTION("weight must be a number") {
    CHECK_FALSE(matrix_from(l, std::string(kHead) + "dimensions:\n  - {id: a, title: A, weight: heavy, criteria: {}}\n"));
    CHECK(l.found() == std::vector<std::string>{"8:31 E0504"});
  }
  SECTION("no dimensions") {
    CHECK_FALSE(matrix_from(l, std::string(kHead) + "dimensions: []\n"));
    CHECK(l.found() == std::vector<std::string>{"7:13 E0505"});
  }
}

TEST_CASE("criteria errors are located", "[config]") {
  Loaded l;
  SECTION("a level outside the matrix") {
    CHECK_FALSE(matrix_from(l, with_criteria("      4: [{rule: a}]\n      1: [{rule: b}]\n")));
    CHECK(l.found() == std::vector<std::string>{"11:7 E0505", "12:7 E0505"});
  }
  SECTION("levels out of order") {
    CHECK_FALSE(matrix_from(l, with_criteria("      3: [{rule: a}]\n      2: [{rule: b}]\n")));
    CHECK(l.found() == std::vector<std::string>{"12:7 E0505"});
    CHECK(l.diags.all()[0].message == "level 2 comes after level 3");
  }
  SECTION("a level given twice") {
    CHECK_FALSE(matrix_from(l, with_criteria("      2: [{rule: a}]\n      2: [{rule: b}]\n")));
    CHECK(l.found() == std::vector<std::string>{"12:7 E0506"});
  }
  SECTION("exactly one form") {
    CHECK_FALSE(matrix_from(l, with_criteria("      2: [{threshold: 1}, {rule: a, gap: ping-pong}]\n")));
    CHECK(l.found() == std::vector<std::string>{"11:11 E0503", "11:37 E0505"});
  }
  SECTION("observed needs min in 1..5; min only with observed") {
    CHECK_FALSE(matrix_from(l, with_criteria("      2: [{observed: p}, {observed: q, min: 6}, {rule: r, min: 2}]\n")));
    CHECK(l.found() == std::vector<std::string>{"11:11 E0503", "11:45 E0505", "11:59 E0505"});
  }
  SECTION("threshold in 0..1 and weight > 0") {
    CHECK_FALSE(matrix_from(l, with_criteria("      2: [{rule: a, threshold: 1.5}, {rule: b, weight: -1}]\n"
                                             "      3: [{rule: c, threshold: 0, weight: 0.5}]\n")));
    CHECK(l.found() == std::vector<std::string>{"11:32 E0505", "11:56 E0505"});
  }
  SECTION("an unknown gap kind, did-you-mean") {
    CHECK_FALSE(matrix_from(l, with_criteria("      2: [{gap: ping-pongg}]\n")));
    CHECK(l.only().code == Code::UnknownConfigRef);
    CHECK(l.only().span.col == 17);
    CHECK(l.only().help == "did you mean 'ping-pong'?");
  }
  SECTION("a duplicate criterion in one level, but not across levels") {
    CHECK_FALSE(matrix_from(l, with_criteria("      2: [{rule: a}, {rule: a, threshold: 0.5}]\n      3: [{rule: a}]\n")));
    CHECK(l.found() == std::vector<std::string>{"11:29 E0509"});
    CHECK(l.only().related.at(0).span.col == 18);
  }
  SECTION("unknown keys in a criterion") {
    CHECK_FALSE(matrix_from(l, with_criteria("      2: [{rule: a, treshold: 0.5}]\n")));
    CHECK(l.found() == std::vector<std::string>{"11:21 E0502"});
    CHECK(l.only().help == "did you mean 'threshold'?");
  }
}

TEST_CASE("check_references finds rules and practices with did-you-mean", "[config]") {
  auto model = test::load_files({{"m.kubus", "practice listening \"L\"\n"
                                             "rule has-owner \"R\" {\n  for t in touchpoints\n  expect t.owner != none\n}\n"}});
  REQUIRE_FALSE(model->diags.has_errors());
  Loaded l;
  auto m = matrix_from(l, with_criteria("      2: [{rule: has-owner}, {rule: has-ownr}, {gap: ping-pong}]\n"
                                        "      3: [{observed: listening, min: 3}, {observed: listen, min: 3}]\n"));
  REQUIRE(m);
  check_references(*m, model->model(), l.diags);
  CHECK(l.found() == std::vector<std::string>{"11:37 E0508", "12:53 E0508"});
  CHECK(l.diags.all()[0].help == "did you mean 'has-owner'?");
  CHECK(l.diags.all()[1].message.find("no practice 'listen'") == 0);
}

TEST_CASE("find_matrix: a path as given, else ID/matrix.yaml on the library path", "[config]") {
  auto lib = test::temp_dir();
  test::write_file(lib / "ccm2" / "matrix.yaml", "kubus-matrix: 1\n");
  CHECK(find_matrix("ccm2", {(lib / "none").string(), lib.string()}) == (lib / "ccm2" / "matrix.yaml").generic_string());
  CHECK(find_matrix((lib / "ccm2" / "matrix.yaml").string(), {}) == (lib / "ccm2" / "matrix.yaml").string());
  CHECK_FALSE(find_matrix("other", {lib.string()}));
  CHECK_FALSE(find_matrix("ccm2/missing.yaml", {lib.string()}));
}

TEST_CASE("quarters and dates", "[config]") {
  CHECK(Quarter::parse("2027-Q1")->index() == 2027 * 4);
  CHECK(Quarter::parse("2027-Q4")->text() == "2027-Q4");
  CHECK(Quarter{2027, 3}.text() == "2027-Q3");
  for (auto bad : {"2027-Q5", "2027-Q0", "2027Q1", "27-Q1", "2027-q1", "2027-Q1x", ""})
    CHECK_FALSE(Quarter::parse(bad));
  CHECK(quarter_of_date("2026-11-23")->text() == "2026-Q4");
  CHECK(quarter_of_date("2026-03-31")->text() == "2026-Q1");
  CHECK(quarter_of_date("2024-02-29"));
  CHECK(quarter_of_date("2000-02-29"));
  for (auto bad : {"2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-1", "26-01-01"})
    CHECK_FALSE(quarter_of_date(bad));
}

TEST_CASE("the fixture assessment loads with resolved paths", "[config]") {
  Loaded l;
  auto a = load_assessment(kFixtures, l.sm, l.diags, l.unreadable);  // a directory: DIR/assessment.yaml
  REQUIRE(a);
  CHECK(l.diags.all().empty());
  CHECK(a->title == "Fixture assessment");
  CHECK(a->date == "2026-11-23");
  CHECK(a->dir == kFixtures);
  CHECK(a->model == std::vector<std::string>{kFixtures + "/model/"});
  CHECK(a->matrix == kFixtures + "/matrix.yaml");
  REQUIRE(a->targets.size() == 2);
  CHECK(a->targets.at("governance").level == 3);
  CHECK(a->targets.at("governance").span.line == 6);
  CHECK(a->start->text() == "2027-Q1");
  CHECK(a->years == 3);
  CHECK(a->capacity_pm == 6);
  CHECK(a->budget_per_year == 250000);
  CHECK(a->currency == "EUR");
  CHECK(a->initiatives.empty());
}

TEST_CASE("assessment values", "[config]") {
  Loaded l;
  SECTION("a matrix ID stays an ID; initiatives resolve") {
    auto a = assessment_from(l, assessment() + "initiatives: [extra.yaml]\n");
    REQUIRE(a);
    CHECK(a->matrix == "ccm");
    CHECK(a->initiatives == std::vector<std::string>{(l.dir / "extra.yaml").generic_string()});
  }
  SECTION("a single model path") {
    auto a = assessment_from(l, assessment("model", "model.kubus"));
    REQUIRE(a);
    CHECK(a->model == std::vector<std::string>{(l.dir / "model.kubus").generic_string()});
  }
  SECTION("the date is required and must be a real date") {
    CHECK_FALSE(assessment_from(l, assessment("date", "")));
    CHECK(l.found() == std::vector<std::string>{"1:1 E0503"});
  }
  SECTION("an impossible date") {
    CHECK_FALSE(assessment_from(l, assessment("date", "2026-02-30")));
    CHECK(l.found() == std::vector<std::string>{"3:7 E0214"});
  }
  SECTION("a bad quarter and years outside 1..10") {
    CHECK_FALSE(assessment_from(l, assessment("horizon", "{start: 2027-Q5, years: 11}")));
    CHECK(l.found() == std::vector<std::string>{"7:18 E0214", "7:34 E0505"});
  }
  SECTION("a horizon before the date's quarter") {
    CHECK_FALSE(assessment_from(l, assessment("horizon", "{start: 2026-Q3, years: 3}")));
    CHECK(l.found() == std::vector<std::string>{"7:18 E0511"});
  }
  SECTION("the date's own quarter is allowed") {
    CHECK(assessment_from(l, assessment("horizon", "{start: 2026-Q4, years: 1}")));
  }
  SECTION("zero capacity, a wrong unit, a missing key") {
    CHECK_FALSE(assessment_from(l, assessment("capacity", "{per-quarter: 0 pm, budget-per-year: 5 pm}")));
    CHECK(l.found() == std::vector<std::string>{"8:25 E0505", "8:48 E0210"});
    l.diags = Diagnostics{};
    CHECK_FALSE(assessment_from(l, assessment("capacity", "{per-quarter: 6 pm}")));
    CHECK(l.found() == std::vector<std::string>{"8:11 E0503"});
  }
  SECTION("version and unknown keys") {
    CHECK_FALSE(assessment_from(l, assessment("kubus-assessment", "3") + "horizn: 1\n"));
    CHECK(l.found() == std::vector<std::string>{"1:19 E0507", "9:1 E0502"});
  }
  SECTION("targets: levels are whole numbers") {
    CHECK_FALSE(assessment_from(l, assessment("targets", "{governance: high}")));
    CHECK(l.found() == std::vector<std::string>{"6:23 E0504"});
  }
}

TEST_CASE("scenarios and progress", "[config]") {
  Loaded l;
  SECTION("a scenario replaces what it names; the rest is the assessment's") {
    auto a = assessment_from(l, assessment() +
                                    "scenarios:\n"
                                    "  - {name: double budget, budget-per-year: 500000 EUR}\n"
                                    "  - {name: more people, capacity-per-quarter: 120 pd, years: 5}\n");
    REQUIRE(a);
    REQUIRE(a->scenarios.size() == 2);
    CHECK(a->scenarios[0].name == "double budget");
    auto doubled = a->with(a->scenarios[0]);
    CHECK(doubled.budget_per_year == 500000);
    CHECK(doubled.capacity_pm == 6);
    CHECK(doubled.years == 3);
    CHECK(doubled.scenarios.empty());
    auto people = a->with(a->scenarios[1]);
    CHECK(people.capacity_pm == Approx(6));  // 120 pd = 6 pm
    CHECK(people.years == 5);
    CHECK(people.budget_per_year == 250000);
  }
  SECTION("zero or negative budget, another currency, a name twice, bad years: each at its line") {
    CHECK_FALSE(assessment_from(l, assessment() +
                                       "scenarios:\n"
                                       "  - {name: a, budget-per-year: 0 EUR}\n"
                                       "  - {name: b, budget-per-year: -5 EUR}\n"
                                       "  - {name: c, budget-per-year: 5 USD}\n"
                                       "  - {name: a, years: 0}\n"
                                       "  - {budget-per-year: 5 EUR}\n"));
    CHECK(l.found() == std::vector<std::string>{"10:32 E0505", "11:32 E0505", "12:32 E0505", "13:12 E0509",
                                                "13:22 E0505", "14:5 E0503"});
  }
  SECTION("progress: started or done, with did-you-mean for a state") {
    auto a = assessment_from(l, assessment() + "progress: {governance-board: done, appoint-line-owners: started}\n");
    REQUIRE(a);
    CHECK(a->progress.at("governance-board").state == ProgressState::Done);
    CHECK(a->progress.at("appoint-line-owners").state == ProgressState::Started);
    CHECK_FALSE(assessment_from(l, assessment() + "progress: {governance-board: don}\n"));
    CHECK(l.found() == std::vector<std::string>{"9:30 E0505"});
    CHECK(l.only().help.find("did you mean 'done'?") == 0);
  }
}

TEST_CASE("check_targets: known dimensions at matrix levels", "[config]") {
  Loaded l;
  auto m = load_matrix(kFixtures + "/matrix.yaml", l.sm, l.diags, l.unreadable);
  REQUIRE(m);
  auto a = assessment_from(l, assessment("targets", "{governance: 4, culture: 2, govrnance: 2, strategy: 2}"));
  REQUIRE(a);
  check_targets(*a, *m, l.diags);
  auto f = l.found();
  CHECK(f == std::vector<std::string>{"6:23 E0505", "6:38 E0508", "6:52 E0508"});
  CHECK(l.diags.all()[1].help == "did you mean 'governance'?");
  CHECK(l.diags.all()[2].help == "the dimensions are governance, culture");
}

TEST_CASE("a node repeated through a YAML alias is reported once", "[config]") {
  Loaded l;
  CHECK_FALSE(matrix_from(l, std::string(kHead) + "dimensions:\n  - &d {id: a, title: A, weight: 0, criteria: {}}\n"
                                                    "  - *d\n"));
  CHECK(l.found() == std::vector<std::string>{"8:34 E0505"});
}
