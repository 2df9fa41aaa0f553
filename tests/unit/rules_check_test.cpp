// Tests of rule type-checking and compilation (src/rules): every check with a
// small inline model, the span and help of the diagnostics, and the resolved
// form the evaluator receives.
#include <catch2/catch.hpp>

#include <algorithm>

#include "rules/check.h"
#include "test_util.h"

using namespace kubus;
using kubus::rules::CheckedRule;
using kubus::rules::dump;

namespace {

const char* kModel = R"(
unit retail "Retail"

department claims "Claims" {
  kind: line
}

department it "IT" {
  kind: support
}

role claims-manager "Claims manager" {
  department: claims
}

role it-lead {
  department: it
}

channel email "E-mail" {
  medium: email
  cost: 0.50 EUR
}

channel phone {
  medium: phone
  assisted: true
}

capability customer-history {
  family: data
}

capability crm {
  family: data
}

component crm-system {
  capabilities: [customer-history, crm]
  department: it
  cost: 1000 EUR
}

touchpoint claim "Submit a claim" {
  phase: settle
  mandatory: true
  unit: retail
  owner: claims-manager
  channels: [email, phone]
  uses: [crm-system]
  effort: 3
  volume: 1_200_000 /year
  cost: 4.20 EUR
  feedback {
    sources: [survey, complaints]
    closed-loop: true
  }
  next: [payout]
}

touchpoint payout {
  phase: settle
  owner: it-lead
}

sla claims-it {
  from: claims
  to: it
  target: response-time <= 2 days
}

kpi claim-nps {
  of: claim
  metric: nps
  target: >= 30
  actual: 25
}

practice market-sensing

observation o1 {
  practice: market-sensing
  level: 3
  date: 2026-01-10
}
)";

struct Checked {
  std::unique_ptr<test::Loaded> loaded;
  std::vector<CheckedRule> rules;

  // Rule diagnostics only: the model itself must load cleanly.
  std::vector<const Diagnostic*> of(Code c) const {
    std::vector<const Diagnostic*> out;
    for (const auto& d : loaded->diags.all())
      if (d.code == c) out.push_back(&d);
    return out;
  }
  const Diagnostic& only(Code c) const {
    auto ds = of(c);
    INFO(all_text());
    REQUIRE(ds.size() == 1);
    return *ds[0];
  }
  std::size_t errors() const { return loaded->diags.error_count(); }
  std::string all_text() const {
    std::string out;
    for (const auto& d : loaded->diags.all())
      out += std::string(info(d.code).code) + " " + std::to_string(d.span.line) + ":" + std::to_string(d.span.col) +
             "-" + std::to_string(d.span.end_col) + " " + d.message + " | " + d.help + "\n";
    return out;
  }
  const CheckedRule& rule(std::string_view id) const {
    for (const auto& r : rules)
      if (loaded->model().entities[r.entity].id == id) return r;
    FAIL("rule " << id << " not compiled\n" << all_text());
    return rules.front();
  }
};

// The model above plus `rules`, loaded and checked. Line numbers in `rules`
// start at kFirstLine.
Checked check(const std::string& rules) {
  Checked c;
  c.loaded = test::load_text(std::string(kModel) + rules);
  c.rules = rules::check_rules(c.loaded->model(), c.loaded->diags);
  return c;
}

const std::uint32_t kFirstLine = static_cast<std::uint32_t>(std::count(kModel, kModel + std::char_traits<char>::length(kModel), '\n')) + 1;

// A rule over touchpoints with the given expect condition.
Checked expect_t(const std::string& cond) { return check("rule r {\n  for t in touchpoints\n  expect " + cond + "\n}\n"); }

}  // namespace

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
        "(== (. (. $0 department touchpoint:single#0) kind department:field#0) line#0))");
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
    CHECK(h == "(. $0 crosses handoff:crosses#0)");
    std::string d = dump(c.rule("derived").expect);
    CHECK(d.find("(. (. $0 feedback touchpoint:field#14) closed-loop feedback:field#2)") != std::string::npos);
    CHECK(d.find("(. $0 outgoing touchpoint:derived#1)") != std::string::npos);
    std::string m = dump(c.rule("more").expect);
    INFO(m);
    CHECK(m.find("(== (. $3 metric kpi:field#1) 'nps')") != std::string::npos);  // quantifier bodies nest to the end
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
    CHECK(msg("{t expect t}").only(Code::BadMessage).message == "'{...}' in a message holds one expression");
  }
}

TEST_CASE("rules: a broken rule is left out, the others still compile", "[rules]") {
  auto c = check("rule bad {\n  expect nonsense\n}\nrule good {\n  expect count(touchpoints) == 2\n}\n");
  CHECK(c.of(Code::UnknownName).size() == 1);
  REQUIRE(c.rules.size() == 1);
  CHECK(c.loaded->model().entities[c.rules[0].entity].id == "good");
}
