// Tests of rule type-checking and compilation (src/rules), clauses: how many of
// each clause a rule may have, and message templates with their spans; fixture in
// test_util.h (test::rules_check).
#include <catch2/catch.hpp>

#include "rules/check.h"
#include "rules_check_fixture.h"

using namespace kubus;
using namespace kubus::test::rules_check;
using kubus::rules::dump;

TEST_CASE("rules: clause counts", "[rules]") {
  SECTION("missing expect") {
    auto c = check("rule no-expect {\n  for t in touchpoints\n}\n");
    const auto& d = c.only(Code::MissingExpect);
    CHECK(d.span.line == kFirstLine);
    CHECK(d.span.col == 6);
    CHECK(d.message == "rule 'no-expect' has no `expect` clause");
    CHECK(c.rules.empty());
  }
  SECTION("two expects") {
    auto c = check("rule twice {\n  expect true\n  expect false\n}\n");
    const auto& d = c.only(Code::DuplicateClause);
    CHECK(d.span.line == kFirstLine + 2);
    REQUIRE(d.related.size() == 1);
    CHECK(d.related[0].span.line == kFirstLine + 1);
  }
  SECTION("two fors") {
    auto c = check("rule twice {\n  for t in touchpoints\n  for c in components\n  expect true\n}\n");
    CHECK(c.only(Code::DuplicateClause).span.line == kFirstLine + 2);
  }
}

TEST_CASE("rules: message templates", "[rules]") {
  auto msg = [](const std::string& m) {
    return check("rule r {\n  message: \"" + m + "\"\n  for t in touchpoints\n  expect true\n}\n");
  };
  SECTION("text and expressions") {
    auto c = msg("{{literal}} {t.owner.department} has {count(t.channels)} channels");
    INFO(c.all_text());
    REQUIRE(c.errors() == 0);
    const auto& parts = c.rule("r").message;
    REQUIRE(parts.size() == 5);
    CHECK(parts[0].text == "{literal} ");
    CHECK(dump(*parts[1].expr) == "(. (. $0 owner touchpoint:field#4) department role:field#0)");
    CHECK(parts[2].text == " has ");
    CHECK(dump(*parts[3].expr) == "(count (. $0 channels touchpoint:field#6))");
  }
  SECTION("an unknown field points into the message") {
    auto c = msg("owned by {t.ownr}");
    const auto& d = c.only(Code::UnknownPathField);
    CHECK(d.span.line == kFirstLine + 1);
    CHECK(d.span.col == 25);  // `  message: "owned by {t.` is 24 columns
    CHECK(d.span.end_col == 29);
    CHECK(d.help == "did you mean 'owner'?");
  }
  SECTION("escapes shift columns") {
    auto c = msg("\\\"{t.ownr}\\\"");
    CHECK(c.only(Code::UnknownPathField).span.col == 18);
  }
  SECTION("a string inside an expression") {
    auto c = msg("{t.purpose == \\\"a}b\\\"}");
    INFO(c.all_text());
    CHECK(c.errors() == 0);
  }
  SECTION("unknown names are checked in the rule's scope") {
    CHECK(msg("{x}").only(Code::UnknownName).message == "unknown name 'x'");
  }
  SECTION("syntax errors") {
    auto c = msg("owned by {t.}");
    const auto& d = c.only(Code::BadMessage);
    CHECK(d.message.rfind("the expression in '{...}' does not parse", 0) == 0);
    CHECK(d.span.col == 25);
  }
  SECTION("unbalanced braces") {
    CHECK(msg("owned by {t.owner").only(Code::BadMessage).message == "'{' is never closed in the message");
    CHECK(msg("owned by t}").only(Code::BadMessage).span.col == 23);
    CHECK(msg("{t {x}}").only(Code::BadMessage).message == "'{' inside an interpolated expression");
    CHECK(msg("a {} b").only(Code::BadMessage).message == "empty '{}' in the message");
  }
  SECTION("one expression per braces") {
    auto c = msg("{t expect t}");
    const auto& d = c.only(Code::BadMessage);
    CHECK(d.message == "'{...}' in a message holds one expression");
    CHECK(d.span.col == 16);  // the second expression, `expect t`, up to the closing brace
    CHECK(d.span.end_col == 24);
  }
}
