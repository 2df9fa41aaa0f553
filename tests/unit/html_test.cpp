// report.html: escaping of hostile names, self-containment (no network
// references), determinism, every section present, the empty cases and the
// cut-down silo graph of a large model.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

#include "report/html.h"
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
  // The unit names a row of the cube, the touchpoint a vertex of the graph (its label unescaped by
  // graph::label, then escaped by Graphviz).
  const model::Model& m = a->run->model;
  std::string unit = kubus::html_escape(m.display(m.entities[m.find("unit", "retail")]));
  REQUIRE(unit.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ") == 0);
  CHECK(section(html, "cube").find("<th>" + unit + "</th>") != std::string::npos);
  CHECK(section(html, "cube").find("Channel: Web &lt;b&gt;site&lt;/b&gt;") != std::string::npos);
  CHECK(section(html, "graph").find(kubus::html_escape(kHostile)) != std::string::npos);
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
  for (const char* id : {"summary", "radar", "cube", "graph", "roadmap", "dimensions", "gaps", "findings"}) {
    INFO(id);
    CHECK(count(html, std::string("<section id=\"") + id + "\">") == 1);
  }
  CHECK(count(html, "</section>") == 8);
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

TEST_CASE("The silo graph of a large model shows the gaps and their neighbours only", "[html]") {
  // Two departments with an uncovered handoff between them, and far more
  // touchpoints than the graph section draws, none of them near the gap.
  std::string model = kModel;
  model += "\ndepartment sales \"Sales\" {\n  kind: line\n}\n\nrole seller \"Seller\" {\n  department: sales\n}\n";
  for (int i = 0; i < report::html::kGraphFullLimit + 20; ++i)
    model += "\ntouchpoint filler-" + std::to_string(1000 + i) + " \"Filler\" {\n  phase: promise\n  owner: seller\n}\n";
  auto a = run_fixture(kAssessment, model);
  INFO(a->diags.all().size());
  REQUIRE(a->run);
  std::string graph = section(a->html, "graph");
  CHECK(graph.find("in gaps: shown are those and their direct neighbours") != std::string::npos);
  CHECK(graph.find("<svg") != std::string::npos);
  CHECK(count(graph, "class=\"node\"") < 20);
  CHECK(graph.find("Filler") == std::string::npos);
  CHECK(graph.find("Reminder") != std::string::npos);
}

TEST_CASE("The silo graph of a model with many gaps shows the biggest gaps that fit", "[html]") {
  // A chain of touchpoints whose owners alternate between two departments
  // without an SLA: every handoff is an uncovered-handoff gap.
  std::string model = kModel;
  const int n = report::html::kGraphFullLimit + 20;
  for (int i = 0; i < n; ++i) {
    model += "\ntouchpoint chain-" + std::to_string(1000 + i) + " \"Chain\" {\n  phase: deliver\n  owner: " +
             (i % 2 ? "billing-manager" : "service-manager") + "\n";
    if (i + 1 < n) model += "  next: [chain-" + std::to_string(1001 + i) + "]\n";
    model += "}\n";
  }
  auto a = run_fixture(kAssessment, model);
  INFO(a->diags.all().size());
  REQUIRE(a->run);
  REQUIRE(a->run->silo.gaps.gaps.size() >= std::size_t(n - 1));
  std::string graph = section(a->html, "graph");
  CHECK(graph.find("biggest of the") != std::string::npos);
  CHECK(graph.find("<svg") != std::string::npos);
  std::size_t nodes = count(graph, "class=\"node\"");
  CHECK(nodes > 0);
  CHECK(nodes <= std::size_t(report::html::kGraphFullLimit));
}
