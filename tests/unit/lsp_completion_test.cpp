// Completion: where the cursor is (read from the tokens before it) and what is
// offered there: kinds, fields, enumerated values, units, the IDs of the right
// kind, and in rules collections, variables and members.
#include "lsp/completion_site.h"
#include "lsp_fixture.h"

using namespace kubus;
using lsp::CompletionSite;
using test::Json;
using test::LspSession;
using What = CompletionSite::What;

namespace {

// The site at the '|' of `marked`.
CompletionSite site(std::string marked) {
  auto at = marked.find('|');
  REQUIRE(at != std::string::npos);
  marked.erase(at, 1);
  return lsp::completion_site(marked, at);
}

std::string kind_of(const CompletionSite& s) { return s.kind ? std::string(s.kind->name) : ""; }
std::string field_of(const CompletionSite& s) { return s.field ? std::string(s.field->name) : ""; }
std::vector<std::string> member_kinds(const CompletionSite& s) {
  std::vector<std::string> out;
  for (const auto* k : s.members_of) out.emplace_back(k->name);
  return out;
}

}  // namespace

TEST_CASE("completion sites at the top level", "[lsp][completion]") {
  CHECK(site("|").what == What::Kinds);
  CHECK(site("unit x\n|").what == What::Kinds);
  auto typed = site("unit x\ntou|");
  CHECK(typed.what == What::Kinds);
  CHECK(typed.prefix == "tou");
  CHECK(site("unit x {\n}\n|").what == What::Kinds);
  CHECK(site("touchpoint |").what == What::Nothing);
  CHECK(site("touchpoint intake|").what == What::Nothing);
  CHECK(site("use |").what == What::Libraries);
  CHECK(site("use cc|").prefix == "cc");
  CHECK(site("# a comment |").what == What::Nothing);
}

TEST_CASE("completion sites in a block: fields, values, list items, units", "[lsp][completion]") {
  auto fields = site("touchpoint a \"Title with { brace\" {\n  phase: settle\n  ow|");
  CHECK(fields.what == What::Fields);
  CHECK(kind_of(fields) == "touchpoint");
  CHECK(fields.prefix == "ow");
  CHECK(fields.written == std::vector<std::string>{"phase"});
  CHECK(site("touchpoint a {\n  |").what == What::Fields);

  auto phase = site("touchpoint a {\n  phase: |");
  CHECK(phase.what == What::Value);
  CHECK(field_of(phase) == "phase");
  CHECK_FALSE(phase.insert_space);
  auto owner = site("touchpoint a {\n  owner:|");
  CHECK(field_of(owner) == "owner");
  CHECK(owner.insert_space);
  auto dashed = site("touchpoint a {\n  owner: claims-|");
  CHECK(dashed.what == What::Value);
  CHECK(dashed.prefix == "claims-");

  auto item = site("touchpoint a {\n  channels: [portal, |");
  CHECK(item.what == What::Value);
  CHECK(field_of(item) == "channels");
  CHECK(item.written == std::vector<std::string>{"portal"});
  CHECK(site("touchpoint a {\n  channels: [\n    portal,\n    |").what == What::Value);
  CHECK(site("touchpoint a {\n  channels: [portal |").what == What::Nothing);
  CHECK(site("touchpoint a {\n  phase: settle |").what == What::Nothing);

  auto nested = site("touchpoint a {\n  feedback {\n    |");
  CHECK(nested.what == What::Fields);
  CHECK(kind_of(nested) == "feedback");
  CHECK(field_of(site("touchpoint a {\n  feedback {\n    routed-to: |")) == "routed-to");
  CHECK(site("touchpoint a {\n  feedback {\n    sources: [survey]\n  }\n  |").what == What::Fields);

  auto unit = site("channel c {\n  cost: 4.20 |");
  CHECK(unit.what == What::Unit);
  CHECK(field_of(unit) == "cost");
  CHECK(site("channel c {\n  cost: 4.20 EU|").prefix == "EU");
  auto rate = site("touchpoint a {\n  volume: 3 /mo|");
  CHECK(rate.what == What::Unit);
  CHECK(rate.prefix == "/mo");

  CHECK(site("touchpoint a {\n  purpose: \"why |").what == What::Nothing);
  CHECK(site("touchpoint a {\n  # a comment |").what == What::Nothing);
  CHECK(site("touchpoint a {\n  effort: 3|").what == What::Nothing);
}

TEST_CASE("completion sites in rules: clauses, collections, variables, members", "[lsp][completion]") {
  auto start = site("rule r {\n  |");
  CHECK(start.what == What::Fields);
  CHECK(start.rule);
  CHECK(field_of(site("rule r {\n  severity: |")) == "severity");
  CHECK(site("rule r {\n  for t in |").what == What::Expression);
  CHECK(site("rule r {\n  for |").what == What::Nothing);
  CHECK(site("rule r {\n  for t in touchpoints |").what == What::Operators);
  CHECK(site("rule r {\n  for t in touchpoints where t.phase == settle\n  |").what == What::Fields);

  CHECK(member_kinds(site("rule r {\n  for t in touchpoints where t.|")) == std::vector<std::string>{"touchpoint"});
  CHECK(member_kinds(site("rule r {\n  for t in touchpoints\n  expect t.owner.|")) == std::vector<std::string>{"role"});
  CHECK(member_kinds(site("rule r {\n  for t in touchpoints\n  expect t.owner.department.|")) ==
        std::vector<std::string>{"department"});
  CHECK(member_kinds(site("rule r {\n  for h in handoffs\n  expect h.from.|")) == std::vector<std::string>{"touchpoint"});
  CHECK(member_kinds(site("rule r {\n  for k in kpis\n  expect k.of.|")) ==
        std::vector<std::string>{"touchpoint", "unit", "segment"});
  auto quantified = site("rule r {\n  for d in departments\n  expect any s in slas: s.|");
  CHECK(member_kinds(quantified) == std::vector<std::string>{"sla"});
  auto vars = site("rule r {\n  for d in departments\n  expect any s in slas: s.from == |");
  CHECK(vars.what == What::Expression);
  CHECK(vars.variables == std::vector<std::string>{"d", "s"});
  CHECK(member_kinds(site("rule r {\n  for d in departments\n  expect count(d.touchpoints) > 0 and all t in d.touchpoints: t.|")) ==
        std::vector<std::string>{"touchpoint"});
}

namespace {

// Completes at the '|' of `marked`, written as the buffer of `name`.
Json complete(LspSession& s, const std::string& name, std::string marked, int version) {
  auto at = marked.find('|');
  REQUIRE(at != std::string::npos);
  marked.erase(at, 1);
  s.replace_all(name, marked, version);
  std::string before = marked.substr(0, at);
  int line = static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  std::string last = before.substr(before.rfind('\n') == std::string::npos ? 0 : before.rfind('\n') + 1);
  int units = 0;  // the character offset in UTF-16 units, as the client counts
  for (std::size_t i = 0; i < last.size();) {
    auto c = static_cast<unsigned char>(last[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    units += n == 4 ? 2 : 1;
    i += n;
  }
  Json r = s.request("textDocument/completion", s.position_params(name, line, units));
  CHECK(r["isIncomplete"] == false);
  return r["items"];
}

std::set<std::string> labels(const Json& items) {
  std::set<std::string> out;
  for (const auto& i : items) out.insert(i["label"].get<std::string>());
  return out;
}

struct Completion {
  LspSession s{test::claims_model()};
  std::string journey = test::claims_model().at("journey.kubus");
  int version = 1;
  Completion() { s.open("journey.kubus", journey); }
  Json at(const std::string& marked) { return complete(s, "journey.kubus", journey + marked, ++version); }
};

}  // namespace

TEST_CASE("completion offers the kinds where a declaration starts", "[lsp][completion]") {
  Completion c;
  Json items = c.at("\n|");
  auto l = labels(items);
  for (const char* k : {"touchpoint", "department", "role", "channel", "component", "sla", "kpi", "observation", "use", "rule"})
    CHECK(l.count(k));
  CHECK_FALSE(l.count("feedback"));
  CHECK_FALSE(l.count("handoff"));
  for (const auto& i : items)
    if (i["label"] == "touchpoint") CHECK(i["textEdit"]["newText"] == "touchpoint ");
}

TEST_CASE("completion offers the fields of the kind not yet written", "[lsp][completion]") {
  Completion c;
  Json items = c.at("\ntouchpoint t \"T\" {\n  phase: use\n  |\n}\n");
  auto l = labels(items);
  CHECK_FALSE(l.count("phase"));
  for (const char* f : {"owner", "channels", "next", "mandatory", "feedback", "volume"}) CHECK(l.count(f));
  CHECK(l.size() == schema::find_kind("touchpoint")->fields.size() - 1);
  for (const auto& i : items)
    if (i["label"] == "owner") {
      CHECK(i["textEdit"]["newText"] == "owner: ");
      CHECK_THAT(i["detail"].get<std::string>(), Catch::StartsWith("→ role"));
    }
}

TEST_CASE("completion offers the IDs of the field's kind", "[lsp][completion]") {
  Completion c;
  CHECK(labels(c.at("\ntouchpoint t \"T\" {\n  owner: |\n}\n")) == std::set<std::string>{"claims-manager", "service-manager"});
  CHECK(labels(c.at("\ntouchpoint t \"T\" {\n  channels: [|]\n}\n")) == std::set<std::string>{"phone", "portal"});
  CHECK(labels(c.at("\ntouchpoint t \"T\" {\n  channels: [phone, |]\n}\n")) == std::set<std::string>{"portal"});
  // (t itself has a syntax error until the list is closed: it is not in the model yet)
  CHECK(labels(c.at("\ntouchpoint t \"T\" {\n  next: [|\n}\n")) == std::set<std::string>{"claim-question", "submit-claim"});
  CHECK(labels(c.at("\ntouchpoint t \"T\" {\n  uses: |\n}\n")) == std::set<std::string>{"crm"});
  auto caps = labels(c.at("\ncomponent x \"X\" {\n  capabilities: [|\n}\n"));  // from the bundled library
  CHECK(caps.count("crm"));
  CHECK(caps.count("document-composition"));
  Json handoffs = c.at("\nsla s \"S\" {\n  covers: [|\n}\n");
  CHECK(labels(handoffs) == std::set<std::string>{"submit-claim -> claim-question"});
  CHECK(handoffs.at(0)["detail"] == "handoff");  // its derived `slas` holds claims-to-service
  CHECK(labels(c.at("\ntouchpoint t \"T\" {\n  phase: |\n}\n")) ==
        std::set<std::string>{"promise", "deliver", "settle", "use"});
  CHECK(labels(c.at("\ntouchpoint t \"T\" {\n  mandatory: |\n}\n")) == std::set<std::string>{"true", "false"});
}

TEST_CASE("completion offers the fields of the articles' contact moments", "[lsp][completion]") {
  Completion c;
  auto touchpoint = labels(c.at("\ntouchpoint t \"T\" {\n  phase: use\n  |\n}\n"));
  for (const char* f : {"mandate", "promised", "switch-moment"}) CHECK(touchpoint.count(f));
  auto channel = labels(c.at("\nchannel x \"X\" {\n  medium: phone\n  |\n}\n"));
  for (const char* f : {"published", "hours"}) CHECK(channel.count(f));
  auto component = labels(c.at("\ncomponent x \"X\" {\n  department: claims\n  |\n}\n"));
  for (const char* f : {"retention", "ex-customer-access", "own-login"}) CHECK(component.count(f));
  CHECK(labels(c.at("\nrole r \"R\" {\n  department: claims\n  |\n}\n")).count("ambassador"));
  CHECK(labels(c.at("\nkpi k \"K\" {\n  frequency: |\n}\n")) ==
        std::set<std::string>{"realtime", "daily", "weekly", "monthly", "quarterly", "yearly"});
  CHECK(labels(c.at("\ntouchpoint t \"T\" {\n  switch-moment: |\n}\n")) == std::set<std::string>{"true", "false"});
}

TEST_CASE("an item replaces the whole name typed, dashes included", "[lsp][completion]") {
  Completion c;
  Json items = c.at("\ntouchpoint t \"T\" {\n  owner: claims-|\n}\n");
  REQUIRE(items.size() == 2);  // the client filters; the range says what it replaces
  int line = static_cast<int>(std::count(c.journey.begin(), c.journey.end(), '\n')) + 2;
  CHECK(items[0]["textEdit"]["range"] == test::range(line, 9, line, 16));
  Json spaced = c.at("\ntouchpoint t \"T\" {\n  owner:|\n}\n");
  CHECK(spaced[0]["textEdit"]["newText"] == " claims-manager");
  CHECK(spaced[0]["filterText"] == "claims-manager");
}

TEST_CASE("the range of an item counts UTF-16 units before it", "[lsp][completion]") {
  Completion c;
  Json items = c.at("\nrole r \"\xC3\xA9\xC3\xA9n \xF0\x9F\x98\x80\" { department: cl| }\n");
  REQUIRE(labels(items).count("claims"));
  int line = static_cast<int>(std::count(c.journey.begin(), c.journey.end(), '\n')) + 1;
  // `role r "één 😀" { department: ` is 29 code points and 30 UTF-16 units.
  CHECK(items[0]["textEdit"]["range"] == test::range(line, 30, line, 32));
}

TEST_CASE("completion of units, rule collections and members", "[lsp][completion]") {
  Completion c;
  auto money = labels(c.at("\nchannel x \"X\" {\n  medium: web\n  cost: 4.20 |\n}\n"));
  CHECK(money.count("EUR"));
  CHECK_FALSE(money.count("days"));
  auto rate = labels(c.at("\ntouchpoint t \"T\" {\n  volume: 40000 /|\n}\n"));
  CHECK(rate.count("/month"));
  CHECK_FALSE(rate.count("EUR"));
  auto colls = labels(c.at("\nrule r {\n  for t in |\n}\n"));
  CHECK(colls.count("touchpoints"));
  CHECK(colls.count("handoffs"));
  CHECK_FALSE(colls.count("rules"));
  auto members = labels(c.at("\nrule r {\n  for t in touchpoints\n  expect t.|\n}\n"));
  for (const char* m : {"owner", "phase", "department", "outgoing", "kpis"}) CHECK(members.count(m));
  auto clauses = labels(c.at("\nrule r {\n  severity: info\n  |\n}\n"));
  CHECK(clauses.count("for"));
  CHECK(clauses.count("expect"));
  CHECK(clauses.count("rationale"));
  CHECK_FALSE(clauses.count("severity"));
}

TEST_CASE("no completion in strings, comments and numbers", "[lsp][completion]") {
  Completion c;
  CHECK(c.at("\ntouchpoint t \"T\" {\n  purpose: \"wh|\"\n}\n").empty());
  CHECK(c.at("\n# owner: |\n").empty());
  CHECK(c.at("\ntouchpoint t \"T\" {\n  effort: 3|\n}\n").empty());
}
