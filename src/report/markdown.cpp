// report.md: the report for a pull request or a wiki. The first section is the
// executive summary; the rest gives the evidence behind every number.
#include <fmt/format.h>

#include <algorithm>

#include "driver/cube.h"
#include "report/highlights.h"
#include "report/report.h"
#include "report/roadmap_facts.h"
#include "report/text.h"

namespace kubus::report {
namespace {

constexpr std::size_t kFindingsPerRule = 10;  // report.json has them all

std::string criterion_label(const config::Criterion& c) {
  return fmt::format("`{}`", c.key());
}

std::string score_cell(const score::CriterionScore& c) {
  if (c.measure.status != score::Status::Evaluated) return "–";
  if (c.criterion->kind == config::CriterionKind::Observed)
    return fmt::format("{} of {}", fixed(c.measure.passed, 1), fixed(c.criterion->min, 0));
  return fmt::format("{}% ({:.0f}/{:.0f})", fixed(c.measure.value * 100, 0), c.measure.passed, c.measure.total);
}

// The summary's table of dimensions, with the change since the previous run when there is one.
void dimension_table(std::string& out, const Run& r) {
  out += "\n\n| Dimension | Level | Score | Target | Gap to target |";
  out += r.previous ? " Since previous |\n|---|---|---|---|---|---|\n" : "\n|---|---|---|---|---|\n";
  for (const auto& d : r.scores.dimensions) {
    out += fmt::format("| {} | {} {} | {} | {} | {} |", md_escape(d.dimension->title.in(r.lang)), d.level,
                       md_escape(level_name(r.matrix, d.level, r.lang)), fixed(d.score, 2),
                       d.target ? std::to_string(*d.target) : "–", d.target ? fixed(d.gap, 2) : "–");
    if (r.previous) {
      auto delta = r.progress(d.dimension->id);
      out += delta ? fmt::format(" {} |", signed_fixed(*delta, 2)) : std::string(" – |");
    }
    out += "\n";
  }
}

void summary_section(std::string& out, const Run& r) {
  const score::Scores& s = r.scores;
  out += "## Summary\n\n";
  out += fmt::format("Overall level **{} ({})**, score **{}** of {}", s.overall_level,
                     md_escape(level_name(r.matrix, s.overall_level, r.lang)), fixed(s.overall, 2), r.matrix.max_level());
  if (!r.assessment.targets.empty())
    out += fmt::format("; {}% of the way to the targets", fixed(s.percent_to_target * 100, 0));
  out += ".";
  if (auto delta = r.progress())
    out += fmt::format(" Since run {} ({}): {}.", r.previous->id, r.previous->assessment_date, signed_fixed(*delta, 2));
  dimension_table(out, r);
  auto top = biggest_gaps(r.silo.gaps, 3);
  out += fmt::format("\n**Silo gaps:** {} found.", r.silo.gaps.count());
  if (!top.empty()) {
    out += " The biggest:\n\n";
    for (const graph::Gap* g : top) {
      std::string members;
      for (const auto& m : g->members) members += (members.empty() ? "" : ", ") + md_escape(m);
      out += fmt::format("- {}: {}\n", schema::name_of(g->kind), members);
    }
  } else {
    out += "\n";
  }
  if (r.roadmap) {
    const plan::Roadmap& p = *r.roadmap;
    out += fmt::format("\n**Roadmap:** {} initiative(s)", p.items.size());
    if (!p.items.empty())
      out += fmt::format(", {}, {} pm, {} {}", roadmap_span(r), fixed(p.total_effort, 1), thousands(p.total_cost),
                         r.assessment.currency);
    out += fmt::format("; {} target(s) out of reach.\n", p.unreachable.size());
  }
  if (std::string t = targets_sentence(driver::targets(r)); !t.empty()) out += "\n**KPIs and SLAs:** " + t + ".\n";
  if (std::string w = waivers_sentence(r, driver::waivers(r)); !w.empty()) out += "\n**Waivers:** " + w + ".\n";
  out += "\n";
}

void targets_section(std::string& out, const Run& r, Locator& where) {
  auto rows = driver::targets(r);
  if (rows.empty()) return;
  out += "## KPIs and SLAs\n\n" + targets_sentence(rows) + "; missed ones first.\n\n";
  out += "| | Title | Measures | Target | Actual | Met | Shortfall | Owner | Where |\n"
         "|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& t : rows)
    out += fmt::format("| {} ({}) | {} | {} | {} | {} | {} | {} | {} | `{}` |\n", t.kind == "kpi" ? "KPI" : "SLA",
                       t.orientation, md_escape(t.title), md_escape(t.measures), md_escape(t.target),
                       t.actual.empty() ? "–" : md_escape(t.actual), met_word(t.met),
                       t.met == false ? shortfall_text(t) : "–", t.owner.empty() ? "–" : md_escape(t.owner), where(t.span));
  out += "\n";
}

std::string cube_cells(const driver::CubeRow& row) {
  std::string out;
  for (const auto& c : row.cells)
    out += c.touchpoints ? fmt::format(" {}/{} ({}) |", c.with_findings, c.touchpoints, c.findings) : " – |";
  return out;
}

std::string unit_name(const Run& r, model::Index unit) {
  return unit == model::kNone ? "no unit" : md_escape(r.model.display(r.model.entities[unit]));
}

// The cube as two tables: all channels (every unit), then per channel the
// units that have touchpoints on it.
void cube_section(std::string& out, const Run& r) {
  auto tables = driver::cube(r);
  if (tables.empty()) return;
  std::string phases, rule;
  for (auto p : driver::cube_phases()) {
    phases += fmt::format(" {} |", p);
    rule += "---|";
  }
  out += "## The customer-communication cube\n\n"
         "Each cell: touchpoints with error or warning findings / touchpoints (those findings, about the touchpoint or a "
         "handoff leaving it), by business unit (the touchpoint's own, else its owner's department's) and phase. "
         "Info findings and waived ones do not count.\n\n";
  out += fmt::format("All channels:\n\n| Unit |{}\n|---|{}\n", phases, rule);
  for (const auto& row : tables.front().rows) out += fmt::format("| {} |{}\n", unit_name(r, row.unit), cube_cells(row));
  out += fmt::format("\nPer channel:\n\n| Channel | Unit |{}\n|---|---|{}\n", phases, rule);
  for (std::size_t i = 1; i < tables.size(); ++i) {
    const auto& t = tables[i];
    std::string channel = t.scope == driver::CubeScope::Channel ? md_escape(r.model.display(r.model.entities[t.channel]))
                                                                : std::string("no channel");
    for (const auto& row : t.rows)
      if (std::any_of(row.cells.begin(), row.cells.end(), [](const auto& c) { return c.touchpoints > 0; }))
        out += fmt::format("| {} | {} |{}\n", channel, unit_name(r, row.unit), cube_cells(row));
  }
  out += "\n";
}

// The interview evidence behind a dimension's `observed:` criteria, one table
// per practice.
void evidence(std::string& out, const Run& r, const score::DimensionScore& d, Locator& where) {
  std::vector<std::string_view> seen;
  for (const auto& c : d.criteria) {
    const config::Criterion& cr = *c.criterion;
    if (cr.kind != config::CriterionKind::Observed ||
        std::find(seen.begin(), seen.end(), cr.ref) != seen.end())
      continue;
    seen.push_back(cr.ref);
    auto rows = driver::observations_of(r, cr.ref);
    out += fmt::format("Interview evidence for `{}`", cr.key());
    if (rows.empty()) {
      out += ": no observation.\n\n";
      continue;
    }
    out += ":\n\n| Observation | Level | Confidence | Evidence | Source | Date | Where |\n"
           "|---|---|---|---|---|---|---|\n";
    for (const auto& o : rows)
      out += fmt::format("| {} | {} | {} | {} | {} | {} | `{}` |\n", md_escape(o.title), fmt::format("{:g}", o.level),
                         o.confidence, o.evidence.empty() ? "–" : md_escape(o.evidence),
                         o.source.empty() ? "–" : md_escape(o.source), o.date.empty() ? "–" : o.date, where(o.span));
    out += "\n";
  }
}

void dimensions_section(std::string& out, const Run& r, Locator& where) {
  out += "## Dimensions\n\n";
  for (const auto& d : r.scores.dimensions) {
    out += fmt::format("### {} ({})\n\n", md_escape(d.dimension->title.in(r.lang)), d.dimension->id);
    out += fmt::format("Level {}, score {}", d.level, fixed(d.score, 2));
    if (d.target) out += fmt::format(", target {}", *d.target);
    out += ".\n\n| Level | Criterion | Status | Score | Threshold |\n|---|---|---|---|---|\n";
    for (const auto& c : d.criteria)
      out += fmt::format("| {} | {} | {} | {} | {} |\n", c.criterion->level, criterion_label(*c.criterion),
                         score::status_name(c), score_cell(c), fixed(c.criterion->threshold, 2));
    out += "\n";
    evidence(out, r, d, where);
  }
}

void gaps_section(std::string& out, const Run& r, Locator& where) {
  out += "## Silo gaps\n\n";
  if (r.silo.gaps.gaps.empty()) {
    out += "None found.\n\n";
    return;
  }
  out += "| Kind | Members | Where |\n|---|---|---|\n";
  for (const auto& g : r.silo.gaps.gaps) {
    std::string members;
    for (const auto& m : g.members) members += (members.empty() ? "" : ", ") + md_escape(m);
    std::string kind(schema::name_of(g.kind));
    if (g.waived()) kind += fmt::format(" (waived: `{}`)", r.model.entities[g.waiver].id);
    out += fmt::format("| {} | {} | `{}` |\n", kind, members, where(g.span));
  }
  out += "\n";
}

// "`a.kubus:3`", and " (also `a.kubus:9`, ...)" for the other places.
std::string finding_where(const Finding& f, Locator& where) {
  std::string out = fmt::format("`{}`", where(f.span));
  for (std::size_t i = 0; i < f.related.size(); ++i) out += fmt::format("{}`{}`", i ? ", " : " (also ", where(f.related[i]));
  return out + (f.related.empty() ? "" : ")");
}

// " subject" after the place; nothing for a rule about the whole model.
std::string subject_text(const Finding& f) { return f.subject.empty() ? std::string() : " " + md_escape(f.subject); }

void waivers_section(std::string& out, const Run& r, Locator& where) {
  auto rows = driver::waivers(r);
  if (rows.empty()) return;
  out += "## Waivers\n\n" + waivers_sentence(r, rows) + ".\n\n";
  out += "| Waiver | Waives | Subjects | Reason | Owner | Expires | Takes out | Where |\n"
         "|---|---|---|---|---|---|---|---|\n";
  for (const auto& w : rows) {
    std::string subjects;
    for (const auto& s : w.subjects) subjects += (subjects.empty() ? "" : ", ") + md_escape(s);
    out += fmt::format("| {} | `{}` | {} | {} | {} | {}{} | {} | `{}` |\n", md_escape(w.title), w.waives,
                       subjects.empty() ? "every instance" : subjects, md_escape(w.reason), md_escape(w.owner),
                       w.expires, w.expired ? " (expired)" : "", w.taken_out, where(w.span));
  }
  const auto& waived = driver::waived_findings(r);
  if (!waived.empty()) {
    out += "\nWaived findings (they neither pass nor fail):\n\n";
    for (const auto& f : waived)
      out += fmt::format("- {}{} `{}`: {} (waiver `{}`)\n", finding_where(f, where), subject_text(f), f.rule,
                         md_escape(f.message), r.model.entities[f.waiver].id);
  }
  out += "\n";
}

void roadmap_items(std::string& out, const Run& r) {
  const plan::Roadmap& p = *r.roadmap;
  out += fmt::format("| Initiative | Start | End | Quarters | Effort (pm) | Cost ({}) | Buys | Resolves | Fixes |\n"
                     "|---|---|---|---|---:|---:|---|---:|---|\n",
                     r.assessment.currency);
  for (const auto& s : p.items) {
    std::string fixes;
    for (const auto& f : s.initiative->fixes)
      fixes += (fixes.empty() ? "" : ", ") + fmt::format("`{}`", config::criterion_key(f.kind, f.ref));
    out += fmt::format("| {}{} | {} | {} | {} | {} | {} | {} | {} | {} |\n", md_escape(s.initiative->title.in(r.lang)),
                       s.started ? " (started)" : "", r.assessment.quarter_label(s.start),
                       r.assessment.quarter_label(s.end), quarters_text(s), fixed(s.effort, 1), thousands(s.cost),
                       uplift_text(s.uplift), s.resolves, fixes);
  }
  out += "\n";
}

void roadmap_years(std::string& out, const Run& r) {
  const plan::Roadmap& p = *r.roadmap;
  if (p.years.empty()) return;
  out += fmt::format("Effort and cost per year:\n\n| Year | Effort (pm) | Cost ({}) |\n|---|---:|---:|\n",
                     r.assessment.currency);
  for (const auto& y : p.years) out += fmt::format("| {} | {} | {} |\n", y.label, fixed(y.effort, 1), thousands(y.cost));
  out += "\n";
  for (const auto& y : p.flat_years) out += "**Note:** " + md_escape(flat_year_text(y, r.assessment.currency)) + ".\n\n";
}

void roadmap_projection(std::string& out, const Run& r) {
  const plan::Roadmap& p = *r.roadmap;
  if (p.projection.empty()) return;
  out += "Projected score at the end of each year:\n\n| Year | Overall |";
  for (const auto& d : r.scores.dimensions) out += fmt::format(" {} |", d.dimension->id);
  out += "\n|---|---|";
  for (std::size_t i = 0; i < r.scores.dimensions.size(); ++i) out += "---|";
  out += "\n";
  for (const auto& y : p.projection) {
    out += fmt::format("| {} | {} |", y.year, fixed(y.overall, 2));
    for (const auto& dim : y.dimensions) out += fmt::format(" {} |", fixed(dim.second, 2));
    out += "\n";
  }
  out += "\n";
}

void scenario_table(std::string& out, const Run& r) {
  auto rows = scenario_rows(r);
  if (rows.empty()) return;
  out += fmt::format("### Scenarios\n\n| Scenario | Budget per year ({}) | Capacity per quarter (pm) | Years | Targets "
                     "reached | Ends | Total cost ({}) | Overall at the horizon |\n|---|---:|---:|---:|---:|---|---:|---:|\n",
                     r.assessment.currency, r.assessment.currency);
  for (const auto& row : rows)
    out += fmt::format("| {} | {} | {} | {} | {} of {} | {} | {} | {} |\n", md_escape(row.name),
                       thousands(row.budget_per_year), fixed(row.capacity_pm, 1), row.years, row.reached, row.targets,
                       row.end, thousands(row.total_cost), fixed(row.overall, 2));
  out += "\n";
}

void roadmap_section(std::string& out, const Run& r) {
  if (!r.roadmap) return;
  const plan::Roadmap& p = *r.roadmap;
  out += "## Roadmap\n\n";
  if (p.items.empty()) out += "No initiative is needed or possible" + (p.note.empty() ? std::string() : ": " + p.note) + ".\n\n";
  else roadmap_items(out, r);
  if (!p.done.empty()) {
    std::string done;
    for (const auto& id : p.done) done += (done.empty() ? "`" : ", `") + id + "`";
    out += "Done (progress), left out of the plan: " + done + ".\n\n";
  }
  for (const auto& st : p.stalled)
    out += fmt::format("- **{}** is started but fits no quarter: {}\n", st.id, md_escape(st.reason));
  if (!p.stalled.empty()) out += "\n";
  roadmap_years(out, r);
  roadmap_projection(out, r);
  for (const auto& u : p.unreachable)
    out += fmt::format("- **{}** stays below target {} (projected {}): {}\n", u.dimension, u.target,
                       fixed(u.projected, 2), md_escape(u.reason));
  if (!p.unreachable.empty()) out += "\n";
  scenario_table(out, r);
}

void findings_section(std::string& out, const Run& r, Locator& where) {
  const auto& all = findings(r);
  out += fmt::format("## Findings\n\n{} finding(s).\n\n", all.size());
  // Findings are sorted by rule: each rule's are one run of the list.
  for (std::size_t begin = 0, end; begin < all.size(); begin = end) {
    std::string_view rule = all[begin].rule;
    for (end = begin + 1; end < all.size() && all[end].rule == rule;) ++end;
    const rules::CheckedRule* cr = r.rule(rule);
    std::string title = cr ? md_escape(r.model.display(r.model.entities[cr->entity])) : std::string(rule);
    std::size_t count = end - begin;
    out += fmt::format("### {} ({}, {} finding(s))\n\n", title, rule, count);
    for (std::size_t i = begin; i < end && i - begin < kFindingsPerRule; ++i)
      out += fmt::format("- {}{}: {}\n", finding_where(all[i], where), subject_text(all[i]), md_escape(all[i].message));
    if (count > kFindingsPerRule) out += fmt::format("- and {} more (see report.json)\n", count - kFindingsPerRule);
    out += "\n";
  }
}

}  // namespace

std::string to_markdown(const Run& r, const SourceManager& sm, const std::string& tool_version) {
  std::string out = fmt::format("# {}\n\nAssessed {} against matrix `{}` ({}), kubus {}.\n\n", md_escape(r.assessment.title),
                                r.assessment.date, r.matrix.id, md_escape(r.matrix.title.in(r.lang)), tool_version);
  Locator where(r, sm);  // each file's relative path is worked out once
  summary_section(out, r);
  targets_section(out, r, where);
  cube_section(out, r);
  dimensions_section(out, r, where);
  gaps_section(out, r, where);
  roadmap_section(out, r);
  findings_section(out, r, where);
  waivers_section(out, r, where);
  // Each section ends with a blank line to part it from the next; the file ends with one newline.
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace kubus::report
