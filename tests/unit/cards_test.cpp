// The contact-moment cards and the cost of contact (issue 17): the cost per
// channel and phase adds up to the derived channel.yearly-cost, a touchpoint
// without a cost shows none (not 0), the cards take the mandatory touchpoints
// with their KPIs met or missed, and every writer shows them.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <variant>

#include "driver/cards.h"
#include "driver/cost.h"
#include "driver/cube.h"
#include "report/html.h"
#include "report/report.h"
#include "report/view.h"
#include "test_util.h"

using namespace kubus;
using namespace kubus::report;

namespace {

const char* kAssessment = R"(kubus-assessment: 1
title: "Acme cards"
date: 2026-11-02
model: [model/]
matrix: ccm
targets: {governance: 3}
horizon: {start: 2027-Q1, years: 2}
capacity: {per-quarter: 6 pm, budget-per-year: 120000 EUR}
)";

// Phone and chat have a cost per contact, the portal none. `vraag` (deliver,
// phone and chat) costs 4000 EUR a year, `rekening` (settle, phone) 5000;
// `klacht` (use, chat) has a cost but no volume, `folder` (promise, portal) a
// volume but no cost, `balie` (deliver) no channel. Three are mandatory.
const char* kModel = R"(use ccm

organisation acme "Acme" {}
unit retail "Retail" {}
department service "Customer service" { kind: line  unit: retail }
role service-manager "Service manager" { department: service }
role cx-lead "CX lead" { department: service }

channel phone "Phone" { medium: phone  assisted: true  cost: 5.50 EUR }
channel chat "Chat" { medium: chat  assisted: true  cost: 2 EUR }
channel portal "Portal" { medium: portal }

touchpoint vraag "Question" {
  phase: deliver
  mandatory: true
  owner: service-manager
  supervisor: cx-lead
  channels: [phone, chat]
  purpose: "Answer the question"
  exchanges: "The question and the answer"
  experience: "Helped at once"
  promised: "An answer the same day"
  effort: 3
  volume: 1000 /year
  cost: 4 EUR
  mandate: true
  feedback { sources: [survey, complaints]  routed-to: cx-lead  closed-loop: true }
  nl { title: "Vraag"  purpose: "De vraag beantwoorden" }
}
touchpoint rekening "Invoice" {
  phase: settle
  mandatory: true
  owner: service-manager
  channels: [phone]
  volume: 500 /year
  cost: 10 EUR
  mandate: false
}
touchpoint klacht "Complaint" {
  phase: use
  mandatory: true
  owner: service-manager
  channels: [chat]
  cost: 3 EUR
}
touchpoint folder "Leaflet" {
  phase: promise
  owner: service-manager
  channels: [portal]
  volume: 100 /year
}
touchpoint balie "Counter" {
  phase: deliver
  owner: service-manager
  volume: 100 /year
  cost: 1 EUR
}

kpi vraag-csat "Question CSAT" {
  of: vraag
  metric: csat
  target: >= 8
  actual: 7
  frequency: daily
}
kpi vraag-nps "Question NPS" {
  of: vraag
  metric: nps
  target: >= 20
  actual: 30
}
kpi rekening-nps "Invoice NPS" {
  of: rekening
  metric: nps
  target: >= 20
}
)";

struct Ran {
  explicit Ran(model::LoadOptions load) : s(std::move(load)) {}
  driver::Session s;
  std::unique_ptr<driver::Run> run;
};

std::unique_ptr<Ran> run_fixture() {
  auto dir = test::temp_dir();
  test::write_file(dir / "assessment.yaml", kAssessment);
  test::write_file(dir / "model" / "org.kubus", kModel);
  model::LoadOptions load;
  load.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  auto out = std::make_unique<Ran>(load);
  out->run = driver::assess(out->s, (dir / "assessment.yaml").string());
  return out;
}

const driver::CostRow* row_of(const driver::Run& r, const driver::CostTable& t, std::string_view channel) {
  for (const auto& row : t.rows)
    if ((row.channel == model::kNone && channel.empty()) ||
        (row.channel != model::kNone && r.model.entities[row.channel].id == channel))
      return &row;
  return nullptr;
}

std::size_t phase(std::string_view p) {
  const auto& phases = driver::cube_phases();
  return static_cast<std::size_t>(std::find(phases.begin(), phases.end(), p) - phases.begin());
}

const view::Cards* cards_of(const view::Report& v) {
  const view::Section* s = v.find("contacts");
  if (!s) return nullptr;
  for (const auto& b : s->blocks)
    if (const auto* c = std::get_if<view::Cards>(&b)) return c;
  return nullptr;
}

std::string answer(const view::Card& c, std::string_view key) {
  std::string out;
  for (const auto& row : c.rows)
    if (row.key == key)
      for (const auto& f : row.facts) out += (out.empty() ? "" : "; ") + f.text;
  return out;
}

}  // namespace

TEST_CASE("the cost per channel adds up to the derived channel yearly-cost", "[cards][cost]") {
  auto a = run_fixture();
  REQUIRE(a->run);
  const driver::Run& r = *a->run;
  const driver::CostTable t = driver::cost_of_contact(r);
  CHECK(t.currency == "EUR");
  CHECK(t.touchpoints == 5);
  CHECK(t.costed == 3);  // vraag, rekening, balie
  const model::Relation& derived = r.model.relation(schema::Rel::ChannelYearlyCost);
  for (auto id : {"phone", "chat"}) {
    INFO(id);
    const auto* row = row_of(r, t, id);
    REQUIRE(row);
    const model::Val& q = derived.quantity(r.model.find("channel", id));
    REQUIRE(q.present());
    CHECK(row->total.amount == Approx(q.number));
    double phases = 0;
    for (const auto& c : row->phases) phases += c.amount;
    CHECK(phases == Approx(row->total.amount));
  }
  CHECK(row_of(r, t, "phone")->total.amount == Approx(7000));  // half of vraag's 4000, all of rekening's 5000
  CHECK(row_of(r, t, "chat")->phases[phase("deliver")].amount == Approx(2000));
  // The portal carries only a touchpoint without a cost: none, not 0, as the derived relation has none.
  const auto* portal = row_of(r, t, "portal");
  REQUIRE(portal);
  CHECK(portal->total.none());
  CHECK_FALSE(derived.quantity(r.model.find("channel", "portal")).present());
  const auto* no_channel = row_of(r, t, "");
  REQUIRE(no_channel);
  CHECK(no_channel->total.amount == Approx(100));
  CHECK(t.phase_totals[phase("deliver")].amount == Approx(4100));
  CHECK(t.phase_totals[phase("settle")].amount == Approx(5000));
  CHECK(t.phase_totals[phase("promise")].none());
  CHECK(t.phase_totals[phase("use")].none());  // klacht has a cost but no volume
  CHECK(t.total.amount == Approx(9100));
}

TEST_CASE("the cube's cells carry their yearly cost, a channel's table its share", "[cards][cost]") {
  auto a = run_fixture();
  REQUIRE(a->run);
  auto tables = driver::cube(*a->run);
  REQUIRE(tables.size() >= 2);
  REQUIRE(tables[0].scope == driver::CubeScope::AllChannels);
  const auto& retail = tables[0].rows.front();  // the one unit
  CHECK(retail.cells[phase("deliver")].cost.amount == Approx(4100));
  CHECK(retail.cells[phase("promise")].touchpoints == 1);
  CHECK(retail.cells[phase("promise")].cost.none());
  for (const auto& t : tables)
    if (t.scope == driver::CubeScope::Channel && a->run->model.entities[t.channel].id == "chat")
      CHECK(t.rows.front().cells[phase("deliver")].cost.amount == Approx(2000));
}

TEST_CASE("a card per mandatory touchpoint, the most contacts first, KPIs met or missed", "[cards]") {
  auto a = run_fixture();
  REQUIRE(a->run);
  const driver::Run& r = *a->run;
  auto cards = driver::cards(r);
  std::vector<std::string_view> ids;
  for (const auto& c : cards) ids.push_back(r.model.entities[c.touchpoint].id);
  CHECK(ids == std::vector<std::string_view>{"vraag", "rekening", "klacht"});  // klacht has no volume: last
  const driver::Card& vraag = cards[0];
  REQUIRE(vraag.yearly_cost);
  CHECK(vraag.yearly_cost->amount == Approx(4000));
  REQUIRE(vraag.kpis.size() == 2);
  CHECK(vraag.kpis[0].met == false);  // vraag-csat: 7 against >= 8
  CHECK(vraag.kpis[0].frequency == "daily");
  CHECK(vraag.kpis[1].met == true);   // vraag-nps
  CHECK(vraag.mandate == driver::Mandate::Yes);
  REQUIRE(vraag.feedback);
  CHECK(vraag.feedback->closed_loop);
  CHECK(cards[1].kpis.size() == 1);
  CHECK_FALSE(cards[1].kpis[0].met.has_value());  // measured by no actual
  CHECK(cards[1].mandate == driver::Mandate::No);
  CHECK(cards[2].mandate == driver::Mandate::NotDescribed);  // false by default, but not written
  CHECK_FALSE(cards[2].yearly_cost);
  CHECK(cards[2].cost);
}

TEST_CASE("a card says what the model does not describe, and its cost without a volume", "[cards][view]") {
  auto a = run_fixture();
  REQUIRE(a->run);
  view::Report v = view::build(*a->run, a->s.sm, "test");
  const view::Cards* cards = cards_of(v);
  REQUIRE(cards);
  REQUIRE(cards->cards.size() == 3);
  const view::Card& vraag = cards->cards[0];
  CHECK(answer(vraag, "purpose") == "Answer the question");
  CHECK(answer(vraag, "cost") == "EUR 4,000 a year (EUR 4.00 a contact)");
  CHECK(answer(vraag, "channels") == "Phone: EUR 5.50 a contact; Chat: EUR 2.00 a contact");
  CHECK(answer(vraag, "kpis") == "csat >= 8: 7, missed (measured daily); nps >= 20: 30, met");
  CHECK(answer(vraag, "mandate") == "may solve it or make a gesture on the spot");
  const view::Card& klacht = cards->cards[2];
  CHECK(answer(klacht, "purpose") == "not described");
  CHECK(answer(klacht, "supervisor") == "not described");
  CHECK(answer(klacht, "mandate") == "not described");
  CHECK(answer(klacht, "kpis") == "none");
  CHECK(answer(klacht, "cost") == "EUR 3.00 a contact; no yearly cost without a volume");
  CHECK(klacht.lead == "Use, volume not described");
}

TEST_CASE("the cost table shows none where no touchpoint has a cost, and every writer shows cards and cost",
          "[cards][cost][view]") {
  auto a = run_fixture();
  REQUIRE(a->run);
  view::Report v = view::build(*a->run, a->s.sm, "test");
  const view::Section* cube = v.find("cube");
  REQUIRE(cube);
  const view::Table* cost = nullptr;
  int layers = 0;
  for (const auto& b : cube->blocks) {
    if (const auto* t = std::get_if<view::Table>(&b)) cost = t;
    if (const auto* c = std::get_if<view::Cube>(&b)) layers += c->layer == view::CubeLayer::Cost;
  }
  CHECK(layers == 1);
  REQUIRE(cost);
  bool portal = false;
  for (const auto& row : cost->rows)
    if (row[0].text == "Portal") {
      portal = true;
      CHECK(row.back().missing);
      CHECK(row.back().text == "–");
    }
  CHECK(portal);
  CHECK(cost->rows.back()[0].text == "Total");
  CHECK(cost->rows.back().back().text == "EUR 9,100");

  const std::string html = to_html(*a->run, a->s.sm, "test");
  CHECK(html.find("<div class=\"card\">\n<h3>Question <code>vraag</code></h3>") != std::string::npos);
  CHECK(html.find("<span class=\"fails\">csat &gt;= 8: 7, missed (measured daily)</span>") != std::string::npos);
  const std::string md = to_markdown(*a->run, a->s.sm, "test");
  CHECK(md.find("### Question (`vraag`)") != std::string::npos);
  CHECK(md.find("**Yearly cost of contact, all channels**") != std::string::npos);
  auto json = nlohmann::json::parse(to_json(*a->run, a->s.sm, "test"));
  REQUIRE(json["cards"].size() == 3);
  CHECK(json["cards"][0]["yearly_cost"]["amount"] == 4000);
  CHECK(json["cards"][2]["yearly_cost"].is_null());
  CHECK(json["cards"][2]["mandate"].is_null());
  CHECK(json["cost"]["total"] == 9100);
  CHECK(json["cost"]["channels"][2]["channel"] == "portal");
  CHECK(json["cost"]["channels"][2]["total"].is_null());
}

TEST_CASE("a Dutch card speaks Dutch and reads the model's Dutch texts", "[cards][i18n]") {
  auto a = run_fixture();
  REQUIRE(a->run);
  a->run->lang = Lang::Nl;
  view::Report v = view::build(*a->run, a->s.sm, "test");
  const view::Cards* cards = cards_of(v);
  REQUIRE(cards);
  const view::Card& vraag = cards->cards[0];
  CHECK(vraag.title == "Vraag");
  CHECK(answer(vraag, "purpose") == "De vraag beantwoorden");
  CHECK(answer(vraag, "cost") == "€ 4.000 per jaar (€ 4,00 per contact)");
  CHECK(vraag.rows[0].label == "Doel");
  CHECK(answer(cards->cards[2], "purpose") == "niet beschreven");
}
