// The roadmap as a Gantt chart (a table with one bar per initiative across the
// horizon's quarters), what each initiative fixes, and the projected score at
// the end of each year.
#include <fmt/format.h>

#include <algorithm>

#include "report/highlights.h"
#include "report/html.h"
#include "report/text.h"

namespace kubus::report::html {
namespace {

// The horizon's quarters, or more when an initiative runs past it.
int quarter_count(const Run& r) {
  int n = r.assessment.years * 4;
  for (const auto& s : r.roadmap->items) n = std::max(n, s.end + 1);
  return n;
}

// The quarters under their years when the horizon has a start; else Q1, Q2, ...
std::string header(const Run& r, int quarters) {
  if (!r.assessment.start) {
    std::string row = "<thead><tr><th>Initiative</th>";
    for (int q = 0; q < quarters; ++q) row += fmt::format("<th>{}</th>", r.assessment.quarter_label(q));
    return row + "</tr></thead>\n";
  }
  const int first = r.assessment.start->index();
  std::string years = "<tr><th rowspan=\"2\">Initiative</th>", labels = "<tr>";
  for (int q = 0; q < quarters;) {
    int year = (first + q) / 4, span = std::min(4 - (first + q) % 4, quarters - q);
    years += fmt::format("<th colspan=\"{}\">{}</th>", span, year);
    for (int k = 0; k < span; ++k) labels += fmt::format("<th>Q{}</th>", (first + q + k) % 4 + 1);
    q += span;
  }
  return "<thead>" + years + "</tr>\n" + labels + "</tr></thead>\n";
}

void chart(std::string& out, const Run& r) {
  const plan::Roadmap& p = *r.roadmap;
  int quarters = quarter_count(r);
  out += "<table class=\"gantt keep\">\n" + header(r, quarters) + "<tbody>\n";
  for (const auto& s : p.items) {
    out += fmt::format("<tr><td>{}</td>", html_escape(s.initiative->title));
    for (int q = 0; q < s.start; ++q) out += "<td class=\"q\"></td>";
    out += fmt::format("<td class=\"bar\" colspan=\"{}\" title=\"{} to {}\">{} pm</td>", s.end - s.start + 1,
                       r.assessment.quarter_label(s.start), r.assessment.quarter_label(s.end), fixed(s.effort, 1));
    for (int q = s.end + 1; q < quarters; ++q) out += "<td class=\"q\"></td>";
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

void initiatives(std::string& out, const Run& r) {
  out += fmt::format("<table>\n<thead><tr><th>Initiative</th><th>Start</th><th>End</th><th class=\"num\">Effort (pm)</th>"
                     "<th class=\"num\">Cost ({})</th><th>Fixes</th></tr></thead>\n<tbody>\n",
                     html_escape(r.assessment.currency));
  for (const auto& s : r.roadmap->items) {
    std::string fixes;
    for (const auto& f : s.initiative->fixes)
      fixes += fmt::format("{}<code>{}</code>", fixes.empty() ? "" : ", ", html_escape(config::criterion_key(f.kind, f.ref)));
    out += fmt::format("<tr><td>{} <code>{}</code></td><td>{}</td><td>{}</td><td class=\"num\">{}</td>"
                       "<td class=\"num\">{}</td><td>{}</td></tr>\n",
                       html_escape(s.initiative->title), html_escape(s.initiative->id),
                       r.assessment.quarter_label(s.start), r.assessment.quarter_label(s.end), fixed(s.effort, 1),
                       thousands(s.cost), fixes);
  }
  out += "</tbody>\n</table>\n";
}

void projection(std::string& out, const Run& r) {
  const plan::Roadmap& p = *r.roadmap;
  if (p.projection.empty()) return;
  out += "<h3>Projected score at the end of each year</h3>\n<table class=\"keep\">\n<thead><tr><th>Year</th>"
         "<th class=\"num\">Overall</th>";
  for (const auto& d : r.scores.dimensions) out += fmt::format("<th class=\"num\">{}</th>", html_escape(d.dimension->id));
  out += "</tr></thead>\n<tbody>\n";
  out += fmt::format("<tr><td>now</td><td class=\"num\">{}</td>", fixed(r.scores.overall, 2));
  for (const auto& d : r.scores.dimensions) out += fmt::format("<td class=\"num\">{}</td>", fixed(d.score, 2));
  out += "</tr>\n";
  for (const auto& y : p.projection) {
    out += fmt::format("<tr><td>{}</td><td class=\"num\">{}</td>", y.year, fixed(y.overall, 2));
    for (const auto& dim : y.dimensions) out += fmt::format("<td class=\"num\">{}</td>", fixed(dim.second, 2));
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

}  // namespace

std::string gantt(const Run& r) {
  std::string out = "<section id=\"roadmap\">\n<h2>Roadmap</h2>\n";
  if (!r.roadmap) return out + "<p class=\"note\">No roadmap was planned.</p>\n</section>\n";
  const plan::Roadmap& p = *r.roadmap;
  if (p.items.empty()) {
    out += "<p class=\"note\">No initiative is needed or possible" +
           (p.note.empty() ? std::string() : ": " + html_escape(p.note)) + ".</p>\n";
  } else {
    out += fmt::format("<p>{} initiative(s), {}: {} person-months, {} {}. Each bar runs from the initiative's first to "
                       "its last quarter and shows its effort.</p>\n",
                       p.items.size(), roadmap_span(r), fixed(p.total_effort, 1), thousands(p.total_cost),
                       html_escape(r.assessment.currency));
    chart(out, r);
    initiatives(out, r);
  }
  projection(out, r);
  return out + "</section>\n";
}

}  // namespace kubus::report::html
