#include <catch2/catch.hpp>

#include "test_util.h"

using namespace kubus;
using kubus::model::Index;
using kubus::model::kNone;

namespace {

const char* kOrg = R"(
unit retail "Retail"

department claims "Claims" {
  kind: line
  unit: retail
}

department service "Customer service" {
  kind: line
}

department cx "CX" {
  kind: staff
}

role claims-manager "Claims manager" {
  department: claims
}

role service-manager {
  department: service
}

channel email "E-mail" {
  medium: email
  cost: 1.50 EUR
}

capability customer-history

component crm {
  capabilities: [customer-history]
  department: service
}

touchpoint claim-form "Claim form" {
  phase: settle
  mandatory: true
  owner: claims-manager
  unit: retail
  channels: [email]
  uses: [crm]
  cost: 4.20 EUR
  volume: 1_200_000 /year
  next: [claim-decision, question]
}

touchpoint claim-decision {
  phase: settle
  owner: claims-manager
  next: [question]
}

touchpoint question "Question" {
  phase: use
  owner: service-manager
  next: [claim-form, question]
}

touchpoint newsletter {
  phase: promise
}

sla claims-service {
  from: claims
  to: service
  target: response-time <= 2 days
  actual: 36 h
}

kpi nps {
  of: claim-form
  metric: nps
  target: >= 30
}
)";

}  // namespace

TEST_CASE("a valid model loads with resolved references and sorted entities", "[model]") {
  auto l = test::load_text(kOrg);
  INFO(l->diags.all().size());
  REQUIRE(l->diags.all().empty());
  const auto& m = l->model();
  auto tps = m.of_kind("touchpoint");
  REQUIRE(tps.size() == 4);
  CHECK(m.entities[tps[0]].id == "claim-decision");  // sorted by ID
  Index form = m.find("touchpoint", "claim-form");
  REQUIRE(form != kNone);
  const auto& e = m.entities[form];
  CHECK(m.display(e) == "Claim form");
  CHECK(m.field(e, "owner").index == m.find("role", "claims-manager"));
  CHECK(m.field(e, "mandatory").boolean);
  CHECK(m.field(e, "cost").number == Approx(4.20));
  CHECK(m.field(e, "cost").text == "EUR");
  CHECK(m.field(e, "volume").number == Approx(1200000));
  CHECK_FALSE(m.field(m.entities[m.find("touchpoint", "newsletter")], "mandatory").boolean);
}

TEST_CASE("handoffs, coverage and derived relations", "[model]") {
  auto l = test::load_text(kOrg);
  const auto& m = l->model();
  Index form = m.find("touchpoint", "claim-form"), decision = m.find("touchpoint", "claim-decision"),
        question = m.find("touchpoint", "question");
  REQUIRE(m.handoffs.size() == 5);
  using schema::Rel;
  const auto& crosses = m.relation(Rel::HandoffCrosses);
  const auto& slas = m.relation(Rel::HandoffSlas);
  Index h = m.find_handoff(form, question);
  REQUIRE(h != kNone);
  CHECK(crosses.flag(h));
  // The SLA has no `covers`: it covers handoffs from claims-owned to service-owned touchpoints.
  REQUIRE(slas.list(h).size() == 1);
  CHECK(m.entities[slas.list(h)[0]].id == "claims-service");
  CHECK(m.relation(Rel::HandoffCovered).flag(h));
  Index back = m.find_handoff(question, form);
  CHECK(crosses.flag(back));
  CHECK(slas.list(back).empty());  // SLA direction matters
  CHECK_FALSE(m.relation(Rel::HandoffCovered).flag(back));
  Index inside = m.find_handoff(form, decision);
  CHECK_FALSE(crosses.flag(inside));
  Index self = m.find_handoff(question, question);
  REQUIRE(self != kNone);
  CHECK_FALSE(crosses.flag(self));
  CHECK(m.relation(Rel::HandoffFrom).single(h) == form);
  CHECK(m.relation(Rel::HandoffTo).single(h) == question);
  const auto& department = m.relation(Rel::TouchpointDepartment);
  CHECK(department.single(form) == m.find("department", "claims"));
  CHECK(department.single(m.find("touchpoint", "newsletter")) == kNone);
  CHECK(m.relation(Rel::DepartmentTouchpoints).list(m.find("department", "claims")).size() == 2);  // owned through its role
  auto users = m.relation(Rel::ComponentUsers).list(m.find("component", "crm"));
  CHECK(std::vector<Index>(users.begin(), users.end()) == std::vector<Index>{form});
  CHECK(m.relation(Rel::TouchpointKpis).list(form).size() == 1);
  CHECK(m.relation(Rel::TouchpointOutgoing).list(form).size() == 2);
}

TEST_CASE("an SLA with covers covers exactly what it lists", "[model]") {
  std::string text = std::string(kOrg) +
                     "\nsla back {\n  from: service\n  to: claims\n  covers: [question -> claim-form]\n"
                     "  target: response-time <= 1 days\n}\n";
  auto l = test::load_text(text);
  REQUIRE(l->diags.all().empty());
  const auto& m = l->model();
  Index h = m.find_handoff(m.find("touchpoint", "question"), m.find("touchpoint", "claim-form"));
  auto slas = m.relation(schema::Rel::HandoffSlas).list(h);
  REQUIRE(slas.size() == 1);
  CHECK(m.entities[slas[0]].id == "back");
  // The value keeps the handoff and its ends: nothing after loading reads the syntax tree for them.
  const model::Val& covers = m.field(m.entities[m.find("sla", "back")], "covers");
  REQUIRE(covers.items.size() == 1);
  const model::Val& item = covers.items[0];
  CHECK(item.tag == model::Val::Tag::Handoff);
  CHECK(item.index == h);
  REQUIRE(item.items.size() == 2);
  CHECK(item.items[0].index == m.find("touchpoint", "question"));
  CHECK(item.items[0].text == "question");
  CHECK(item.items[1].index == m.find("touchpoint", "claim-form"));
  CHECK(item.items[1].text == "claim-form");
}

TEST_CASE("unknown references suggest the nearest ID with its place", "[model][diagnostics]") {
  auto l = test::load_text(std::string(kOrg) + "\ntouchpoint x {\n  phase: use\n  owner: claims-mgr\n}\n");
  REQUIRE(l->diags.all().size() == 1);
  const auto& d = l->diags.all()[0];
  CHECK(d.code == Code::UnknownReference);
  CHECK(d.message == "unknown role 'claims-mgr'");
  CHECK(d.help.find("did you mean 'claims-manager' (role, ") == 0);
  CHECK(d.span.col == 10);
}

TEST_CASE("a reference to an entity of another kind says so", "[model][diagnostics]") {
  auto l = test::load_text(std::string(kOrg) + "\ntouchpoint x {\n  phase: use\n  owner: claims\n}\n");
  REQUIRE(l->diags.all().size() == 1);
  CHECK(l->diags.all()[0].help == "'claims' is a department, but 'owner' needs a role");
}

TEST_CASE("duplicates point at both places", "[model][diagnostics]") {
  auto l = test::load_files({{"a.kubus", "unit retail \"Retail\"\n"}, {"b.kubus", "unit retail \"Again\"\n"}});
  REQUIRE(l->diags.all().size() == 1);
  const auto& d = l->diags.all()[0];
  CHECK(d.code == Code::DuplicateId);
  CHECK(l->sm.file(d.span.file).path.find("b.kubus") != std::string::npos);
  REQUIRE(d.related.size() == 1);
  CHECK(l->sm.file(d.related[0].span.file).path.find("a.kubus") != std::string::npos);
}

TEST_CASE("quantities are checked per field and converted", "[model][units]") {
  auto l = test::load_text(
      "department d {\n  kind: line\n}\ndepartment e {\n  kind: line\n}\n"
      "sla s {\n  from: d\n  to: e\n  target: response-time <= 2 days\n  actual: 48 h\n}\n"
      "channel c {\n  medium: phone\n  cost: 3 days\n}\n");
  REQUIRE(l->diags.all().size() == 1);
  CHECK(l->diags.all()[0].code == Code::BadUnit);
  const auto& m = l->model();
  const auto& s = m.entities[m.find("sla", "s")];
  CHECK(m.field(s, "target").items[0].number == Approx(m.field(s, "actual").number));  // 2 days == 48 h
}

TEST_CASE("use loads bundled libraries and relative files once", "[model][use]") {
  auto l = test::load_files({{"model/a.kubus", "use ccm\nuse \"../shared/b\"\nuse \"../shared/b.kubus\"\n"},
                             {"shared/b.kubus", "use \"../model/a.kubus\"\nunit b\n"}});
  INFO(l->diags.all().size());
  CHECK(l->diags.all().empty());
  const auto& m = l->model();
  CHECK(m.find("capability", "customer-history") != kNone);
  CHECK(m.find("practice", "market-sensing") != kNone);
  CHECK(m.find("unit", "b") != kNone);
}

TEST_CASE("a use of something missing is an error at the use", "[model][use]") {
  auto l = test::load_text("use cmm\nuse \"nowhere\"\n");
  REQUIRE(l->diags.all().size() == 2);
  CHECK(l->diags.all()[0].code == Code::UseNotFound);
  CHECK(l->diags.all()[0].help.find("did you mean 'ccm'?") == 0);
  CHECK(l->diags.all()[1].span.line == 2);
}

TEST_CASE("an unreadable path is reported for exit 2", "[model][bad-input]") {
  SourceManager sm;
  Diagnostics diags;
  auto r = model::load({"/nonexistent/kubus/model.kubus"}, {}, sm, diags);
  CHECK(r.unreadable);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].code == Code::CannotRead);
}

TEST_CASE("references into a declaration that failed to parse are not echoed", "[model][recovery]") {
  auto l = test::load_text("role r {\n  department: claims\n}\n\ndepartment claims {\n  kind: : line\n}\n");
  REQUIRE(l->diags.all().size() == 1);
  CHECK(l->diags.all()[0].code == Code::Syntax);
}

TEST_CASE("the bundled examples load without diagnostics", "[model][examples]") {
  for (const char* dir : {"/examples/hello", "/assessments/zorgverzekeraar"}) {
    SourceManager sm;
    Diagnostics diags;
    model::LoadOptions o;
    o.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
    auto r = model::load({std::string(KUBUS_SOURCE_DIR) + dir}, o, sm, diags);
    INFO(dir);
    CHECK(diags.all().empty());
    CHECK_FALSE(r.model.entities.empty());
  }
}

TEST_CASE("absent fields read as their documented defaults", "[model]") {
  auto l = test::load_text(kOrg);
  const auto& m = l->model();
  const auto& news = m.entities[m.find("touchpoint", "newsletter")];
  CHECK(m.field(news, "mandatory").tag == model::Val::Tag::Bool);
  CHECK_FALSE(m.field(news, "mandatory").boolean);
  const auto& kpi = m.entities[m.find("kpi", "nps")];
  CHECK(m.field(kpi, "orientation").text == "customer");
}

TEST_CASE("titles and strings are decoded once, when the model loads", "[model]") {
  auto l = test::load_text(R"(touchpoint t "A \"quoted\" \\ title" {
  phase: promise
  purpose: "two\tcolumns\nand lines"
}
touchpoint plain "Plain" {
  phase: promise
  purpose: ""
}
touchpoint untitled "" {
  phase: use
}
)");
  REQUIRE_FALSE(l->diags.has_errors());
  const auto& m = l->model();
  const auto& t = m.entities[m.find("touchpoint", "t")];
  CHECK(t.title == "A \"quoted\" \\ title");
  CHECK(m.display(t) == "A \"quoted\" \\ title");
  CHECK(m.field(t, "purpose").text == "two\tcolumns\nand lines");
  CHECK(m.display(m.entities[m.find("touchpoint", "plain")]) == "Plain");
  CHECK(m.field(m.entities[m.find("touchpoint", "plain")], "purpose").text.empty());
  CHECK(m.display(m.entities[m.find("touchpoint", "untitled")]) == "untitled");  // an empty title shows the ID
}

TEST_CASE("every kind has at most 32 fields, one bit each in Entity::written", "[model]") {
  for (const auto& k : schema::kinds()) {
    INFO(k.name);
    CHECK(k.fields.size() <= 32);
  }
}

namespace {

const char* kWritten = R"(
channel web { medium: web  assisted: false }
touchpoint said "Said" { phase: promise  mandate: false  channels: [web]  nl { title: "Gezegd" } }
touchpoint silent "Silent" { phase: promise  channels: [web] }
rule r "R" { message: "{t}"  for t in touchpoints  expect t.mandate  nl { message: "{t} nl" } }
)";

std::unique_ptr<test::Loaded> load_with_syntax(bool keep) {
  auto out = std::make_unique<test::Loaded>();
  out->dir = test::temp_dir();
  test::write_file(out->dir / "model.kubus", kWritten);
  model::LoadOptions options;
  options.keep_syntax = keep;
  out->result = model::load({out->dir.string()}, options, out->sm, out->diags);
  return out;
}

}  // namespace

TEST_CASE("an entity's syntax is freed once loaded unless kept, and what it wrote stays known", "[model]") {
  for (bool keep : {false, true}) {
    INFO("keep_syntax " << keep);
    auto l = load_with_syntax(keep);
    REQUIRE_FALSE(l->diags.has_errors());
    const auto& m = l->model();
    const auto& said = m.entities[m.find("touchpoint", "said")];
    const auto& silent = m.entities[m.find("touchpoint", "silent")];
    const int mandate = schema::field_index(m.spec(said), "mandate");
    CHECK((said.written >> mandate & 1U) == 1);
    CHECK((silent.written >> mandate & 1U) == 0);  // the default false is applied, not written
    CHECK(m.field(silent, "mandate").present());
    CHECK(m.display(said, Lang::Nl) == "Gezegd");  // the language block's text outlives its tree
    CHECK((said.decl != nullptr) == keep);
    if (keep) CHECK(said.decl->members.size() == 4);
    // A rule keeps its syntax: its clauses and messages are compiled after loading.
    const auto r = m.find("rule", "r");
    REQUIRE(m.entities[r].decl != nullptr);
    CHECK_FALSE(m.entities[r].decl->items.empty());
    const model::Variant* nl = m.variant(r, schema::field_index(m.spec(m.entities[r]), "message"), Lang::Nl);
    REQUIRE(nl != nullptr);
    CHECK(nl->value != nullptr);
  }
}
