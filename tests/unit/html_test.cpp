// report.html: escaping of hostile names, self-containment (no network
// references), determinism, every section present, the empty cases and the
// silo pictures, small and legible whatever the model's size.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <regex>

#include "report/html.h"
#include "report/html_graphviz.h"
#include "report/report.h"
#include "report/silo_figures.h"
#include "report/svg_fit.h"
#include "test_util.h"

using namespace kubus;

namespace {

const char* kHostile = R"(<script>alert(1)</script> & "x")";

const char* kAssessment = R"(kubus-assessment: 1
title: "<script>alert(1)</script> & \"x\""
date: 2026-11-02
model: [model/]
matrix: ccm
targets: {governance: 3, channels: 3}
horizon: {start: 2027-Q1, years: 2}
capacity: {per-quarter: 4 pm, budget-per-year: 100000 EUR}
)";

const char* kModel = R"(use ccm

organisation acme "Acme" {}

unit retail "<script>alert(1)</script> & \"x\"" {}

channel web "Web <b>site</b>" {
  medium: web
}

department service "Customer service" {
  kind: line
}

department billing "Billing" {
  kind: line
}

role service-manager "Service manager" {
  department: service
}

role billing-manager "Billing manager" {
  department: billing
}

touchpoint zz-invoice "<script>alert(1)</script> & \"x\"" {
  phase: settle
  unit: retail
  channels: [web]
  mandatory: true
  next: [aa-question]
}

touchpoint aa-question "Question about the invoice" {
  phase: settle
  owner: service-manager
}

touchpoint mm-reminder "Reminder" {
  phase: settle
  mandatory: true
  owner: billing-manager
  next: [aa-question]
}
)";

struct Ran {
  explicit Ran(model::LoadOptions load) : s(std::move(load)) {}
  driver::Session s;
  SourceManager& sm = s.sm;
  Diagnostics& diags = s.diags;
  std::unique_ptr<driver::Run> run;
  std::string html;
};

std::unique_ptr<Ran> run_fixture(const std::string& assessment, const std::string& model) {
  auto dir = test::temp_dir();
  test::write_file(dir / "assessment.yaml", assessment);
  test::write_file(dir / "model" / "org.kubus", model);
  model::LoadOptions load;
  load.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  auto out = std::make_unique<Ran>(load);
  out->run = driver::assess(out->s, (dir / "assessment.yaml").string());
  if (out->run) out->html = report::to_html(*out->run, out->sm, "test");
  return out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string section(const std::string& html, const std::string& id) {
  auto begin = html.find("<section id=\"" + id + "\">");
  if (begin == std::string::npos) return {};
  return html.substr(begin, html.find("</section>", begin) - begin);
}

}  // namespace

TEST_CASE("HTML escaping covers text and attribute values", "[html]") {
  CHECK(kubus::html_escape(kHostile) == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;");
  CHECK(kubus::html_escape("it's") == "it&#39;s");
  CHECK(kubus::html_escape("plain") == "plain");
}

TEST_CASE("report.html escapes every hostile name", "[html]") {
  auto a = run_fixture(kAssessment, kModel);
  INFO(a->diags.all().size());
  REQUIRE(a->run);
  const std::string& html = a->html;
  std::string lower = html;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  CHECK(lower.find("<script") == std::string::npos);
  CHECK(html.find(kHostile) == std::string::npos);
  CHECK(html.find("<b>site</b>") == std::string::npos);
  // The assessment title heads the page.
  CHECK(html.find("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</h1>") != std::string::npos);
  // The unit names a row of the cube, the touchpoint a vertex of a gap's diagram (escaped for
  // Graphviz's HTML-like label, which Graphviz escapes again in the SVG, wrapped into lines).
  const model::Model& m = a->run->model;
  std::string unit = kubus::html_escape(m.display(m.entities[m.find("unit", "retail")]));
  REQUIRE(unit.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ") == 0);
  CHECK(section(html, "cube").find("<th>" + unit + "</th>") != std::string::npos);
  CHECK(section(html, "cube").find("Channel: Web &lt;b&gt;site&lt;/b&gt;") != std::string::npos);
  CHECK(section(html, "graph").find(">&lt;script&gt;alert(1)&lt;/script&gt;</text>") != std::string::npos);
  CHECK(section(html, "graph").find(">&amp; &quot;x&quot;</text>") != std::string::npos);
}

TEST_CASE("report.html is self-contained and has every section", "[html]") {
  auto a = run_fixture(kAssessment, kModel);
  REQUIRE(a->run);
  const std::string& html = a->html;
  REQUIRE(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.ends_with("</html>\n"));
  // The only URLs are the SVG namespaces of the embedded graph.
  std::regex url("https?://[^\"'\\s)]*");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), url); it != std::sregex_iterator(); ++it) {
    std::string u = it->str();
    INFO(u);
    CHECK((u == "http://www.w3.org/2000/svg" || u == "http://www.w3.org/1999/xlink"));
  }
  for (const char* ref : {"<script", "<link", "<img", "<iframe", "@import", "url(", " src=", "<?xml", "<!DOCTYPE svg"})
    CHECK(html.find(ref) == std::string::npos);
  for (const char* id : {"summary", "radar", "cube", "contacts", "graph", "roadmap", "dimensions", "gaps", "findings"}) {
    INFO(id);
    CHECK(count(html, std::string("<section id=\"") + id + "\">") == 1);
  }
  CHECK(count(html, "</section>") == 9);
  // Radar and silo graph are inline SVG; the radar has rings plus current, target and projected.
  CHECK(section(html, "radar").find("<title>Current</title>") != std::string::npos);
  CHECK(section(html, "radar").find("<title>Target</title>") != std::string::npos);
  CHECK(section(html, "graph").find("<svg") != std::string::npos);
  CHECK(section(html, "graph").find("class=\"node\"") != std::string::npos);
  // The uncovered handoff billing -> service is a gap: the summary names it in plain words, not by its ID.
  CHECK(section(html, "summary").find("Handoff without an SLA") != std::string::npos);
  CHECK(section(html, "summary").find("uncovered-handoff") == std::string::npos);
  CHECK(section(html, "summary").find("2 November 2026") != std::string::npos);
  // Print rules: A4 and a page per section.
  CHECK(html.find("size: A4") != std::string::npos);
  CHECK(html.find("break-before: page") != std::string::npos);
}

TEST_CASE("report.html is the same bytes for the same inputs in another directory", "[html]") {
  auto a = run_fixture(kAssessment, kModel);
  auto b = run_fixture(kAssessment, kModel);
  REQUIRE(a->run);
  REQUIRE(b->run);
  CHECK(a->html == b->html);
  CHECK(report::to_html(*a->run, a->sm, "test") == a->html);
}

TEST_CASE("report.html draws the same figures when a layout server draws them", "[html]") {
  auto a = run_fixture(kAssessment, kModel);
  REQUIRE(a->run);
  REQUIRE(section(a->html, "graph").find("<svg") != std::string::npos);
  report::FigureLayouts layouts;  // `kubus assess` makes one before it loads the model
  CHECK(report::to_html(*a->run, a->sm, "test") == a->html);
}

TEST_CASE("A layout server gives each input a fresh child, and outlives a child that fails", "[html]") {
  int prepared = 0;
  report::html::ChildServer server([&] { prepared = 41; },
                           [&](const std::string& input) {
                             if (input == "crash") std::abort();
                             // A fresh child of the prepared server: what an earlier call did is gone.
                             return input + std::to_string(++prepared);
                           },
                           5);
  REQUIRE(server.alive());
  CHECK(prepared == 0);  // prepared in the server, not here
  CHECK(server.run("a") == "a42");
  CHECK_FALSE(server.run("crash"));
  CHECK(server.alive());
  CHECK(server.run(std::string(300000, 'b')) == std::string(300000, 'b') + "42");
}

TEST_CASE("report.html renders a model without units, channels, roadmap or gaps", "[html]") {
  // Every target is reached already: nothing to plan.
  const char* assessment = R"(kubus-assessment: 1
title: Bare
date: 2026-01-15
model: [model/]
matrix: ccm
targets: {governance: 1}
horizon: {start: 2027-Q1, years: 1}
capacity: {per-quarter: 1 pm, budget-per-year: 1000 EUR}
)";
  const char* model = R"(use ccm

organisation acme "Acme" {}

touchpoint only "The only touchpoint" {
  phase: use
}
)";
  auto a = run_fixture(assessment, model);
  INFO(a->diags.all().size());
  REQUIRE(a->run);
  REQUIRE(a->run->silo.gaps.gaps.empty());
  const std::string& html = a->html;
  CHECK(section(html, "cube").find("<th>no unit</th>") != std::string::npos);
  CHECK(section(html, "cube").find("No channel") != std::string::npos);
  CHECK(section(html, "gaps").find("None found.") != std::string::npos);
  CHECK(section(html, "roadmap").find("No initiative is needed or possible") != std::string::npos);
  CHECK(section(html, "roadmap").find("class=\"gantt") == std::string::npos);
  CHECK(html.ends_with("</html>\n"));
}

namespace {

// Every SVG of `html`: its viewBox width and the smallest font size of its text.
struct SvgSize {
  double width = 0, smallest_font = 1e9;
};
std::vector<SvgSize> svg_sizes(const std::string& html) {
  std::vector<SvgSize> out;
  for (auto at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1)) {
    std::string svg = html.substr(at, html.find("</svg>", at) - at);
    std::smatch m;
    SvgSize size;
    if (std::regex_search(svg, m, std::regex(R"(viewBox="[-0-9.]+ [-0-9.]+ ([0-9.]+) )"))) size.width = std::stod(m[1]);
    static const std::regex font(R"re(font-size="([0-9.]+)")re");
    for (std::sregex_iterator it(svg.begin(), svg.end(), font), end; it != end; ++it)
      size.smallest_font = std::min(size.smallest_font, std::stod((*it)[1]));
    out.push_back(size);
  }
  return out;
}

}  // namespace

TEST_CASE("The silo section draws the departments and the gaps between them in plain words", "[html]") {
  auto a = run_fixture(kAssessment, kModel);
  REQUIRE(a->run);
  std::string graph = section(a->html, "graph");
  CHECK(graph.find("Departments and the handoffs between them") != std::string::npos);
  CHECK(graph.find("Customer service") != std::string::npos);
  CHECK(graph.find("Billing") != std::string::npos);
  CHECK(graph.find("No department") != std::string::npos);  // the invoice has no owner
  CHECK(graph.find("handoff without an SLA") != std::string::npos);
  CHECK(graph.find("uncovered-handoff") == std::string::npos);
  // Scaled to the column: a viewBox, the width of the column at most, no fixed height.
  CHECK(graph.find(R"(<svg width="100%" style="max-width:)") == std::string::npos);  // attributes follow Graphviz's
  CHECK(graph.find(R"( width="100%" style="max-width:)") != std::string::npos);
  CHECK(graph.find("pt\"") == std::string::npos);
  CHECK(graph.find("The biggest gaps up close") != std::string::npos);
}

TEST_CASE("A gap of many touchpoints is drawn small and legible, the rest counted", "[html]") {
  // A circle of 200 touchpoints whose owners alternate between two departments.
  std::string model = kModel;
  const int n = 200;
  for (int i = 0; i < n; ++i)
    model += "\ntouchpoint circle-" + std::to_string(1000 + i) + " \"Step " + std::to_string(i) +
             "\" {\n  phase: deliver\n  owner: " + (i % 2 ? "billing-manager" : "service-manager") +
             "\n  next: [circle-" + std::to_string(1000 + (i + 1) % n) + "]\n}\n";
  auto a = run_fixture(kAssessment, model);
  INFO(a->diags.all().size());
  REQUIRE(a->run);
  std::string graph = section(a->html, "graph");
  // The circle's diagram (top gaps come by customer impact, so it need not be the first).
  auto focus = graph.find("<figure class=\"silo focus\">");
  while (focus != std::string::npos &&
         graph.substr(focus, graph.find("</figure>", focus) - focus).find("The customer is sent in circles") ==
             std::string::npos)
    focus = graph.find("<figure class=\"silo focus\">", focus + 1);
  REQUIRE(focus != std::string::npos);
  std::string first = graph.substr(focus, graph.find("</figure>", focus) - focus);
  CHECK(first.find("The customer is sent in circles") != std::string::npos);
  CHECK(count(first, "class=\"node\"") <= report::html::kFocusVertices);
  CHECK(first.find("And " + std::to_string(n - int(report::html::kFocusVertices)) + " more") != std::string::npos);
  // No text smaller than 7 pt once the drawing is scaled to the printed column (the narrower one).
  for (const SvgSize& s : svg_sizes(graph)) {
    INFO("viewBox width " << s.width << ", font " << s.smallest_font);
    REQUIRE(s.width > 0);
    CHECK(s.smallest_font * std::min(1.0, report::html::kPrintColumnPx / s.width) >= report::html::kMinPrintPx);
  }
}

TEST_CASE("A roadmap bar one quarter wide shows its effort and uplift without words", "[html]") {
  report::view::Gantt g;
  g.quarters = {"2027-Q1", "2027-Q2"};
  g.bars.push_back({"One quarter", 0, 0, false, "1,4 mensmaanden, +0,13 totaal", "2027-Q1", "1,4", "+0,13"});
  g.bars.push_back({"Two quarters", 0, 1, false, "3,8 mensmaanden, +0,24 totaal", "2027-Q1 tot 2027-Q2", "3,8", "+0,24"});
  std::string html = report::html::gantt_table(g);
  // "mensmaanden" does not fit a quarter's column; the hover still has the words.
  CHECK(html.find(">1,4<br>+0,13</td>") != std::string::npos);
  CHECK(html.find("1,4 mensmaanden") == std::string::npos);
  CHECK(html.find(">3,8 mensmaanden, +0,24 totaal</td>") != std::string::npos);
}

TEST_CASE("A file location in a table breaks after its / and :, never mid-word", "[html]") {
  // overflow-wrap: anywhere let a narrow column squeeze IDs to a letter a line;
  // <wbr> marks the places a location may break instead.
  report::view::Table t{{}, {{"Where"}, {"Initiative"}}};
  report::view::Cell where{report::view::CellKind::Text, "model/a<b>.kubus:12"};
  where.code = true;
  report::view::Cell initiative{report::view::CellKind::Text, "Live chat"};
  initiative.detail = "rule:chat-beside-phone";
  t.rows.push_back({where, initiative});
  t.dense = true;
  report::view::Report r;
  report::view::Section s{"roadmap", "Roadmap", {t}};
  std::string html = report::html::section(r, s);
  CHECK(html.find("<table class=\"dense\">") != std::string::npos);
  CHECK(html.find("<td><code>model/<wbr>a&lt;b&gt;.kubus:<wbr>12</code></td>") != std::string::npos);
  CHECK(html.find("Live chat<br><code>rule:<wbr>chat-beside-phone</code>") != std::string::npos);
}
