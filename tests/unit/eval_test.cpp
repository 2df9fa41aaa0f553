// Tests of rule evaluation (src/eval): every expression form on a small model,
// the none semantics, quantities in base units, messages, run-time errors,
// instance counts and explanations.
#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

#include "diag/render.h"
#include "eval/columns.h"
#include "eval/eval.h"
#include "eval/render.h"
#include "eval/ruletest.h"
#include "gen/generate.h"
#include "test_util.h"

using namespace kubus;

namespace {

const char* kModel = R"(
department sales "Sales" {
  kind: line
}

department marketing {
  kind: staff
}

role seller "Seller" {
  department: sales
}

role brand-manager {
  department: marketing
}

channel email "E-mail" {
  medium: email
  cost: 0.50 EUR
}

channel phone {
  medium: phone
  assisted: true
  cost: 4 EUR
}

capability customer-history {
  family: data
}

capability composition {
  family: outbound
}

component crm {
  capabilities: [customer-history]
  department: sales
  cost: 1000 EUR
}

component docgen {
  capabilities: [composition, customer-history]
  department: marketing
  cost: 500 EUR
}

touchpoint quote "Quote" {
  phase: promise
  mandatory: true
  owner: seller
  channels: [email, phone]
  uses: [crm, docgen]
  effort: 2
  next: [welcome]
}

touchpoint welcome {
  phase: deliver
  mandatory: true
  owner: brand-manager
  channels: [email]
  uses: [docgen]
  effort: 4
  feedback {
    sources: [survey]
    closed-loop: false
  }
  next: [invoice]
}

touchpoint invoice {
  phase: settle
}

sla sales-to-marketing {
  from: sales
  to: marketing
  target: response-time <= 2 days
  actual: 36 h
}

kpi quote-nps {
  of: quote
  metric: nps
  target: >= 30
  actual: 25
}
)";

struct Run : test::Compiled {
  std::vector<eval::RuleResult> results;

  const model::Model& m() const { return loaded->model(); }
  const eval::RuleResult& result(std::string_view rule) const {
    for (const auto& r : results)
      if (m().entities[r.rule].id == rule) return r;
    FAIL("no result for rule " << rule);
    return results.front();
  }
  // The subjects of the rule's failing instances, in evaluation order.
  std::vector<std::string> flagged(std::string_view rule) const {
    std::vector<std::string> out;
    for (const auto& i : result(rule).instances)
      if (i.outcome == eval::Outcome::Fail) out.push_back(eval::subject_id(m(), i.subject));
    return out;
  }
};

Run run(const std::string& rules_text, eval::Options options = {}) {
  Run r{test::compile_text(std::string(kModel) + rules_text), {}};
  std::string messages;
  for (const auto& d : r.loaded->diags.all()) messages += d.message + "\n";
  INFO(messages);
  REQUIRE(r.loaded->diags.all().empty());
  r.results = eval::evaluate(r.loaded->model(), r.rules, options);
  return r;
}

// Whether a rule without `for` holds with `expect EXPR`.
bool holds(const std::string& expr) {
  Run r = run("rule r {\n  expect " + expr + "\n}\n");
  const auto& res = r.results.at(0);
  REQUIRE(res.total() == 1);
  REQUIRE(res.errors == 0);
  return res.passed == 1;
}

}  // namespace

TEST_CASE("instances: one per for binding after where, one without for", "[eval]") {
  Run r = run(R"(
rule all-touchpoints {
  for t in touchpoints
  expect t.owner is not none
}
rule mandatory-only {
  for t in touchpoints where t.mandatory
  expect t.phase == promise
}
rule single {
  expect count(touchpoints) == 3
}
)");
  CHECK(r.result("all-touchpoints").total() == 3);
  CHECK(r.flagged("all-touchpoints") == std::vector<std::string>{"invoice"});
  CHECK(r.result("mandatory-only").total() == 2);
  CHECK(r.flagged("mandatory-only") == std::vector<std::string>{"welcome"});
  CHECK(r.result("single").total() == 1);
  CHECK(r.result("single").passed == 1);
  CHECK(r.result("single").instances.empty());  // passing instances are not kept by default
}

TEST_CASE("keep_passing keeps every instance with its subject", "[eval]") {
  eval::Options o;
  o.keep_passing = true;
  Run r = run("rule r {\n  for c in channels\n  expect c.cost > 1 EUR\n}\n", o);
  const auto& res = r.result("r");
  REQUIRE(res.instances.size() == 2);
  CHECK(eval::subject_id(r.m(), res.instances[0].subject) == "email");
  CHECK(res.instances[0].outcome == eval::Outcome::Fail);
  CHECK(res.instances[1].outcome == eval::Outcome::Pass);
}

TEST_CASE("comparisons of enums, references, strings, numbers and booleans", "[eval]") {
  CHECK(holds("count([t in touchpoints where t.phase == settle]) == 1"));
  CHECK(holds("count([t in touchpoints where t.owner == seller]) == 1"));
  CHECK(holds("count([t in touchpoints where t.department == sales]) == 1"));
  CHECK(holds("count([c in channels where c.assisted]) == 1"));
  CHECK(holds("count([t in touchpoints where t.effort >= 2 and t.effort < 4]) == 1"));
  CHECK(holds("count([t in touchpoints where t.phase != settle]) == 2"));
  CHECK(holds("count([k in kpis where k.metric == nps]) == 1"));
  CHECK_FALSE(holds("count(touchpoints) > 3"));
}

TEST_CASE("quantities compare in base units", "[eval]") {
  CHECK(holds("all s in slas: s.actual <= 2 days"));
  CHECK(holds("all s in slas: s.actual == 1.5 days"));
  CHECK(holds("all s in slas: s.actual >= 2160 min"));
  CHECK_FALSE(holds("all s in slas: s.actual < 36 h"));
  CHECK(holds("sum(channels.cost) == 4.50 EUR"));
  CHECK(holds("all s in slas: s.actual + 12 h == 2 days"));
  CHECK(holds("all s in slas: 2 * s.actual == 3 days"));
}

TEST_CASE("paths map over lists and flatten", "[eval]") {
  CHECK(holds("count(touchpoints.uses) == 3"));                 // quote: crm, docgen; welcome: docgen
  CHECK(holds("count(touchpoints.uses.capabilities) == 5"));  // mapped lists keep duplicates
  CHECK(holds("customer-history in touchpoints.uses.capabilities"));
  CHECK(holds("count(touchpoints.owner) == 2"));                // none is left out
  CHECK(holds("count(departments.touchpoints) == 2"));          // derived relations
  CHECK(holds("all t in touchpoints: count(t.outgoing) <= 1"));
  CHECK(holds("all h in handoffs: h.from.phase != settle"));
}

TEST_CASE("quantifiers, filters and membership", "[eval]") {
  CHECK(holds("all t in touchpoints: t.phase in [promise, deliver, settle]"));
  CHECK_FALSE(holds("all t in touchpoints: t.mandatory"));
  CHECK(holds("any t in touchpoints: email in t.channels"));
  CHECK(holds("no t in touchpoints: t.effort > 5"));
  CHECK(holds("count([t in touchpoints where phone not in t.channels]) == 2"));
  CHECK(holds("all c in components: any k in c.capabilities: k.family == data"));
  CHECK(holds("all t in [t in touchpoints where t.effort > 10]: t.mandatory"));  // vacuously true
  CHECK_FALSE(holds("any t in [t in touchpoints where t.effort > 10]: t.mandatory"));
  CHECK(holds("no t in [t in touchpoints where t.effort > 10]: t.mandatory"));
}

TEST_CASE("aggregates, and their values for empty lists", "[eval]") {
  CHECK(holds("sum(components.cost) == 1500 EUR"));
  CHECK(holds("avg(touchpoints.effort) == 3"));
  CHECK(holds("min(touchpoints.effort) == 2"));
  CHECK(holds("max(touchpoints.effort) == 4"));
  CHECK(holds("count([t in touchpoints where t.effort > 10]) == 0"));
  CHECK(holds("sum([t in touchpoints where t.effort > 10].effort) == 0"));
  CHECK(holds("avg([t in touchpoints where t.effort > 10].effort) is none"));
  CHECK(holds("max([t in touchpoints where t.effort > 10].effort) is none"));
  CHECK(holds("min([t in touchpoints where t.effort > 10].effort) is none"));
}

TEST_CASE("none: comparison false, != true, count 0, arithmetic none", "[eval]") {
  Run r = run(R"(
rule eq {
  for t in touchpoints
  expect t.department.kind == line
}
rule ne {
  for t in touchpoints
  expect t.department.kind != line
}
rule ordered {
  for t in touchpoints
  expect t.effort > 0
}
rule counted {
  for t in touchpoints
  expect count(t.channels) >= 1
}
rule arith {
  for t in touchpoints
  expect t.effort + 1 > 0
}
rule negated {
  for t in touchpoints
  expect not (t.effort > 0)
}
)");
  CHECK(r.flagged("eq") == std::vector<std::string>{"invoice", "welcome"});
  CHECK(r.flagged("ne") == std::vector<std::string>{"quote"});  // invoice: none != line
  CHECK(r.flagged("ordered") == std::vector<std::string>{"invoice"});
  CHECK(r.flagged("counted") == std::vector<std::string>{"invoice"});
  CHECK(r.flagged("arith") == std::vector<std::string>{"invoice"});
  CHECK(r.flagged("negated") == std::vector<std::string>{"quote", "welcome"});
  CHECK(holds("count([t in touchpoints where t.owner is none]) == 1"));
  CHECK(holds("count([t in touchpoints where t.feedback.closed-loop is none]) == 2"));
  CHECK(holds("count([t in touchpoints where t.feedback.closed-loop == false]) == 1"));
}

TEST_CASE("arithmetic and negation", "[eval]") {
  CHECK(holds("2 + 3 * 4 == 14"));
  CHECK(holds("(2 + 3) * 4 == 20"));
  CHECK(holds("10 / 4 == 2.5"));
  CHECK(holds("-count(touchpoints) == -3"));
  CHECK(holds("count(touchpoints) - 1 == 2"));
}

TEST_CASE("division by zero at run time is an error instance with its span", "[eval]") {
  Run r = run(R"(
rule ratio {
  for t in touchpoints
  expect 10 / count(t.channels) > 1
}
)");
  const auto& res = r.result("ratio");
  CHECK(res.passed == 2);
  CHECK(res.errors == 1);
  REQUIRE(res.instances.size() == 1);
  const auto& i = res.instances[0];
  CHECK(i.outcome == eval::Outcome::Error);
  CHECK(eval::subject_id(r.m(), i.subject) == "invoice");
  CHECK(i.message.find("division by zero") != std::string::npos);
  CHECK(i.span.line == r.m().entities[res.rule].span.line + 2);
  CHECK(i.span.col == 15);  // count(t.channels)
}

TEST_CASE("messages interpolate entities, quantities, enums and lists", "[eval]") {
  Run r = run(R"(
rule msg {
  severity: error
  message: "{t} ({t.phase}) is owned by {t.owner} in {t.department}; channels {t.channels}; cost {sum(t.channels.cost)}; {{literal}}"
  for t in touchpoints where t.mandatory
  expect t.owner is none
}
rule sla-msg {
  message: "{s} takes {s.actual}, target {s.target}"
  for s in slas
  expect false
}
rule untitled {
  for t in touchpoints where t.owner is none
  expect false
}
rule titled "Every touchpoint is perfect" {
  for t in touchpoints where t.owner is none
  expect false
}
)");
  const auto& res = r.result("msg");
  CHECK(res.severity == Severity::Error);
  REQUIRE(res.instances.size() == 2);
  CHECK(res.instances[0].message ==
        "Quote (promise) is owned by Seller in Sales; channels E-mail, phone; cost 4.50 EUR; {literal}");
  CHECK(res.instances[1].message ==
        "welcome (deliver) is owned by brand-manager in marketing; channels E-mail; cost 0.50 EUR; {literal}");
  CHECK(res.instances[0].span.line == r.m().entities[res.instances[0].subject.index].span.line);
  // A quantity renders in the unit it was written in: the actual says 36 h, the target 2 days.
  CHECK(r.result("sla-msg").instances.at(0).message == "sales-to-marketing takes 36 h, target response-time <= 2 days");
  CHECK(r.result("sla-msg").severity == Severity::Warning);  // the default
  CHECK(r.result("untitled").instances.at(0).message == "rule 'untitled' does not hold");
  CHECK(r.result("titled").instances.at(0).message == "Every touchpoint is perfect");
}

TEST_CASE("handoff and nested-block subjects", "[eval]") {
  Run r = run(R"(
rule handoffs-covered {
  for h in handoffs
  expect h.covered
}
rule loops-closed {
  for f in touchpoints.feedback
  expect f.closed-loop
}
)");
  // quote -> welcome is covered by the SLA from sales to marketing.
  CHECK(r.flagged("handoffs-covered") == std::vector<std::string>{"welcome -> invoice"});
  CHECK(r.flagged("loops-closed") == std::vector<std::string>{"welcome"});
  const auto& h = r.result("handoffs-covered").instances.at(0);
  CHECK(h.span.line == eval::subject_span(r.m(), h.subject).line);
}

TEST_CASE("explain lists the operands of expect with their values", "[eval]") {
  Run r = run(R"(
rule owned {
  for t in touchpoints
  expect t.owner is not none and t.department.kind == line
}
)");
  eval::Subject s{eval::Subject::Kind::Entity, r.m().find("touchpoint", "welcome")};
  auto why = eval::explain(r.m(), r.rules.at(0), s);
  REQUIRE(why.size() == 2);
  CHECK(why[0] == std::pair<std::string, std::string>{"t.owner", "brand-manager"});
  CHECK(why[1] == std::pair<std::string, std::string>{"t.department.kind", "staff"});
}

TEST_CASE("rule tests compare flagged subjects exactly and check their names", "[eval][ruletest]") {
  auto l = test::load_text(std::string(kModel) + R"(
rule owned {
  for t in touchpoints
  expect t.owner is not none
}
rule few {
  expect count(touchpoints) < 3
}
test exact {
  rule: owned
  flags: [invoice]
}
test too-many {
  rule: owned
  flags: [invoice, quote]
}
test typo {
  rule: owned
  flags: [invoyce]
}
test few-fails {
  rule: few
  passes: false
}
)");
  auto rules = rules::check_rules(l->model(), l->diags);
  REQUIRE(l->diags.all().empty());
  auto results = eval::run_tests(l->model(), rules, {}, l->model().entities[rules[0].entity].span.file, l->diags);
  REQUIRE(results.size() == 4);  // by test ID
  CHECK(results[0].id == "exact");
  CHECK(results[0].passed);
  CHECK(results[1].id == "few-fails");
  CHECK(results[1].passed);
  CHECK(results[2].id == "too-many");
  CHECK_FALSE(results[2].passed);
  CHECK(results[2].missing == std::vector<std::string>{"quote"});
  CHECK(results[2].unexpected.empty());
  CHECK(results[3].id == "typo");
  CHECK_FALSE(results[3].passed);
  REQUIRE(l->diags.all().size() == 1);
  CHECK(l->diags.all()[0].code == Code::UnknownTestSubject);
  CHECK(l->diags.all()[0].help == "did you mean 'invoice'?");
}

TEST_CASE("the benchmark rules on a generated model: deterministic, no run-time errors", "[eval]") {
  auto dir = test::temp_dir();
  test::write_file(dir / "model.kubus", gen::generate_model({200, 7}));
  SourceManager sm;
  Diagnostics diags;
  auto loaded = model::load({(dir / "model.kubus").string(), std::string(KUBUS_SOURCE_DIR) + "/bench/rules/eval-bench.kubus"},
                            {}, sm, diags);
  auto rules = rules::check_rules(loaded.model, diags);
  REQUIRE_FALSE(diags.has_errors());
  auto first = eval::evaluate(loaded.model, rules);
  auto second = eval::evaluate(loaded.model, rules);
  REQUIRE(first.size() == rules.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].errors == 0);
    REQUIRE(first[i].instances.size() == second[i].instances.size());
    for (std::size_t k = 0; k < first[i].instances.size(); ++k) {
      CHECK(first[i].instances[k].subject.index == second[i].instances[k].subject.index);
      CHECK(first[i].instances[k].message == second[i].instances[k].message);
    }
    // One evaluator for all rules gives what a fresh one per rule gives.
    auto alone = eval::evaluate_rule(loaded.model, rules[i]);
    CHECK(alone.failed == first[i].failed);
    CHECK(alone.passed == first[i].passed);
  }
  auto channels = std::find_if(rules.begin(), rules.end(), [&](const rules::CheckedRule& r) {
    return loaded.model.entities[r.entity].id == "touchpoint-has-channels";
  });
  REQUIRE(channels != rules.end());
  CHECK(first[static_cast<std::size_t>(channels - rules.begin())].total() == 200);
}

TEST_CASE("columns hold exactly the model's values of the fields rules read", "[eval][columns]") {
  Run r = run(R"(
rule reads {
  message: "{t} uses {t.channels} and {t.uses}"
  for t in touchpoints where t.phase in [promise, deliver]
  expect all c in t.channels: c.cost <= 1 EUR and c.medium != phone
}
)");
  std::vector<const rules::CheckedRule*> rules;
  for (const auto& rule : r.rules) rules.push_back(&rule);
  eval::Columns columns(r.m(), rules);
  eval::Columns threaded(r.m(), rules, 3);  // one column per thread at a time
  REQUIRE_FALSE(columns.empty());
  const auto& kinds = schema::kinds();
  std::size_t cached = 0;
  for (std::size_t k = 0; k < r.m().kind_range.size(); ++k)
    for (std::size_t f = 0; f < kinds[k].fields.size(); ++f)
      for (model::Index i = r.m().kind_range[k].first; i < r.m().kind_range[k].second; ++i) {
        const eval::Value* v = columns.find(static_cast<std::uint16_t>(k), static_cast<std::uint16_t>(f), i);
        if (!v) continue;
        ++cached;
        CHECK(columns.kind(i) == k);
        eval::Value direct = eval::from_val(r.m().entities[i].fields[f]);
        std::string a, b;
        eval::render(r.m(), *v, a, kubus::kDefaultLang);
        eval::render(r.m(), direct, b, kubus::kDefaultLang);
        INFO(r.m().entities[i].id << "." << kinds[k].fields[f].name);
        CHECK(a == b);
        CHECK(v->tag == direct.tag);
        CHECK(v->size == direct.size);
        if (!direct.none() && direct.tag != eval::Value::Tag::Comparison) CHECK(eval::equal(*v, direct));
        const eval::Value* t = threaded.find(static_cast<std::uint16_t>(k), static_cast<std::uint16_t>(f), i);
        REQUIRE(t);
        std::string c;
        eval::render(r.m(), *t, c, kubus::kDefaultLang);
        CHECK(c == a);
        CHECK(t->tag == v->tag);
        CHECK(t->size == v->size);
      }
  // touchpoint phase, channels and uses; channel cost and medium.
  CHECK(cached == 3 * r.m().of_kind("touchpoint").size() + 2 * r.m().of_kind("channel").size());
  // Read through the columns, the rule flags what the model says.
  CHECK(r.flagged("reads") == std::vector<std::string>{"quote"});
  CHECK(r.result("reads").instances.at(0).message == "Quote uses E-mail, phone and crm, docgen");
}

namespace {

// Rules besides the libraries' for the threaded tests: run-time errors in some
// instances, a rule without `for`, a collection that is not a kind's range.
const char* kThreadRules = R"(
rule channel-share "Each channel carries a share" {
  message: "{t} gives each of {t.channels} {10 / (count(t.channels) - 1)}"
  for t in touchpoints
  expect 10 / (count(t.channels) - 1) > 4
}

rule many-touchpoints "The model is large" {
  expect count(touchpoints) > 1000000
}

rule crossing-targets "Crossing handoffs reach mandatory touchpoints" {
  message: "{h} reaches {h.to}"
  for h in [x in handoffs where x.crosses]
  expect h.to.mandatory
}
)";

void check_same(const model::Model& m, const std::vector<eval::RuleResult>& one,
                const std::vector<eval::RuleResult>& many) {
  REQUIRE(one.size() == many.size());
  for (std::size_t r = 0; r < one.size(); ++r) {
    INFO("rule " << m.entities[one[r].rule].id);
    CHECK(many[r].rule == one[r].rule);
    CHECK(many[r].severity == one[r].severity);
    CHECK(many[r].passed == one[r].passed);
    CHECK(many[r].failed == one[r].failed);
    CHECK(many[r].errors == one[r].errors);
    CHECK(many[r].work == one[r].work);
    CHECK(many[r].too_much_work == one[r].too_much_work);
    REQUIRE(many[r].instances.size() == one[r].instances.size());
    for (std::size_t k = 0; k < one[r].instances.size(); ++k) {
      const eval::Instance& a = one[r].instances[k];
      const eval::Instance& b = many[r].instances[k];
      INFO("instance " << k);
      CHECK(b.subject.kind == a.subject.kind);
      CHECK(b.subject.index == a.subject.index);
      CHECK(b.outcome == a.outcome);
      CHECK(b.message == a.message);
      CHECK(std::tie(b.span.file, b.span.line, b.span.col, b.span.end_line, b.span.end_col) ==
            std::tie(a.span.file, a.span.line, a.span.col, a.span.end_line, a.span.end_col));
    }
  }
}

// Evaluates the rules of the generated model and `rule_files` rule by rule, on
// one thread and on several; the results must be the same.
void check_threads(std::size_t touchpoints, std::uint64_t seed, bool ccm, const std::vector<std::string>& rule_files) {
  INFO(touchpoints << " touchpoints, seed " << seed << (ccm ? ", ccm rules" : ", bench rules"));
  auto dir = test::temp_dir();
  test::write_file(dir / "model.kubus", gen::generate_model({touchpoints, seed, ccm}));
  std::vector<std::string> paths = {(dir / "model.kubus").string()};
  paths.insert(paths.end(), rule_files.begin(), rule_files.end());
  SourceManager sm;
  Diagnostics diags;
  model::LoadOptions options;
  options.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  auto loaded = model::load(paths, options, sm, diags);
  auto rules = rules::check_rules(loaded.model, diags);
  INFO(test::rendered_text(diags, sm));
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(rules.size() >= (ccm ? 40u : 15u));
  for (bool keep_passing : {false, true}) {
    auto one = eval::evaluate(loaded.model, rules, {keep_passing, 1});
    // Each rule alone, its collection in one go and without the column cache.
    std::vector<eval::RuleResult> alone;
    for (const auto& rule : rules) alone.push_back(eval::evaluate_rule(loaded.model, rule, {keep_passing}));
    check_same(loaded.model, alone, one);
    std::size_t errors = 0, instances = 0;
    for (const auto& r : one) {
      errors += r.errors;
      instances += r.instances.size();
    }
    CHECK(errors > 0);  // channel-share divides by zero for touchpoints with one channel
    CHECK(instances > 0);
    for (unsigned threads : {0u, 2u, 3u, 7u}) {
      INFO(threads << " threads, keep_passing " << keep_passing);
      check_same(loaded.model, one, eval::evaluate(loaded.model, rules, {keep_passing, threads}));
    }
  }
}

}  // namespace

TEST_CASE("evaluation on several threads gives exactly the single-threaded result", "[eval][threads]") {
  auto dir = test::temp_dir();
  test::write_file(dir / "extra.kubus", kThreadRules);
  std::string extra = (dir / "extra.kubus").string();
  std::string bench = std::string(KUBUS_SOURCE_DIR) + "/bench/rules/eval-bench.kubus";
  for (auto [touchpoints, seed] : {std::pair<std::size_t, std::uint64_t>{300, 3}, {2500, 7}, {6000, 11}}) {
    check_threads(touchpoints, seed, true, {extra});  // the model says `use ccm`
    check_threads(touchpoints, seed, false, {extra, bench});
  }
}

TEST_CASE("threaded evaluation of no rules, empty collections and rules without for", "[eval][threads]") {
  Run r = run(R"(
rule nothing {
  for t in [x in touchpoints where x.effort > 1000]
  expect t.owner is not none
}
rule single {
  expect count(touchpoints) == 2
}
)");
  CHECK(eval::evaluate(r.m(), {}, {false, 2}).empty());
  auto results = eval::evaluate(r.m(), r.rules, {false, 2});
  REQUIRE(results.size() == 2);
  CHECK(results[0].total() == 0);
  CHECK(results[1].total() == 1);
  CHECK(results[1].failed == 1);  // the model has three touchpoints
  check_same(r.m(), eval::evaluate(r.m(), r.rules, {false, 1}), results);
}

namespace {

const char* kWorkRules = R"(
rule light "Linear" {
  for t in touchpoints
  expect t.owner is not none
}

rule heavy "Quadratic" {
  for t in touchpoints
  expect no u in touchpoints: u.phase == t.phase and u.effort > 100
}
)";

}  // namespace

TEST_CASE("work limit: a rule past it is stopped, with the same result on any number of threads", "[eval][work]") {
  auto dir = test::temp_dir();
  test::write_file(dir / "model.kubus", gen::generate_model({2500, 5}));
  test::write_file(dir / "rules.kubus", kWorkRules);
  SourceManager sm;
  Diagnostics diags;
  auto loaded = model::load({(dir / "model.kubus").string(), (dir / "rules.kubus").string()}, {}, sm, diags);
  auto rules = rules::check_rules(loaded.model, diags);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(rules.size() == 2);
  const model::Model& m = loaded.model;
  auto full = eval::evaluate(m, rules, {false, 1});
  std::size_t heavy = m.entities[rules[0].entity].id == "heavy" ? 0 : 1, light = 1 - heavy;
  std::uint64_t heavy_work = full[heavy].work, light_work = full[light].work;
  INFO("heavy " << heavy_work << ", light " << light_work);
  CHECK_FALSE(full[heavy].too_much_work);
  CHECK(full[heavy].total() == 2500);
  CHECK(heavy_work > 2500u * 2500u);  // every pair of touchpoints
  CHECK(light_work < 20000);
  for (unsigned threads : {1u, 2u, 3u, 7u}) {
    INFO(threads << " threads");
    // At exactly its work the rule runs; one step less and it is stopped, whoever ran which piece.
    auto at = eval::evaluate(m, rules, {false, threads, heavy_work});
    check_same(m, full, at);
    auto past = eval::evaluate(m, rules, {false, threads, heavy_work - 1});
    CHECK(past[heavy].too_much_work);
    CHECK(past[heavy].instances.empty());
    CHECK(past[heavy].total() == 0);
    CHECK(past[heavy].work == heavy_work - 1);
    CHECK_FALSE(past[light].too_much_work);
    CHECK(past[light].failed == full[light].failed);
    // Far past it: stopped long before the rule's end, with the same result.
    auto small = eval::evaluate(m, rules, {false, threads, 100000});
    CHECK(small[heavy].too_much_work);
    check_same(m, past, eval::evaluate(m, rules, {false, threads, heavy_work - 1}));
  }
  auto alone = eval::evaluate_rule(m, rules[heavy], {false, 1, heavy_work - 1});
  CHECK(alone.too_much_work);
  CHECK(alone.instances.empty());

  Diagnostics reported;
  eval::report_too_much_work(m, alone, {false, 1, heavy_work - 1}, reported);
  REQUIRE(reported.all().size() == 1);
  CHECK(reported.all()[0].code == Code::TooMuchWork);
  CHECK(reported.all()[0].span.line == 7);  // the rule's ID
  CHECK(reported.all()[0].message ==
        "rule 'heavy' does too much work: it was stopped after " + std::to_string(heavy_work - 1) + " steps");
}

TEST_CASE("work limit: a collection past it stops the rule before any instance", "[eval][work]") {
  Run r = run(R"(
rule pairs {
  for t in [x in touchpoints where all a in touchpoints: all b in touchpoints: a.phase == b.phase or true]
  expect t.owner is not none
}
)");
  auto full = eval::evaluate(r.m(), r.rules, {false, 1});
  REQUIRE_FALSE(full[0].too_much_work);
  auto past = eval::evaluate(r.m(), r.rules, {false, 2, full[0].work / 2});
  CHECK(past[0].too_much_work);
  CHECK(past[0].total() == 0);
}

TEST_CASE("quantifiers nested more than 8 deep are refused when the rules are checked", "[eval][work]") {
  auto nested = [](int depth) {
    std::string expr;
    for (int i = 0; i < depth; ++i) expr += "all v" + std::to_string(i) + " in touchpoints: ";
    return "rule deep {\n  expect " + expr + "v0.phase == settle\n}\n";
  };
  auto ok = test::compile_text(std::string(kModel) + nested(8));
  CHECK_FALSE(ok.loaded->diags.has_errors());
  CHECK(ok.rules.size() == 1);
  auto deep = test::compile_text(std::string(kModel) + nested(9));
  CHECK(deep.rules.empty());
  REQUIRE(deep.loaded->diags.error_count() == 1);
  const Diagnostic& d = deep.loaded->diags.all()[0];
  CHECK(d.code == Code::NestedTooDeep);
  CHECK(d.message == "rule 'deep' nests quantifiers and filters more than 8 deep");
  // A filter in a quantifier's collection is not inside its condition.
  auto beside = test::compile_text(std::string(kModel) + "rule wide {\n  expect all a in [x in touchpoints where "
                                   "all b in touchpoints: all c in touchpoints: b.phase == c.phase]: all d in "
                                   "touchpoints: all e in touchpoints: all f in touchpoints: all g in touchpoints: "
                                   "all h in touchpoints: all i in touchpoints: a.phase == i.phase\n}\n");
  CHECK_FALSE(beside.loaded->diags.has_errors());
}

TEST_CASE("strings compare and render decoded, whichever way they were written", "[eval]") {
  // The model escapes the tab and the quotes; the rule writes the tab as it is.
  auto c = test::compile_text("touchpoint t \"A \\\"b\\\"\" {\n  phase: promise\n  purpose: \"say\\t\\\"no\\\"\"\n}\n"
                              "rule same {\n  for t in touchpoints\n  expect t.purpose != \"say\t\\\"no\\\"\"\n"
                              "  message: \"{t}: {t.purpose}\"\n}\n");
  REQUIRE_FALSE(c.loaded->diags.has_errors());
  auto results = eval::evaluate(c.loaded->model(), c.rules, {false, 1});
  REQUIRE(results.size() == 1);
  REQUIRE(results[0].failed == 1);
  CHECK(results[0].instances[0].message == "A \"b\": say\t\"no\"");
}

TEST_CASE("rule tests name handoffs by their ends, one or a list", "[eval][ruletest]") {
  auto l = test::load_text(std::string(kModel) + R"(
rule handed-to-owner {
  for h in handoffs
  expect h.to.owner is not none
}
test one {
  rule: handed-to-owner
  flags-handoffs: welcome -> invoice
}
test listed {
  rule: handed-to-owner
  flags-handoffs: [welcome -> invoice, 42]
}
test reversed {
  rule: handed-to-owner
  flags-handoffs: [invoice -> welcome]
}
)");
  auto rules = rules::check_rules(l->model(), l->diags);
  // The item that is no handoff is reported once, where it is written, and left out.
  REQUIRE(l->diags.all().size() == 1);
  CHECK(l->diags.all()[0].code == Code::WrongType);
  auto results = eval::run_tests(l->model(), rules, {}, l->model().entities[rules[0].entity].span.file, l->diags);
  REQUIRE(results.size() == 3);
  CHECK(results[0].id == "listed");
  CHECK(results[0].passed);
  CHECK(results[1].id == "one");
  CHECK(results[1].passed);  // a single value reads as a one-item list
  CHECK(results[2].id == "reversed");
  CHECK_FALSE(results[2].passed);
  REQUIRE(l->diags.all().size() == 2);
  CHECK(l->diags.all()[1].code == Code::UnknownTestSubject);
  CHECK(l->diags.all()[1].help == "the handoff runs the other way: did you mean 'welcome -> invoice'?");
}

TEST_CASE("a finding about a library entity is located in the model that names it", "[eval]") {
  auto l = test::load_text(R"(use ccm
organisation insurer "Insurer"
observation obs-1 {
  practice: market-sensing
  level: 2
}
observation obs-2 {
  practice: market-sensing
  level: 3
}
touchpoint claim {
  phase: settle
}
)");
  REQUIRE_FALSE(l->diags.has_errors());
  const model::Model& m = l->model();
  auto at = [&](std::string_view kind, std::string_view id) {
    return eval::Subject{eval::Subject::Kind::Entity, m.find(kind, id)};
  };
  // A practice is declared by the library: its observations in the model.
  auto sensing = eval::model_spans(m, at("practice", "market-sensing"));
  REQUIRE(sensing.size() == 2);
  CHECK(sensing[0].line == 3);
  CHECK(sensing[1].line == 7);
  CHECK_FALSE(m.in_library(sensing[0].file));
  // Named nowhere in the model: the organisation.
  auto linking = eval::model_spans(m, at("practice", "customer-linking"));
  REQUIRE(linking.size() == 1);
  CHECK(linking[0].line == 2);
  // The model's own entities are where they are declared.
  auto claim = eval::model_spans(m, at("touchpoint", "claim"));
  REQUIRE(claim.size() == 1);
  CHECK(claim[0].line == 11);
  CHECK(m.in_library(m.entities[m.find("practice", "market-sensing")].span.file));
}

TEST_CASE("a message default prints where the value is none or an empty list", "[eval]") {
  Run r = run(R"(
rule owners {
  message: "{t} is owned by {t.owner|nobody}, in {t.department.kind | no kind of} department; channels: {t.channels|none yet}"
  for t in touchpoints
  expect false
}
rule bare {
  message: "{t} is owned by {t.owner}"
  for t in touchpoints
  expect false
}
)");
  const auto& owners = r.result("owners").instances;
  REQUIRE(owners.size() == 3);  // by ID: invoice, quote, welcome
  CHECK(owners[0].message == "invoice is owned by nobody, in no kind of department; channels: none yet");
  CHECK(owners[1].message == "Quote is owned by Seller, in line department; channels: E-mail, phone");
  for (const auto& i : owners) CHECK_FALSE(i.none_in_message);
  // Without a default an absent value prints as none, and the instance says so.
  const auto& bare = r.result("bare").instances;
  CHECK(bare[0].message == "invoice is owned by none");
  CHECK(bare[0].none_in_message);
  CHECK_FALSE(bare[1].none_in_message);
}

TEST_CASE("a message default needs a value before the bar", "[eval][rules]") {
  auto c = test::compile_text(R"(
touchpoint t {
  phase: use
}
rule r {
  message: "owned by { | nobody}"
  for t in touchpoints
  expect false
}
)");
  REQUIRE(c.loaded->count(Code::BadMessage) == 1);
  CHECK(c.loaded->diags.all()[0].message == "no expression before '|' in the message");
}
