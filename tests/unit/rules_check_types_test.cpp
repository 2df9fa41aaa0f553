// Tests of rule type-checking and compilation (src/rules), types: quantities and
// their base units, collections and conditions, functions, comparisons and
// arithmetic, membership and logic, quantifiers and filters; fixture in
// test_util.h (test::rules_check).
#include <catch2/catch.hpp>

#include "rules/check.h"
#include "rules_check_fixture.h"

using namespace kubus;
using namespace kubus::test::rules_check;
using kubus::rules::dump;

TEST_CASE("rules: quantities convert to base units once", "[rules]") {
  auto c = expect_t("t.cost > 4 EUR and 2 days == 48 h and t.cost > 0");
  INFO(c.all_text());
  REQUIRE(c.errors() == 0);
  std::string d = dump(c.rule("r").expect);
  CHECK(d.find("4 EUR[1]") != std::string::npos);
  CHECK(d.find("(== 172800[2] 172800[2])") != std::string::npos);
  CHECK(d.find("(> (. $0 cost touchpoint:field#13) 0[1])") != std::string::npos);  // zero takes the cost's dimension
}

TEST_CASE("rules: a plain number is a rate per year, as in the model", "[rules]") {
  auto c = expect_t("t.volume > 100000 and t.volume - 5 > 10 /month");
  INFO(c.all_text());
  REQUIRE(c.errors() == 0);
  std::string d = dump(c.rule("r").expect);
  CHECK(d.find("(> (. $0 volume touchpoint:field#12) 100000[4])") != std::string::npos);
  CHECK(d.find("(- (. $0 volume touchpoint:field#12) 5[4])") != std::string::npos);
  CHECK(d.find("120[4]") != std::string::npos);
  CHECK(expect_t("t.cost > 5").of(Code::TypeMismatch).size() == 1);  // money is never unit-less
}

TEST_CASE("rules: collections and conditions", "[rules]") {
  SECTION("for over a single value") {
    auto c = check("rule r {\n  for t in none\n  expect true\n}\nrule s {\n  for x in count(touchpoints)\n  expect true\n}\n");
    const auto& d = c.only(Code::NotACollection);
    CHECK(d.span.line == kFirstLine + 5);
    CHECK(d.message == "`for` needs a collection, but this is a number");
  }
  SECTION("quantifier over a single value") {
    auto c = expect_t("all r in t.owner: r.holder is none");
    const auto& d = c.only(Code::NotACollection);
    CHECK(d.message == "`all` needs a collection, but this is a role");
    CHECK(d.span.col == 19);
  }
  SECTION("expect must be true or false") {
    auto c = expect_t("t.effort");
    const auto& d = c.only(Code::NotBoolean);
    CHECK(d.message == "the `expect` condition must be true or false, but this is a number");
    CHECK(d.span.col == 10);
    CHECK(d.span.end_col == 18);
  }
  SECTION("where must be true or false") {
    auto c = check("rule r {\n  for t in touchpoints where t.channels\n  expect true\n}\n");
    CHECK(c.only(Code::NotBoolean).help.find("count(...) > 0") != std::string::npos);
  }
  SECTION("a list of booleans suggests a quantifier") {
    auto c = expect_t("t.uses.shared");
    CHECK(c.only(Code::NotBoolean).help.find("any x in") != std::string::npos);
  }
}

TEST_CASE("rules: functions", "[rules]") {
  SECTION("count takes any list") {
    auto c = expect_t("count(t.channels) + count(touchpoints) + count(t.uses.capabilities) + count(none) > 0");
    INFO(c.all_text());
    CHECK(c.errors() == 0);
  }
  SECTION("count of a single value") {
    auto c = expect_t("count(t.owner) > 0");
    CHECK(c.only(Code::NotACollection).message == "count(...) needs a list, but this is a role");
  }
  SECTION("sum of entities") {
    auto c = expect_t("sum(t.uses) > 0");
    const auto& d = c.only(Code::NotNumeric);
    CHECK(d.message == "sum(...) needs a list of numbers or quantities, but this is a list of components");
    CHECK(d.span.col == 14);
  }
  SECTION("sum of quantities keeps the dimension") {
    auto c = expect_t("sum(t.uses.cost) > 100 EUR and max(t.channels.cost) < 1 EUR and min(touchpoints.effort) >= 1");
    INFO(c.all_text());
    CHECK(c.errors() == 0);
    auto d = expect_t("sum(t.uses.cost) > 2 days");
    CHECK(d.only(Code::TypeMismatch).message == "cannot compare an amount of money with a duration");
  }
  SECTION("unknown function") {
    auto c = expect_t("cont(t.channels) > 0");
    const auto& d = c.only(Code::UnknownFunction);
    CHECK(d.message == "unknown function 'cont'");
    CHECK(d.help.rfind("did you mean 'count'?", 0) == 0);
    CHECK(d.span.col == 10);
    CHECK(d.span.end_col == 14);
  }
}

TEST_CASE("rules: comparisons and arithmetic", "[rules]") {
  SECTION("different dimensions") {
    auto c = expect_t("t.cost < 2 days");
    const auto& d = c.only(Code::TypeMismatch);
    CHECK(d.message == "cannot compare an amount of money with a duration");
    CHECK(d.span.col == 10);
    CHECK(d.span.end_col == 25);
  }
  SECTION("a quantity with a plain number") {
    CHECK(expect_t("t.cost < 5").only(Code::TypeMismatch).help.find("4.20 EUR") != std::string::npos);
  }
  SECTION("strings are not ordered") {
    CHECK(expect_t("t.purpose < \"b\"").only(Code::TypeMismatch).help ==
          "only numbers, quantities, dates and quarters are ordered");
  }
  SECTION("equality needs compatible types") {
    auto c = expect_t("t.owner == t.department");
    CHECK(c.only(Code::TypeMismatch).message == "cannot compare a role with a department");
    auto l = expect_t("t.channels == email");
    CHECK(l.only(Code::TypeMismatch).help.find("`x in LIST`") != std::string::npos);
  }
  SECTION("none compares with anything") {
    auto c = expect_t("t.owner == none and t.cost != none and none == t.channels and t.effort < none");
    INFO(c.all_text());
    CHECK(c.errors() == 0);
  }
  SECTION("adding across dimensions") {
    CHECK(expect_t("t.cost + 2 days > 0").only(Code::TypeMismatch).message ==
          "cannot add a duration to an amount of money");
  }
  SECTION("arithmetic on non-numbers") {
    auto c = expect_t("t.effort + t.purpose > 0");
    const auto& d = c.only(Code::NotNumeric);
    CHECK(d.message == "'+' needs numbers or quantities, but this is a string");
    CHECK(d.span.col == 21);
  }
  SECTION("multiplying and dividing") {
    auto ok = expect_t("t.cost * 2 > 1 EUR and t.cost / 2 < 10 EUR and t.effort * t.effort / 2 - -1 > 0");
    INFO(ok.all_text());
    CHECK(ok.errors() == 0);
    CHECK(expect_t("t.cost * t.cost > 1 EUR").only(Code::TypeMismatch).message ==
          "cannot multiply an amount of money by an amount of money");
    CHECK(expect_t("t.effort / t.cost > 1").only(Code::TypeMismatch).message ==
          "cannot divide a number by an amount of money");
  }
  SECTION("division by a literal zero") {
    auto c = expect_t("t.effort / 0 > 1");
    const auto& d = c.only(Code::DivisionByZero);
    CHECK(d.span.col == 21);
    CHECK(expect_t("t.cost / (0 EUR) > 1").of(Code::DivisionByZero).size() == 1);
  }
  SECTION("an impossible date") {
    auto c = check("rule r {\n  for o in observations\n  expect o.date < 2026-02-30\n}\n");
    CHECK(c.only(Code::BadDate).message == "no such date '2026-02-30'");
  }
  SECTION("references compare with IDs of any of their kinds") {
    auto c = check("rule r {\n  for k in kpis\n  expect k.of == claim and all h in handoffs: h.from != payout\n}\n");
    INFO(c.all_text());
    REQUIRE(c.errors() == 0);
    const auto& m = c.loaded->model();
    CHECK(dump(c.rule("r").expect).find("(== (. $0 of kpi:field#0) @claim#" + std::to_string(m.find("touchpoint", "claim")) +
                                        ")") != std::string::npos);
  }
  SECTION("unknown unit") {
    auto c = expect_t("t.cost > 5 EURO");
    const auto& d = c.only(Code::BadUnit);
    CHECK(d.message == "unknown unit 'EURO'");
    CHECK(d.help == "did you mean 'EUR'?");
  }
}

TEST_CASE("rules: in, is none and logic", "[rules]") {
  SECTION("in needs a list") {
    auto c = expect_t("claims-manager in t.owner");
    CHECK(c.only(Code::NotACollection).message == "`in` needs a list on its right, but this is a role");
  }
  SECTION("in needs a value of the item type") {
    auto c = expect_t("t.owner in t.channels");
    CHECK(c.only(Code::TypeMismatch).message == "cannot look for a role in a list of channels");
  }
  SECTION("not in") {
    auto c = expect_t("phone not in t.channels");
    REQUIRE(c.errors() == 0);
    CHECK(dump(c.rule("r").expect).rfind("(not-in @phone#", 0) == 0);
  }
  SECTION("is none on anything") {
    auto c = expect_t("t.feedback is none or t.channels is not none or t.phase is none or (t.cost is none)");
    INFO(c.all_text());
    CHECK(c.errors() == 0);
  }
  SECTION("not, and, or need booleans") {
    CHECK(expect_t("not t.effort").only(Code::NotBoolean).message ==
          "the operand of `not` must be true or false, but this is a number");
    auto c = expect_t("t.mandatory and t.owner");
    const auto& d = c.only(Code::NotBoolean);
    CHECK(d.message == "each side of `and` must be true or false, but this is a role");
    CHECK(d.span.col == 26);
    CHECK(expect_t("t.purpose or t.mandatory").of(Code::NotBoolean).size() == 1);
  }
  SECTION("list literals hold one type") {
    CHECK(expect_t("t.phase in [settle, 3]").only(Code::TypeMismatch).message.rfind("the items of a list", 0) == 0);
  }
}

TEST_CASE("rules: quantifiers, filters and shadowing", "[rules]") {
  SECTION("bound variables have the item type") {
    auto c = expect_t("all c in t.uses: c.shared or any k in c.capabilities: k.family == data");
    INFO(c.all_text());
    REQUIRE(c.errors() == 0);
    const auto& r = c.rule("r");
    CHECK(r.slots == 3);
    CHECK(dump(r.expect).find("(== (. $2 family capability:field#0) data#4)") != std::string::npos);
  }
  SECTION("siblings reuse slots") {
    auto c = expect_t("(all a in t.uses: a.shared) and no b in t.channels: b.assisted");
    REQUIRE(c.errors() == 0);
    CHECK(c.rule("r").slots == 2);
  }
  SECTION("shadowing warns and still compiles") {
    auto c = expect_t("all t in t.next: t.mandatory");
    const auto& d = c.only(Code::ShadowedVariable);
    CHECK(d.severity == Severity::Warning);
    CHECK(d.span.col == 14);
    REQUIRE(d.related.size() == 1);
    CHECK(d.related[0].span.line == kFirstLine + 1);
    CHECK(c.errors() == 0);
    CHECK(c.rules.size() == 1);
  }
  SECTION("filter condition") {
    auto c = expect_t("count([c in t.channels where c.cost]) > 0");
    CHECK(c.only(Code::NotBoolean).message ==
          "the `where` condition must be true or false, but this is an amount of money");
  }
  SECTION("a filter is a list of its collection's items") {
    auto c = expect_t("email in [c in t.channels where c.assisted]");
    INFO(c.all_text());
    CHECK(c.errors() == 0);
  }
}
