// "KPIs and SLAs": every KPI and SLA against its target, missed ones first,
// and the waivers with what they take out.
#include <fmt/format.h>

#include "report/highlights.h"
#include "report/html.h"
#include "report/text.h"

namespace kubus::report::html {
namespace {

std::string met_cell(const driver::TargetRow& t) {
  if (!t.met) return "<td class=\"note\">not measured</td>";
  return *t.met ? "<td class=\"holds\">yes</td>" : "<td class=\"fails\">no</td>";
}

}  // namespace

std::string targets(const Run& r, Locator& where) {
  auto rows = driver::targets(r);
  if (rows.empty()) return {};
  std::string out = fmt::format("<section id=\"targets\">\n<h2>KPIs and SLAs</h2>\n<p>{}; missed ones first.</p>\n",
                                html_escape(targets_sentence(rows)));
  out += "<table class=\"targets\">\n<thead><tr><th></th><th>Title</th><th>Measures</th><th>Target</th>"
         "<th class=\"num\">Actual</th><th>Met</th><th class=\"num\">Shortfall</th><th>Owner</th></tr></thead>\n<tbody>\n";
  for (const auto& t : rows)
    out += fmt::format(
        "<tr><td>{} <span class=\"note\">{}</span></td><td>{}<br><code>{}</code></td><td>{}</td><td>{}</td>"
        "<td class=\"num\">{}</td>{}<td class=\"num\">{}</td><td>{}</td></tr>\n",
        t.kind == "kpi" ? "KPI" : "SLA", html_escape(t.orientation), html_escape(t.title), html_escape(where(t.span)),
        html_escape(t.measures), html_escape(t.target), t.actual.empty() ? "–" : html_escape(t.actual), met_cell(t),
        t.met == false ? shortfall_text(t) : "–", t.owner.empty() ? "–" : html_escape(t.owner));
  return out + "</tbody>\n</table>\n</section>\n";
}

std::string waivers(const Run& r, Locator& where) {
  auto rows = driver::waivers(r);
  if (rows.empty()) return {};
  std::string out = fmt::format("<section id=\"waivers\">\n<h2>Waivers</h2>\n<p>{}. A waived finding neither passes "
                                "nor fails until the waiver expires.</p>\n",
                                html_escape(waivers_sentence(r, rows)));
  out += "<table class=\"waivers\">\n<thead><tr><th>Waiver</th><th>Waives</th><th>Subjects</th><th>Reason</th><th>Owner</th>"
         "<th>Expires</th><th class=\"num\">Takes out</th><th>Where</th></tr></thead>\n<tbody>\n";
  for (const auto& w : rows) {
    std::string subjects;
    for (const auto& s : w.subjects) subjects += (subjects.empty() ? "" : ", ") + html_escape(s);
    out += fmt::format("<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td{}>{}{}</td>"
                       "<td class=\"num\">{}</td><td><code>{}</code></td></tr>\n",
                       html_escape(w.title), html_escape(w.waives), subjects.empty() ? "every instance" : subjects,
                       html_escape(w.reason), html_escape(w.owner), w.expired ? " class=\"fails\"" : "",
                       html_escape(w.expires), w.expired ? " (expired)" : "", w.taken_out, html_escape(where(w.span)));
  }
  out += "</tbody>\n</table>\n";
  const auto& waived = driver::waived_findings(r);
  if (!waived.empty()) {
    out += "<h3>Waived findings</h3>\n<table>\n<thead><tr><th>Where</th><th>Rule</th><th>Subject</th><th>Evidence</th>"
           "<th>Waiver</th></tr></thead>\n<tbody>\n";
    for (const auto& f : waived)
      out += fmt::format("<tr><td><code>{}</code></td><td><code>{}</code></td><td>{}</td><td>{}</td><td><code>{}</code>"
                         "</td></tr>\n",
                         html_escape(where(f.span)), html_escape(f.rule), html_escape(f.subject), html_escape(f.message),
                         html_escape(r.model.entities[f.waiver].id));
    out += "</tbody>\n</table>\n";
  }
  return out + "</section>\n";
}

}  // namespace kubus::report::html
