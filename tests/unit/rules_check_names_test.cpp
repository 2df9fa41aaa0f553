// Tests of rule type-checking and compilation (src/rules), names and paths: the
// spec's example rules, how names and IDs resolve, unknown names and fields, and
// paths through relations; fixture in test_util.h (test::rules_check).
#include <catch2/catch.hpp>

#include "rules/check.h"
#include "rules_check_fixture.h"

using namespace kubus;
using namespace kubus::test::rules_check;
using kubus::rules::dump;

TEST_CASE("rules: the spec's example rules check and compile", "[rules]") {
  auto c = check(R"(
rule mandatory-owned-by-line "Unavoidable touchpoints are owned by the line" {
  severity: error
  rationale: "Responsibility for a contact moment belongs in the line organisation."
  message: "{t} is owned by {t.owner}, a {t.department.kind} department"
  for t in touchpoints where t.mandatory
  expect t.owner is not none and t.department.kind == line
}

rule one-customer-history "Every channel sees the same customer history" {
  expect count([c in components where customer-history in c.capabilities]) == 1
}
)");
  INFO(c.all_text());
  REQUIRE(c.errors() == 0);
  REQUIRE(c.rules.size() == 2);
  const auto& r = c.rule("mandatory-owned-by-line");
  CHECK(r.var == "t");
  REQUIRE(r.collection);
  CHECK(dump(*r.collection) == "*touchpoint");
  REQUIRE(r.where);
  CHECK(dump(*r.where) == "(. $0 mandatory touchpoint:field#1)");
  CHECK(dump(r.expect) ==
        "(and (is-not-none (. $0 owner touchpoint:field#4)) "
        "(== (. (. $0 department touchpoint:derived#0) kind department:field#0) line#0))");
  REQUIRE(r.message.size() == 6);
  CHECK(dump(*r.message[0].expr) == "$0");
  CHECK(r.message[1].text == " is owned by ");
  CHECK(r.message[5].text == " department");
  CHECK(r.slots == 1);

  const auto& one = c.rule("one-customer-history");
  CHECK_FALSE(one.collection);
  CHECK(dump(one.expect).find("(filter $0 *component (in @customer-history#") != std::string::npos);
  CHECK(one.slots == 1);
}

TEST_CASE("rules: names resolve by the other operand's type", "[rules]") {
  auto c = check(R"(
rule names {
  for t in touchpoints
  expect t.phase == settle and settle == t.phase and email in t.channels and t.phase in [settle, use]
}
)");
  INFO(c.all_text());
  REQUIRE(c.errors() == 0);
  std::string d = dump(c.rule("names").expect);
  CHECK(d.find("(== (. $0 phase touchpoint:field#0) settle#2)") != std::string::npos);
  CHECK(d.find("(== settle#2 (. $0 phase touchpoint:field#0))") != std::string::npos);
  const auto& m = c.loaded->model();
  CHECK(d.find("(in @email#" + std::to_string(m.find("channel", "email")) + " (. $0 channels") != std::string::npos);
  CHECK(d.find("(in (. $0 phase touchpoint:field#0) (list settle#2 use#3))") != std::string::npos);
}

TEST_CASE("rules: unknown names", "[rules]") {
  SECTION("a kind instead of its collection") {
    auto c = check("rule r {\n  for t in touchpoint\n  expect true\n}\n");
    const auto& d = c.only(Code::UnknownName);
    CHECK(d.message == "unknown name 'touchpoint'");
    CHECK(d.help == "did you mean 'touchpoints'?");
    CHECK(d.span.line == kFirstLine + 1);
    CHECK(d.span.col == 12);
    CHECK(d.span.end_col == 22);
  }
  SECTION("a misspelt variable") {
    auto c = expect_t("tt.mandatory");
    CHECK(c.only(Code::UnknownName).help == "did you mean 't'?");
  }
  SECTION("an enum value not among the choices") {
    auto c = expect_t("t.phase == setle");
    const auto& d = c.only(Code::UnknownName);
    CHECK(d.message == "'setle' is not a phase");
    CHECK(d.help.rfind("did you mean 'settle'?", 0) == 0);
    CHECK(d.span.col == 21);
  }
  SECTION("an enum value of a list field") {
    auto c = expect_t("survey in t.feedback.sources and complaint in t.feedback.sources");
    const auto& d = c.only(Code::UnknownName);
    CHECK(d.message == "'complaint' is not a source");
    CHECK(d.help.rfind("did you mean 'complaints'?", 0) == 0);
  }
  SECTION("an unknown channel ID") {
    auto c = expect_t("emal in t.channels");
    const auto& d = c.only(Code::UnknownName);
    CHECK(d.message == "unknown channel 'emal'");
    CHECK(d.help == "did you mean 'email'?");
  }
  SECTION("an unknown capability ID") {
    auto c = check("rule r {\n  for c in components\n  expect customer-histroy in c.capabilities\n}\n");
    CHECK(c.only(Code::UnknownName).help == "did you mean 'customer-history'?");
  }
  SECTION("an ID of the wrong kind") {
    auto c = expect_t("claims in t.channels");
    CHECK(c.only(Code::UnknownName).help == "'claims' is a department, but the other side is a channel");
  }
  SECTION("rules are not a collection") {
    CHECK(expect_t("count(rules) > 0").only(Code::UnknownName).message == "unknown name 'rules'");
  }
  SECTION("names that nothing gives a meaning") {
    auto c = expect_t("settle == use");
    CHECK(c.of(Code::UnknownName).size() == 1);  // the second is not reported again
  }
}

TEST_CASE("rules: paths", "[rules]") {
  SECTION("unknown field") {
    auto c = expect_t("t.ownr is none");
    const auto& d = c.only(Code::UnknownPathField);
    CHECK(d.message == "touchpoint has no field 'ownr'");
    CHECK(d.help == "did you mean 'owner'?");
    CHECK(d.span.line == kFirstLine + 2);
    CHECK(d.span.col == 12);
    CHECK(d.span.end_col == 16);
  }
  SECTION("unknown field through a list") {
    auto c = expect_t("count(t.uses.capabilites) > 0");
    const auto& d = c.only(Code::UnknownPathField);
    CHECK(d.message == "component has no field 'capabilites'");
    CHECK(d.help == "did you mean 'capabilities'?");
  }
  SECTION("a path over a list maps and flattens") {
    auto c = expect_t("customer-history in t.uses.capabilities");
    INFO(c.all_text());
    REQUIRE(c.errors() == 0);
    CHECK(dump(c.rule("r").expect).find("(.* (. $0 uses touchpoint:field#7) capabilities component:field#0)") !=
          std::string::npos);
  }
  SECTION("a field of a value that has none") {
    auto c = expect_t("t.phase.name == 1");
    CHECK(c.only(Code::UnknownPathField).message == "a phase has no field 'name'");
  }
  SECTION("derived relations, handoffs and blocks") {
    auto c = check(R"(
rule derived {
  for t in touchpoints
  expect t.department.kind == line and t.feedback.closed-loop and count(t.outgoing) + count(t.incoming) >= 0
    and count(t.kpis) >= 0 and all h in t.outgoing: h.from == t and h.to.phase == settle
}
rule handoffs {
  for h in handoffs where h.crosses
  expect h.covered or count(h.slas) > 0
}
rule more {
  expect count(departments) > 0 and all d in departments: count(d.roles) + count(d.touchpoints) + count(d.components) >= 0
    and all c in components: count(c.users) >= 0
    and all p in practices: avg(p.observations.level) >= 1
    and all k in kpis: k.metric == nps and k.actual < 30 and k.of.phase == settle
    and all u in units: count(u.touchpoints) > 0
    and all o in observations: o.date < 2026-02-01 and o.confidence == medium
    and 2027-Q1 < 2027-Q2
}
)");
    INFO(c.all_text());
    REQUIRE(c.errors() == 0);
    CHECK(c.rules.size() == 3);
    std::string h = dump(*c.rule("handoffs").where);
    CHECK(h == "(. $0 crosses handoff:derived#4)");
    std::string d = dump(c.rule("derived").expect);
    CHECK(d.find("(. (. $0 feedback touchpoint:field#14) closed-loop feedback:field#2)") != std::string::npos);
    CHECK(d.find("(. $0 outgoing touchpoint:derived#1)") != std::string::npos);
    std::string m = dump(c.rule("more").expect);
    INFO(m);
    CHECK(m.find("(== (. $3 metric kpi:field#1) 'nps')") != std::string::npos);  // quantifier bodies nest to the end
  }
}

TEST_CASE("rules: a broken rule is left out, the others still compile", "[rules]") {
  auto c = check("rule bad {\n  expect nonsense\n}\nrule good {\n  expect count(touchpoints) == 2\n}\n");
  CHECK(c.of(Code::UnknownName).size() == 1);
  REQUIRE(c.rules.size() == 1);
  CHECK(c.loaded->model().entities[c.rules[0].entity].id == "good");
}
