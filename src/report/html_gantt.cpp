// The roadmap as a Gantt chart (a table with one bar per initiative across the
// horizon's quarters, effort per quarter and cost per year under it), what each
// initiative buys and fixes, the years that spend without moving a score, the
// projected score at the end of each year, and the scenario table.
#include <fmt/format.h>

#include <algorithm>

#include "report/highlights.h"
#include "report/html.h"
#include "report/roadmap_facts.h"
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

// Under the bars: the effort of each quarter, and the cost of each calendar
// year across its quarters.
std::string footer(const Run& r, int quarters) {
  const plan::Roadmap& p = *r.roadmap;
  std::string effort = "<tr><th>Effort per quarter (pm)</th>";
  for (int q = 0; q < quarters; ++q)
    effort += fmt::format("<td class=\"num\">{}</td>",
                          q < static_cast<int>(p.quarters.size()) ? fixed(p.quarters[q].effort, 1) : std::string());
  std::string cost = fmt::format("<tr><th>Cost per year ({})</th>", html_escape(r.assessment.currency));
  for (int q = 0, y = 0; q < quarters && y < static_cast<int>(p.years.size()); ++y) {
    int span = 0;
    while (q + span < quarters && p.quarters[q + span].label.compare(0, 4, p.years[y].label) == 0) ++span;
    cost += fmt::format("<td class=\"num\" colspan=\"{}\">{}</td>", std::max(span, 1), thousands(p.years[y].cost));
    q += std::max(span, 1);
  }
  return "<tfoot>\n" + effort + "</tr>\n" + cost + "</tr>\n</tfoot>\n";
}

void chart(std::string& out, const Run& r) {
  const plan::Roadmap& p = *r.roadmap;
  int quarters = quarter_count(r);
  out += "<table class=\"gantt keep\">\n" + header(r, quarters) + "<tbody>\n";
  for (const auto& s : p.items) {
    out += fmt::format("<tr><td>{}</td>", html_escape(s.initiative->title.in(r.lang)));
    for (int q = 0; q < s.start; ++q) out += "<td class=\"q\"></td>";
    out += fmt::format("<td class=\"bar{}\" colspan=\"{}\" title=\"{}, {}; buys {}\">{} pm, {}</td>",
                       s.stretched() ? " stretched" : "", s.quarters(), html_escape(runs_text(r, s)),
                       html_escape(quarters_text(s)), html_escape(uplift_text(s.uplift)), fixed(s.effort, 1),
                       signed_fixed(s.uplift.overall, 2));
    for (int q = s.end + 1; q < quarters; ++q) out += "<td class=\"q\"></td>";
    out += "</tr>\n";
  }
  out += "</tbody>\n" + footer(r, quarters) + "</table>\n";
}

void initiatives(std::string& out, const Run& r) {
  out += fmt::format("<h3>What each initiative buys</h3>\n<table>\n<thead><tr><th>Initiative</th><th>Runs</th>"
                     "<th class=\"num\">Effort (pm)</th><th class=\"num\">Cost ({})</th><th>Buys (projected score "
                     "at the horizon)</th><th class=\"num\">Resolves</th><th>Fixes</th></tr></thead>\n<tbody>\n",
                     html_escape(r.assessment.currency));
  for (const auto& s : r.roadmap->items) {
    std::string fixes;
    for (const auto& f : s.initiative->fixes)
      fixes += fmt::format("{}<code>{}</code>", fixes.empty() ? "" : ", ", html_escape(config::criterion_key(f.kind, f.ref)));
    out += fmt::format("<tr><td>{} <code>{}</code>{}</td><td>{}, {}</td><td class=\"num\">{}</td>"
                       "<td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>\n",
                       html_escape(s.initiative->title.in(r.lang)), html_escape(s.initiative->id), s.started ? " (started)" : "",
                       html_escape(runs_text(r, s)), html_escape(quarters_text(s)), fixed(s.effort, 1), thousands(s.cost),
                       html_escape(uplift_text(s.uplift)), s.resolves, fixes);
  }
  out += "</tbody>\n</table>\n";
}

// Years that spend without moving a score, done and stalled initiatives.
void notes(std::string& out, const Run& r) {
  const plan::Roadmap& p = *r.roadmap;
  for (const auto& y : p.flat_years)
    out += "<p class=\"flag\">" + html_escape(flat_year_text(y, r.assessment.currency)) + ".</p>\n";
  if (!p.done.empty()) {
    std::string done;
    for (const auto& id : p.done) done += (done.empty() ? "" : ", ") + fmt::format("<code>{}</code>", html_escape(id));
    out += "<p>Done (progress), left out of the plan: " + done + ".</p>\n";
  }
  for (const auto& st : p.stalled)
    out += fmt::format("<p class=\"flag\"><code>{}</code> is started but fits no quarter: {}</p>\n",
                       html_escape(st.id), html_escape(st.reason));
}

void scenarios(std::string& out, const Run& r) {
  auto rows = scenario_rows(r);
  if (rows.empty()) return;
  const std::string cur = html_escape(r.assessment.currency);
  out += fmt::format("<h3>Scenarios</h3>\n<table class=\"keep\">\n<thead><tr><th>Scenario</th><th class=\"num\">"
                     "Budget per year ({})</th><th class=\"num\">Capacity per quarter (pm)</th><th class=\"num\">Years"
                     "</th><th class=\"num\">Targets reached</th><th>Ends</th><th class=\"num\">Total cost ({})</th>"
                     "<th class=\"num\">Overall at the horizon</th></tr></thead>\n<tbody>\n",
                     cur, cur);
  for (const auto& row : rows)
    out += fmt::format("<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                       "<td class=\"num\">{} of {}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                       "</tr>\n",
                       html_escape(row.name), thousands(row.budget_per_year), fixed(row.capacity_pm, 1), row.years,
                       row.reached, row.targets, html_escape(row.end), thousands(row.total_cost), fixed(row.overall, 2));
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
                       "its last quarter and shows its effort and what it adds to the projected overall score; a lighter bar is stretched beyond its minimum duration, "
                       "its effort and cost spread over the quarters it runs.</p>\n",
                       p.items.size(), roadmap_span(r), fixed(p.total_effort, 1), thousands(p.total_cost),
                       html_escape(r.assessment.currency));
    chart(out, r);
    initiatives(out, r);
  }
  notes(out, r);
  projection(out, r);
  scenarios(out, r);
  return out + "</section>\n";
}

}  // namespace kubus::report::html
