// Targets against actuals (docs/language.md §7a) and the derived business unit
// of a touchpoint (§7): the formulas on their own, then as rules read them.
#include <catch2/catch.hpp>

#include <cmath>

#include "eval/eval.h"
#include "model/target.h"
#include "test_util.h"

using namespace kubus;
using ast::CmpOp;

namespace {

// The value of a rule expression over the one KPI or SLA called `x`: "none",
// "true", "false" or the number.
std::string read(const std::string& model, const std::string& expr) {
  auto c = test::compile_text(model + "\nrule probe {\n  message: \"{" + expr +
                              "}\"\n  for x in kpis\n  expect false\n}\nrule probe-sla {\n  message: \"{" + expr +
                              "}\"\n  for x in slas\n  expect false\n}\n");
  std::string messages;
  for (const auto& d : c.loaded->diags.all()) messages += d.message + "\n";
  INFO(messages);
  REQUIRE_FALSE(c.loaded->diags.has_errors());
  auto results = eval::evaluate(c.loaded->model(), c.rules);
  for (const auto& r : results)
    for (const auto& i : r.instances) return i.message;
  FAIL("no instance");
  return {};
}

std::string kpi(const std::string& target, const std::string& actual) {
  return "kpi x {\n  metric: nps\n  target: " + target + (actual.empty() ? "" : "\n  actual: " + actual) + "\n}\n";
}

std::string sla(const std::string& target, const std::string& actual) {
  return "department a {\n  kind: line\n}\nsla x {\n  from: a\n  to: a\n  target: " + target +
         (actual.empty() ? "" : "\n  actual: " + actual) + "\n}\n";
}

}  // namespace

TEST_CASE("met: the actual satisfies the target after unit conversion", "[targets]") {
  CHECK(model::meets(CmpOp::Le, 36 * 3600.0, 2 * 86400.0));  // 36 h meets <= 2 days
  CHECK(model::meets(CmpOp::Le, 8 * 3600.0, 8 * 3600.0));    // 8 h meets <= 8 h
  CHECK_FALSE(model::meets(CmpOp::Lt, 8 * 3600.0, 8 * 3600.0));
  CHECK(model::meets(CmpOp::Ge, -10, -10));
  CHECK_FALSE(model::meets(CmpOp::Ge, -12, -10));
  CHECK(model::meets(CmpOp::Gt, 31, 30));
  CHECK(model::meets(CmpOp::Eq, 0.1 * 86400, 2.4 * 3600));  // equal after conversion, whatever the last bit
  CHECK_FALSE(model::meets(CmpOp::Eq, 97, 95));
}

TEST_CASE("shortfall: how far the actual misses, relative to the target", "[targets]") {
  CHECK(model::shortfall(CmpOp::Ge, 18, 30, 1) == Approx(0.4));           // NPS 18 against >= 30
  CHECK(model::shortfall(CmpOp::Le, 70 * 3600.0, 48 * 3600.0, 3600) == Approx(22.0 / 48));
  CHECK(model::shortfall(CmpOp::Ge, -12, -10, 1) == Approx(0.2));         // negative targets: |T|
  CHECK(model::shortfall(CmpOp::Le, -8, -10, 1) == Approx(0.2));
  CHECK(model::shortfall(CmpOp::Eq, 90, 100, 1) == Approx(0.1));
  CHECK(model::shortfall(CmpOp::Eq, 110, 100, 1) == Approx(0.1));
  CHECK(model::shortfall(CmpOp::Ge, 31, 30, 1) == 0);                     // met
  CHECK(model::shortfall(CmpOp::Gt, 30, 30, 1) == 0);                     // missed at the boundary: by nothing
  // A target of 0: the absolute difference, in the target's unit.
  CHECK(model::shortfall(CmpOp::Le, 12, 0, 1) == Approx(12));
  CHECK(model::shortfall(CmpOp::Le, 3 * 3600.0, 0, 3600) == Approx(3));   // 3 h against <= 0 h
  CHECK(model::shortfall(CmpOp::Ge, -5, 0, 1) == Approx(5));
}

TEST_CASE("rules read met and shortfall like fields", "[targets][eval]") {
  CHECK(read(kpi(">= 30", "18"), "x.met") == "false");
  CHECK(read(kpi(">= 30", "18"), "x.shortfall") == "0.4");
  CHECK(read(kpi(">= 30", "31"), "x.met") == "true");
  CHECK(read(kpi(">= 30", "31"), "x.shortfall") == "0");
  CHECK(read(kpi(">= -10", "-12"), "x.shortfall") == "0.2");
  CHECK(read(kpi("<= 0", "12"), "x.shortfall") == "12");
  CHECK(read(sla("response-time <= 2 days", "36 h"), "x.met") == "true");
  CHECK(read(sla("response-time <= 48 h", "70 h"), "x.shortfall") == "0.46");
  CHECK(read(sla("response-time <= 8 h", "8 h"), "x.met") == "true");
  CHECK(read(sla("completeness >= 98 %", "91 %"), "x.shortfall") == "0.07");
  // Without an actual both are none: a test sees it, a comparison is false.
  CHECK(read(kpi(">= 30", ""), "x.met is none") == "true");
  CHECK(read(kpi(">= 30", ""), "x.shortfall is none") == "true");
  CHECK(read(kpi(">= 30", ""), "x.met == false") == "false");
}

TEST_CASE("rules filter on met and shortfall", "[targets][eval]") {
  auto c = test::compile_text(R"(
kpi nps {
  metric: nps
  target: >= 30
  actual: 18
}
kpi ces {
  metric: ces
  target: <= 3
  actual: 2.6
}
kpi csat {
  metric: csat
  target: >= 8
  actual: 3
}
kpi fcr {
  metric: fcr
  target: >= 80 %
}
rule close-enough {
  for k in kpis where k.met == false
  expect k.shortfall < 0.5
}
)");
  REQUIRE_FALSE(c.loaded->diags.has_errors());
  auto results = eval::evaluate(c.loaded->model(), c.rules);
  REQUIRE(results.size() == 1);
  CHECK(results[0].total() == 2);  // nps and csat miss; ces is met, fcr unmeasured
  CHECK(results[0].failed == 1);
  CHECK(eval::subject_id(c.loaded->model(), results[0].instances.at(0).subject) == "csat");
}

TEST_CASE("an actual must convert to the target's unit", "[targets][model]") {
  CHECK(test::load_text(sla("response-time <= 2 days", "36 h"))->diags.all().empty());
  CHECK(test::load_text(kpi("<= 4.50 EUR", "5.20 EUR"))->diags.all().empty());
  CHECK(test::load_text(kpi(">= 30", "18"))->has(Code::UnconvertibleActual) == false);
  for (auto [target, actual] : {std::pair{"<= 2 days", "95 %"}, {">= 98 %", "36"}, {"<= 4.50 EUR", "5.10 USD"},
                                {">= 30", "18 %"}, {"<= 48 h", "2 pm"}}) {
    INFO(target << " against " << actual);
    auto l = test::load_text(kpi(target, actual));
    REQUIRE(l->count(Code::UnconvertibleActual) == 1);
    const Diagnostic& d = l->diags.all().front();
    CHECK(d.span.line == 4);  // at the actual
    REQUIRE(d.related.size() == 1);
    CHECK(d.related[0].span.line == 3);  // the target beside it
  }
  auto ne = test::load_text(kpi("!= 0", "3"));
  CHECK(ne->has(Code::WrongType));
}

TEST_CASE("a touchpoint's unit is its owner's department's unless written", "[targets][model]") {
  auto c = test::compile_text(R"(
unit particulier
unit zakelijk
department sales {
  kind: line
  unit: particulier
}
department staff {
  kind: staff
}
role seller {
  department: sales
}
role advisor {
  department: staff
}
touchpoint derived {
  phase: promise
  owner: seller
}
touchpoint written {
  phase: promise
  owner: seller
  unit: zakelijk
}
touchpoint no-unit {
  phase: promise
  owner: advisor
}
touchpoint unowned {
  phase: promise
}
rule units {
  message: "{t.unit}"
  for t in touchpoints
  expect false
}
rule members {
  message: "{count(u.touchpoints)}"
  for u in units
  expect false
}
)");
  REQUIRE_FALSE(c.loaded->diags.has_errors());
  auto results = eval::evaluate(c.loaded->model(), c.rules);
  std::map<std::string, std::string> unit, members;
  for (const auto& i : results[1].instances) unit[eval::subject_id(c.loaded->model(), i.subject)] = i.message;
  for (const auto& i : results[0].instances) members[eval::subject_id(c.loaded->model(), i.subject)] = i.message;
  CHECK(unit["derived"] == "particulier");
  CHECK(unit["written"] == "zakelijk");
  CHECK(unit["no-unit"] == "none");
  CHECK(unit["unowned"] == "none");
  CHECK(members["particulier"] == "1");  // unit.touchpoints sees the derived unit
  CHECK(members["zakelijk"] == "1");
}
