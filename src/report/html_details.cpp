// The evidence: every dimension with its criteria and the interview evidence
// behind them, the silo gaps, and the findings grouped by rule with their
// messages and source locations (a practice's finding at its observations).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "driver/evidence.h"
#include "report/html.h"
#include "report/report.h"
#include "report/text.h"

namespace kubus::report::html {
namespace {

constexpr std::size_t kFindingsPerRule = 10;  // as report.md; report.json has them all

std::string score_cell(const score::CriterionScore& c) {
  if (c.measure.status != score::Status::Evaluated) return "–";
  if (c.criterion->kind == config::CriterionKind::Observed)
    return fmt::format("{} of {}", fixed(c.measure.passed, 1), fixed(c.criterion->min, 0));
  return fmt::format("{}% ({:.0f}/{:.0f})", fixed(c.measure.value * 100, 0), c.measure.passed, c.measure.total);
}

// The interview evidence behind a dimension's `observed:` criteria, one table
// per practice.
void evidence(std::string& out, const Run& r, const score::DimensionScore& d, Locator& where) {
  std::vector<std::string_view> seen;
  for (const auto& c : d.criteria) {
    const config::Criterion& cr = *c.criterion;
    if (cr.kind != config::CriterionKind::Observed || std::find(seen.begin(), seen.end(), cr.ref) != seen.end())
      continue;
    seen.push_back(cr.ref);
    auto rows = driver::observations_of(r, cr.ref);
    out += fmt::format("<p>Interview evidence for <code>{}</code>{}</p>\n", html_escape(cr.key()),
                       rows.empty() ? ": no observation." : ":");
    if (rows.empty()) continue;
    out += "<table class=\"evidence\">\n<thead><tr><th>Observation</th><th class=\"num\">Level</th><th>Confidence</th>"
           "<th>Evidence</th><th>Source</th><th>Date</th><th>Where</th></tr></thead>\n<tbody>\n";
    for (const auto& o : rows)
      out += fmt::format("<tr><td>{}</td><td class=\"num\">{:g}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"date\">{}</td>"
                         "<td><code>{}</code></td></tr>\n",
                         html_escape(o.title), o.level, html_escape(o.confidence),
                         o.evidence.empty() ? "–" : html_escape(o.evidence), o.source.empty() ? "–" : html_escape(o.source),
                         o.date.empty() ? "–" : html_escape(o.date), html_escape(where(o.span)));
    out += "</tbody>\n</table>\n";
  }
}

void dimensions(std::string& out, const Run& r, Locator& where) {
  out += "<section id=\"dimensions\">\n<h2>Dimensions</h2>\n";
  for (const auto& d : r.scores.dimensions) {
    out += fmt::format("<h3>{} <code>{}</code></h3>\n<p>Level {} ({}), score {}", html_escape(d.dimension->title.in(r.lang)),
                       html_escape(d.dimension->id), d.level, html_escape(level_name(r.matrix, d.level, r.lang)),
                       fixed(d.score, 2));
    if (d.target) out += fmt::format(", target {}", *d.target);
    out += ".</p>\n<table class=\"keep\">\n<thead><tr><th class=\"num\">Level</th><th>Criterion</th><th>Status</th>"
           "<th class=\"num\">Score</th><th class=\"num\">Threshold</th></tr></thead>\n<tbody>\n";
    for (const auto& c : d.criteria) {
      std::string_view status = score::status_name(c);
      out += fmt::format("<tr><td class=\"num\">{}</td><td><code>{}</code></td><td class=\"{}\">{}</td>"
                         "<td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
                         c.criterion->level, html_escape(c.criterion->key()), status,
                         status, score_cell(c), fixed(c.criterion->threshold, 2));
    }
    out += "</tbody>\n</table>\n";
    evidence(out, r, d, where);
  }
  out += "</section>\n";
}

void gaps(std::string& out, const Run& r, Locator& where) {
  out += "<section id=\"gaps\">\n<h2>Silo gaps</h2>\n";
  if (r.silo.gaps.gaps.empty()) {
    out += "<p>None found.</p>\n</section>\n";
    return;
  }
  out += "<table>\n<thead><tr><th>Kind</th><th>Members</th><th>Where</th></tr></thead>\n<tbody>\n";
  for (const auto& g : r.silo.gaps.gaps) {
    std::string members;
    for (const auto& m : g.members) members += (members.empty() ? "" : ", ") + html_escape(m);
    std::string kind = html_escape(schema::name_of(g.kind));
    if (g.waived()) kind += fmt::format(" <span class=\"note\">waived: <code>{}</code></span>", html_escape(r.model.entities[g.waiver].id));
    out += fmt::format("<tr><td>{}</td><td>{}</td><td><code>{}</code></td></tr>\n", kind, members, html_escape(where(g.span)));
  }
  out += "</tbody>\n</table>\n</section>\n";
}

void findings_by_rule(std::string& out, const Run& r, Locator& where) {
  const auto& all = findings(r);
  out += fmt::format("<section id=\"findings\">\n<h2>Findings</h2>\n<p>{} finding(s).</p>\n", all.size());
  std::map<std::string_view, std::vector<const Finding*>> by_rule;
  for (const auto& f : all) by_rule[f.rule].push_back(&f);
  for (const auto& [rule, list] : by_rule) {
    const rules::CheckedRule* cr = r.rule(rule);
    std::string title = cr ? std::string(r.model.display(r.model.entities[cr->entity])) : std::string(rule);
    out += fmt::format("<h3>{} <code>{}</code>, {} {} finding(s)</h3>\n", html_escape(title), html_escape(rule),
                       list.size(), html_escape(rule_severity_name(list.front()->severity)));
    out += "<table>\n<thead><tr><th>Where</th><th>Subject</th><th>Evidence</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < list.size() && i < kFindingsPerRule; ++i) {
      std::string place = fmt::format("<code>{}</code>", html_escape(where(list[i]->span)));
      for (const Span& also : list[i]->related) place += fmt::format("<br><code>{}</code>", html_escape(where(also)));
      out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}{}</td></tr>\n", place, html_escape(list[i]->subject),
                         list[i]->error ? "could not be evaluated: " : "", html_escape(list[i]->message));
    }
    out += "</tbody>\n</table>\n";
    if (list.size() > kFindingsPerRule)
      out += fmt::format("<p class=\"note\">And {} more (see report.json).</p>\n", list.size() - kFindingsPerRule);
  }
  out += "</section>\n";
}

}  // namespace

std::string details(const Run& r, Locator& where) {
  std::string out;
  dimensions(out, r, where);
  gaps(out, r, where);
  findings_by_rule(out, r, where);
  return out;
}

}  // namespace kubus::report::html
