// The name tables of the engine's vocabularies: every enumerator has one name,
// and reading a name gives the enumerator back.
#include <catch2/catch.hpp>

#include <set>

#include "config/criterion_kind.h"
#include "config/matrix.h"
#include "schema/gap_kind.h"
#include "schema/schema.h"
#include "support/severity.h"

using namespace kubus;

TEST_CASE("gap kinds: one name each, read back, in report order", "[vocabulary]") {
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < schema::kGapKinds.size(); ++i) {
    const auto& k = schema::kGapKinds[i];
    CHECK(static_cast<std::size_t>(k.kind) == i);  // the enumerator's value is its place in report order
    CHECK(schema::name_of(k.kind) == k.name);
    CHECK(schema::parse_gap_kind(k.name) == k.kind);
    names.insert(k.name);
  }
  CHECK(names.size() == 6);
  // ENGINE.md §2 in its order.
  CHECK(schema::gap_kind_names() ==
        std::vector<std::string>{"uncovered-handoff", "ping-pong", "island-implementation", "context-break",
                                 "isolated-department", "bottleneck-component"});
  CHECK_FALSE(schema::parse_gap_kind("ping-pongg"));
  CHECK_FALSE(schema::parse_gap_kind(""));
  CHECK_FALSE(schema::parse_gap_kind("Ping-Pong"));  // names are case-sensitive
}

TEST_CASE("criterion kinds: one word each, read back, and the key they make", "[vocabulary]") {
  for (std::size_t i = 0; i < config::kCriterionKinds.size(); ++i) {
    const auto& k = config::kCriterionKinds[i];
    CHECK(static_cast<std::size_t>(k.kind) == i);
    CHECK(config::name_of(k.kind) == k.name);
    CHECK(config::parse_criterion_kind(k.name) == k.kind);
  }
  CHECK(config::name_of(config::CriterionKind::Rule) == "rule");
  CHECK(config::name_of(config::CriterionKind::Gap) == "gap");
  CHECK(config::name_of(config::CriterionKind::Observed) == "observed");
  CHECK_FALSE(config::parse_criterion_kind("rules"));
  CHECK(config::criterion_key(config::CriterionKind::Gap, "ping-pong") == "gap:ping-pong");
  config::Criterion c;
  c.kind = config::CriterionKind::Observed;
  c.ref = "market-sensing";
  CHECK(c.key() == config::criterion_key(c.kind, c.ref));
}

TEST_CASE("severities: diagnostic and SARIF names, rule words, read back", "[vocabulary]") {
  for (std::size_t i = 0; i < kSeverities.size(); ++i) {
    const auto& s = kSeverities[i];
    CHECK(static_cast<std::size_t>(s.severity) == i);
    CHECK(severity_name(s.severity) == s.name);
    CHECK(rule_severity_name(s.severity) == s.rule_word);
    CHECK(parse_rule_severity(s.rule_word) == s.severity);
  }
  CHECK(severity_name(Severity::Note) == "note");     // SARIF's level for an informational finding
  CHECK(rule_severity_name(Severity::Note) == "info");  // what a rule writes
  CHECK_FALSE(parse_rule_severity("note"));
  CHECK_FALSE(parse_rule_severity("fatal"));
  // The schema's choices for a rule's `severity` are the table's words, default warning.
  const auto* rule = schema::find_kind("rule");
  REQUIRE(rule);
  const auto* field = schema::find_field(*rule, "severity");
  REQUIRE(field);
  CHECK(field->choices == rule_severity_words());
  CHECK(field->default_value == "warning");
}
