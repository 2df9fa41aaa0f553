// The executive summary: what a reader takes away from the first page.
#include <fmt/format.h>

#include "report/highlights.h"
#include "report/html.h"
#include "report/text.h"

namespace kubus::report::html {
namespace {

void kpi(std::string& out, std::string_view label, const std::string& value, const std::string& detail) {
  out += fmt::format("<div class=\"kpi\">{}<b>{}</b>{}</div>\n", label, value, detail);
}

std::string dimension_title(const Run& r, const std::string& id) {
  for (const auto& d : r.scores.dimensions)
    if (d.dimension->id == id) return d.dimension->title.in(r.lang);
  return id;
}

void headline(std::string& out, const Run& r) {
  const score::Scores& s = r.scores;
  out += "<div class=\"kpis\">\n";
  kpi(out, "Overall level", fmt::format("{} {}", s.overall_level, html_escape(level_name(r.matrix, s.overall_level, r.lang))),
      "");
  kpi(out, "Score", fixed(s.overall, 2), fmt::format(" of {}", r.matrix.max_level()));
  if (!r.assessment.targets.empty())
    kpi(out, "Way to the targets", fixed(s.percent_to_target * 100, 0) + "%", "");
  kpi(out, "Silo gaps", std::to_string(r.silo.gaps.count()), "");
  std::size_t missed = 0, measured = 0;
  for (const auto& t : driver::targets(r)) {
    measured += t.met.has_value();
    missed += t.met == false;
  }
  if (measured) kpi(out, "Targets missed", fmt::format("{} of {}", missed, measured), " KPIs and SLAs measured");
  if (r.roadmap && !r.roadmap->items.empty())
    kpi(out, "Roadmap", fmt::format("{} {}", thousands(r.roadmap->total_cost), html_escape(r.assessment.currency)),
        fmt::format("{} pm, {}", fixed(r.roadmap->total_effort, 1), roadmap_span(r)));
  out += "</div>\n";
}

void dimension_table(std::string& out, const Run& r) {
  out += "<table class=\"keep\">\n<thead><tr><th>Dimension</th><th>Level</th><th class=\"num\">Score</th>"
         "<th class=\"num\">Target</th><th class=\"num\">Gap to target</th></tr></thead>\n<tbody>\n";
  for (const auto& d : r.scores.dimensions)
    out += fmt::format("<tr><td>{}</td><td>{} {}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                       "<td class=\"num\">{}</td></tr>\n",
                       html_escape(d.dimension->title.in(r.lang)), d.level, html_escape(level_name(r.matrix, d.level, r.lang)),
                       fixed(d.score, 2), d.target ? std::to_string(*d.target) : "–", d.target ? fixed(d.gap, 2) : "–");
  out += "</tbody>\n</table>\n";
}

void gaps_paragraph(std::string& out, const Run& r) {
  auto top = biggest_gaps(r.silo.gaps, 3);
  out += fmt::format("<h3>Silo gaps</h3>\n<p>{} found.", r.silo.gaps.count());
  if (top.empty()) {
    out += "</p>\n";
    return;
  }
  out += " The biggest:</p>\n<ul>\n";
  for (const graph::Gap* g : top) {
    std::string members;
    for (const auto& m : g->members) members += (members.empty() ? "" : ", ") + html_escape(m);
    out += fmt::format("<li><b>{}</b>: {}</li>\n", html_escape(schema::name_of(g->kind)), members);
  }
  out += "</ul>\n";
}

void roadmap_paragraph(std::string& out, const Run& r) {
  if (!r.roadmap) return;
  const plan::Roadmap& p = *r.roadmap;
  out += "<h3>Roadmap</h3>\n<p>";
  if (p.items.empty())
    out += "No initiative is needed or possible" + (p.note.empty() ? std::string() : ": " + html_escape(p.note)) + ".";
  else
    out += fmt::format("{} initiative(s) from {}: {} person-months, {} {}.", p.items.size(), roadmap_span(r),
                       fixed(p.total_effort, 1), thousands(p.total_cost), html_escape(r.assessment.currency));
  out += "</p>\n";
  if (p.unreachable.empty()) return;
  out += fmt::format("<p>{} target(s) out of reach within the horizon:</p>\n<ul class=\"unreachable\">\n",
                     p.unreachable.size());
  for (const auto& u : p.unreachable)
    out += fmt::format("<li><b>{}</b> stays below target {} (projected {}): {}</li>\n",
                       html_escape(dimension_title(r, u.dimension)), u.target, fixed(u.projected, 2),
                       html_escape(u.reason));
  out += "</ul>\n";
}

}  // namespace

std::string summary(const Run& r, const std::string& tool_version) {
  std::string out = fmt::format(
      "<section id=\"summary\">\n<h1>{}</h1>\n<p class=\"meta\">Assessed {} against matrix <code>{}</code> ({}), "
      "kubus {}.</p>\n",
      html_escape(r.assessment.title), html_escape(r.assessment.date), html_escape(r.matrix.id),
      html_escape(r.matrix.title.in(r.lang)), html_escape(tool_version));
  headline(out, r);
  dimension_table(out, r);
  gaps_paragraph(out, r);
  if (std::string t = targets_sentence(driver::targets(r)); !t.empty())
    out += fmt::format("<h3>KPIs and SLAs</h3>\n<p>{}: see <a href=\"#targets\">KPIs and SLAs</a>.</p>\n", html_escape(t));
  if (std::string w = waivers_sentence(r, driver::waivers(r)); !w.empty())
    out += fmt::format("<h3>Waivers</h3>\n<p>{}: see <a href=\"#waivers\">Waivers</a>.</p>\n", html_escape(w));
  roadmap_paragraph(out, r);
  return out + "</section>\n";
}

}  // namespace kubus::report::html
