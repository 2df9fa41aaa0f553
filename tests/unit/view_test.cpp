// The report's view model (report/view.h): every section in page order and in
// every writer, tables capped with "and N more", findings by severity, page
// one in plain words (no IDs or prefixes), money per language, and the gaps
// ranked by customer impact (top_gaps).
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <variant>

#include "i18n/i18n.h"
#include "report/html.h"
#include "report/report.h"
#include "report/top_gaps.h"
#include "report/view.h"
#include "test_util.h"

using namespace kubus;
using namespace kubus::report;

namespace {

const char* kAssessment = R"(kubus-assessment: 1
title: "Acme view"
date: 2026-11-02
model: [model/]
matrix: ccm
targets: {governance: 3, channels: 3, culture: 2}
horizon: {start: 2027-Q1, years: 3}
capacity: {per-quarter: 6 pm, budget-per-year: 120000 EUR}
)";

// Two departments; a handoff between two mandatory, high-volume touchpoints
// without an SLA, and a circle of three touchpoints nobody has to pass; a
// dozen touchpoints without an owner for the caps.
std::string model() {
  std::string out = R"(use ccm

organisation acme "Acme" {}

department service "Customer service" { kind: line }
department billing "Billing" { kind: line }
role service-manager "Service manager" { department: service }
role billing-manager "Billing manager" { department: billing }

touchpoint tp-invoice "Invoice" {
  phase: settle
  mandatory: true
  volume: 900000 /year
  owner: billing-manager
  next: [tp-question]
}
touchpoint tp-question "Question about the invoice" {
  phase: settle
  mandatory: true
  volume: 50000 /year
  owner: service-manager
}
touchpoint loop-a "Loop A" { phase: use  owner: service-manager  next: [loop-b] }
touchpoint loop-b "Loop B" { phase: use  owner: billing-manager  next: [loop-c] }
touchpoint loop-c "Loop C" { phase: use  owner: service-manager  next: [loop-a] }
)";
  for (int i = 0; i < 12; ++i) out += "touchpoint orphan-" + std::to_string(i) + " \"Orphan\" { phase: promise }\n";
  return out;
}

struct Ran {
  explicit Ran(model::LoadOptions load) : s(std::move(load)) {}
  driver::Session s;
  std::unique_ptr<driver::Run> run;
};

std::unique_ptr<Ran> run_fixture() {
  auto dir = test::temp_dir();
  test::write_file(dir / "assessment.yaml", kAssessment);
  test::write_file(dir / "model" / "org.kubus", model());
  model::LoadOptions load;
  load.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  auto out = std::make_unique<Ran>(load);
  out->run = driver::assess(out->s, (dir / "assessment.yaml").string());
  return out;
}

// Every text a section holds, one piece per line.
struct Flatten {
  std::string& out;
  void line(const view::Line& l) const {
    for (const auto& t : l) out += t.text;
    out += "\n";
  }
  void operator()(const view::Heading& h) const { out += h.text + " " + h.code + "\n"; }
  void operator()(const view::Paragraph& p) const { line(p.line); }
  void operator()(const view::List& l) const {
    for (const auto& i : l.items) line(i);
  }
  void operator()(const view::Figures& f) const {
    for (const auto& k : f.items) out += k.label + " " + k.value + " " + k.detail + "\n";
  }
  void operator()(const view::Table& t) const {
    for (const auto& c : t.columns) out += c.heading + "\n";
    for (const auto& row : t.rows)
      for (const auto& c : row) out += c.text + " " + c.detail + "\n";
    out += t.more + "\n";
  }
  void operator()(const view::Radar& r) const {
    for (const auto& a : r.axes) out += a + "\n";
  }
  void operator()(const view::Cube&) const {}
  void operator()(const view::Gantt&) const {}
  void operator()(const view::Cards& c) const {
    for (const auto& card : c.cards) {
      out += card.title + " " + card.code + "\n" + card.lead + "\n";
      for (const auto& row : card.rows) {
        out += row.label + ":";
        for (const auto& f : row.facts) out += " " + f.text;
        out += "\n";
      }
    }
  }
  void operator()(const view::SiloPicture&) const {}
};

std::string flatten(const view::Section& s) {
  std::string out;
  for (const auto& b : s.blocks) std::visit(Flatten{out}, b);
  return out;
}

// The run and its view, with the section `id`.
struct Viewed {
  std::unique_ptr<Ran> ran = run_fixture();
  view::Report report = ran->run ? view::build(*ran->run, ran->s.sm, "test") : view::Report{};
  const view::Section* section(std::string_view id) const { return report.find(id); }
};

std::vector<const view::Table*> tables(const view::Section& s) {
  std::vector<const view::Table*> out;
  for (const auto& b : s.blocks)
    if (const auto* t = std::get_if<view::Table>(&b)) out.push_back(t);
  return out;
}

}  // namespace

TEST_CASE("the view has every section in page order, and report.html and report.md show each", "[view]") {
  auto a = run_fixture();
  REQUIRE(a->run);
  auto v = view::build(*a->run, a->s.sm, "test");
  std::vector<std::string> ids;
  for (const auto& s : v.sections) ids.push_back(s.id);
  CHECK(ids == std::vector<std::string>{"summary", "radar", "cube", "contacts", "graph", "roadmap", "dimensions", "gaps",
                                        "findings"});
  std::string html = to_html(*a->run, a->s.sm, "test");
  std::string md = to_markdown(*a->run, a->s.sm, "test");
  for (const auto& s : v.sections) {
    INFO(s.id);
    CHECK(html.find("<section id=\"" + s.id + "\">") != std::string::npos);
    CHECK(md.find("\n## " + s.heading + "\n") != std::string::npos);
  }
  // report.md draws the radar and the cube as tables and the silo picture as Mermaid.
  CHECK(md.find("| Customer strategy |") != std::string::npos);
  CHECK(md.find("**All channels**") != std::string::npos);
  CHECK(md.find("```mermaid\nflowchart TB\n") != std::string::npos);  // the department overview
}

TEST_CASE("a table longer than its cap shows the cap and says how many more", "[view]") {
  Viewed v;
  REQUIRE(v.ran->run);
  const auto& a = v.ran;
  const view::Section* findings = v.section("findings");
  REQUIRE(findings);
  const view::Table* capped = nullptr;
  for (const auto* t : tables(*findings))
    if (t->total() > view::kFindingsPerRule) capped = t;
  REQUIRE(capped);  // the twelve touchpoints without an owner
  CHECK(capped->shown() == view::kFindingsPerRule);
  CHECK(capped->more == fmt::format("and {} more (see report.json)", capped->total() - view::kFindingsPerRule));
  std::string html = to_html(*a->run, a->s.sm, "test");
  CHECK(html.find("<p class=\"note\">" + capped->more + "</p>") != std::string::npos);
  std::string md = to_markdown(*a->run, a->s.sm, "test");
  CHECK(md.find("_" + capped->more + "_") != std::string::npos);
}

TEST_CASE("findings are listed by severity, then rule", "[view]") {
  Viewed v;
  REQUIRE(v.ran->run);
  const driver::Run& r = *v.ran->run;
  const view::Section* findings = v.section("findings");
  REQUIRE(findings);
  std::vector<std::pair<Severity, std::string>> order;
  for (const auto& b : findings->blocks)
    if (const auto* h = std::get_if<view::Heading>(&b)) {
      const auto& all = driver::findings(r);
      auto f = std::find_if(all.begin(), all.end(), [&](const auto& x) { return x.rule == h->code; });
      REQUIRE(f != all.end());
      order.emplace_back(f->severity, h->code);
    }
  REQUIRE(order.size() > 2);
  CHECK(std::is_sorted(order.begin(), order.end()));
  CHECK(order.front().first == Severity::Error);  // the model has errors and warnings: errors come first
  CHECK(order.back().first != Severity::Error);
}

TEST_CASE("page one speaks in titles and plain words, with no IDs or prefixes", "[view]") {
  Viewed v;
  REQUIRE(v.ran->run);
  const view::Section* summary = v.section("summary");
  REQUIRE(summary);
  std::string text = flatten(*summary);
  for (const char* id : {"rule:", "gap:", "observed:", "uncovered-handoff", "ping-pong", "tp-invoice", "tp-question",
                         "loop-a", "service-manager", "billing-manager", " pm"}) {
    INFO(id);
    CHECK(text.find(id) == std::string::npos);
  }
  CHECK(text.find("Handoff without an SLA: Invoice (Billing) hands the customer to Question about the invoice "
                  "(Customer service)") != std::string::npos);
  CHECK(text.find("The customer is sent in circles: a circle between Loop A, Loop B and Loop C, across 2 "
                  "departments") != std::string::npos);
  CHECK(text.find("of the distance from level 1 to the target levels") != std::string::npos);  // "way to the targets" explained
  // The radar's axes are the dimensions' titles.
  const view::Section* radar = v.section("radar");
  REQUIRE(radar);
  CHECK(flatten(*radar).find("Touchpoint ownership and governance\n") != std::string::npos);
}

TEST_CASE("money is formatted one way per language", "[view]") {
  auto a = run_fixture();
  REQUIRE(a->run);
  REQUIRE(a->run->roadmap);
  REQUIRE_FALSE(a->run->roadmap->items.empty());
  auto plan_figure = [&](Lang lang) {
    a->run->lang = lang;
    auto v = view::build(*a->run, a->s.sm, "test");
    for (const auto& b : v.sections.front().blocks)
      if (const auto* f = std::get_if<view::Figures>(&b)) return f->items.back().value;
    return std::string();
  };
  const double cost = a->run->roadmap->total_cost;
  REQUIRE(cost >= 1000);
  CHECK(plan_figure(Lang::En) == i18n::money(Lang::En, cost, "EUR"));
  CHECK(plan_figure(Lang::En).rfind("EUR ", 0) == 0);
  CHECK(plan_figure(Lang::Nl).rfind("€ ", 0) == 0);
  CHECK(plan_figure(Lang::Nl).find(',') == std::string::npos);  // "€ 12.500": a point groups thousands
}

TEST_CASE("the biggest gaps are those with the most customer impact, not the most members", "[view]") {
  auto a = run_fixture();
  REQUIRE(a->run);
  const driver::Run& r = *a->run;
  auto top = top_gaps(r, 1);
  REQUIRE(top.size() == 1);
  // The two-touchpoint handoff every customer passes (950,000 contacts a year) beats the three-touchpoint circle.
  CHECK(top[0].gap->kind == schema::GapKind::UncoveredHandoff);
  CHECK(top[0].mandatory == 2);
  CHECK(top[0].volume == Approx(950000));
  // Three problems are three different kinds while there are.
  auto three = top_gaps(r, 3);
  REQUIRE(three.size() >= 2);
  CHECK(three[0].gap->kind != three[1].gap->kind);
}

TEST_CASE("a Dutch report holds none of the English report's headings", "[view][i18n]") {
  auto a = run_fixture();
  REQUIRE(a->run);
  // The tool's own headings in English: sections, subsections without a model
  // ID, table columns and the figures of page one.
  std::vector<std::string> english;
  for (const auto& s : view::build(*a->run, a->s.sm, "test").sections) {
    english.push_back(s.heading);
    for (const auto& b : s.blocks) {
      if (const auto* h = std::get_if<view::Heading>(&b); h && h->code.empty()) english.push_back(h->text);
      if (const auto* t = std::get_if<view::Table>(&b))
        for (const auto& c : t->columns) english.push_back(c.heading);
      if (const auto* f = std::get_if<view::Figures>(&b))
        for (const auto& item : f->items) english.push_back(item.label);
    }
  }
  REQUIRE(english.size() > 20);
  a->run->lang = Lang::Nl;
  const std::string html = to_html(*a->run, a->s.sm, "test");
  const std::string md = to_markdown(*a->run, a->s.sm, "test");
  CHECK(html.find("<html lang=\"nl\">") != std::string::npos);
  int checked = 0;
  for (const auto& word : english) {
    // A heading Dutch writes the same way ("Score", "Roadmap") cannot tell the languages apart.
    if (word.size() < 4 || i18n::tr(Lang::Nl, word) == word) continue;
    ++checked;
    INFO(word);
    CHECK(html.find(">" + word + "<") == std::string::npos);
    CHECK(md.find("## " + word + "\n") == std::string::npos);
    CHECK(md.find("| " + word + " |") == std::string::npos);
  }
  CHECK(checked > 10);
}

TEST_CASE("a Dutch report names the library's rules by their Dutch titles", "[view][i18n]") {
  auto a = run_fixture();
  REQUIRE(a->run);
  a->run->lang = Lang::Nl;
  const driver::Run& r = *a->run;
  int dutch = 0;
  for (const auto& s : view::build(r, a->s.sm, "test").sections) {
    if (s.id != "findings") continue;
    for (const auto& b : s.blocks) {
      const auto* h = std::get_if<view::Heading>(&b);
      if (!h || h->code.empty()) continue;
      const rules::CheckedRule* cr = r.rule(h->code);
      REQUIRE(cr);
      const model::Entity& rule = r.model.entities[cr->entity];
      INFO(h->code);
      CHECK(h->text == r.model.display(rule, Lang::Nl));
      if (h->text != r.model.display(rule)) ++dutch;
    }
  }
  CHECK(dutch > 2);  // the bundled library's rules have Dutch titles
}

TEST_CASE("the projected scores are a row per dimension and a column per year, narrow at any matrix", "[view]") {
  // A column per dimension made the table wider than an A4 page with more than six dimensions.
  Viewed v;
  REQUIRE(v.ran->run);
  const Run& r = *v.ran->run;
  REQUIRE(r.roadmap);
  REQUIRE(!r.roadmap->projection.empty());
  const view::Section* roadmap = v.section("roadmap");
  REQUIRE(roadmap);
  const view::Table* projected = nullptr;
  for (const auto* t : tables(*roadmap))
    if (!t->columns.empty() && t->columns[0].heading == "Dimension") projected = t;
  REQUIRE(projected);
  std::vector<std::string> headings;
  for (const auto& c : projected->columns) headings.push_back(c.heading);
  std::vector<std::string> expected{"Dimension", "Target", "now"};
  for (const auto& y : r.roadmap->projection) expected.push_back(std::to_string(y.year));
  CHECK(headings == expected);
  REQUIRE(projected->rows.size() == r.scores.dimensions.size() + 1);
  CHECK(projected->rows[0][0].text == "Overall");
  CHECK(projected->rows[0].back().value == Approx(r.roadmap->projection.back().overall).margin(0.005));
  for (std::size_t i = 0; i < r.scores.dimensions.size(); ++i) {
    const auto& d = r.scores.dimensions[i];
    INFO(d.dimension->id);
    CHECK(projected->rows[i + 1][0].text == d.dimension->title.in(r.lang));
    CHECK(projected->rows[i + 1].size() == headings.size());
    CHECK(projected->rows[i + 1][2].value == Approx(d.score).margin(0.005));  // shown to two decimals
  }
}
