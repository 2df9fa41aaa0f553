// report.md: the report for a pull request or a wiki. The first section is the
// executive summary; the rest gives the evidence behind every number.
#include <fmt/format.h>

#include "report/highlights.h"
#include "report/report.h"
#include "report/roadmap_facts.h"
#include "report/text.h"

namespace kubus::report {
namespace {

constexpr std::size_t kFindingsPerRule = 10;  // report.json has them all

std::string criterion_label(const config::Criterion& c) {
  return fmt::format("`{}:{}`", criterion_kind(c.kind), c.ref);
}

std::string score_cell(const score::CriterionScore& c) {
  if (c.measure.status != score::Status::Evaluated) return "–";
  if (c.criterion->kind == config::CriterionKind::Observed)
    return fmt::format("{} of {}", fixed(c.measure.passed, 1), fixed(c.criterion->min, 0));
  return fmt::format("{}% ({:.0f}/{:.0f})", fixed(c.measure.value * 100, 0), c.measure.passed, c.measure.total);
}

void summary_section(std::string& out, const Run& r) {
  const score::Scores& s = r.scores;
  out += "## Summary\n\n";
  out += fmt::format("Overall level **{} ({})**, score **{}** of {}", s.overall_level,
                     md_escape(level_name(r.matrix, s.overall_level)), fixed(s.overall, 2), r.matrix.max_level());
  if (!r.assessment.targets.empty())
    out += fmt::format("; {}% of the way to the targets", fixed(s.percent_to_target * 100, 0));
  out += ".";
  if (auto delta = r.progress())
    out += fmt::format(" Since run {} ({}): {}.", r.previous->id, r.previous->assessment_date, signed_fixed(*delta, 2));
  out += "\n\n| Dimension | Level | Score | Target | Gap to target |";
  out += r.previous ? " Since previous |\n|---|---|---|---|---|---|\n" : "\n|---|---|---|---|---|\n";
  for (const auto& d : s.dimensions) {
    out += fmt::format("| {} | {} {} | {} | {} | {} |", md_escape(d.dimension->title), d.level,
                       md_escape(level_name(r.matrix, d.level)), fixed(d.score, 2),
                       d.target ? std::to_string(*d.target) : "–", d.target ? fixed(d.gap, 2) : "–");
    if (r.previous) {
      auto delta = r.progress(d.dimension->id);
      out += delta ? fmt::format(" {} |", signed_fixed(*delta, 2)) : std::string(" – |");
    }
    out += "\n";
  }
  auto top = biggest_gaps(r.gaps, 3);
  out += fmt::format("\n**Silo gaps:** {} found.", r.gaps.gaps.size());
  if (!top.empty()) {
    out += " The biggest:\n\n";
    for (const graph::Gap* g : top) {
      std::string members;
      for (const auto& m : g->members) members += (members.empty() ? "" : ", ") + md_escape(m);
      out += fmt::format("- {}: {}\n", g->kind, members);
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
  out += "\n";
}

void dimensions_section(std::string& out, const Run& r) {
  out += "## Dimensions\n\n";
  for (const auto& d : r.scores.dimensions) {
    out += fmt::format("### {} ({})\n\n", md_escape(d.dimension->title), d.dimension->id);
    out += fmt::format("Level {}, score {}", d.level, fixed(d.score, 2));
    if (d.target) out += fmt::format(", target {}", *d.target);
    out += ".\n\n| Level | Criterion | Status | Score | Threshold |\n|---|---|---|---|---|\n";
    for (const auto& c : d.criteria)
      out += fmt::format("| {} | {} | {} | {} | {} |\n", c.criterion->level, criterion_label(*c.criterion),
                         score::status_name(c), score_cell(c), fixed(c.criterion->threshold, 2));
    out += "\n";
  }
}

void gaps_section(std::string& out, const Run& r, const SourceManager& sm) {
  out += "## Silo gaps\n\n";
  if (r.gaps.gaps.empty()) {
    out += "None found.\n\n";
    return;
  }
  out += "| Kind | Members | Where |\n|---|---|---|\n";
  Locator where(r, sm);
  for (const auto& g : r.gaps.gaps) {
    std::string members;
    for (const auto& m : g.members) members += (members.empty() ? "" : ", ") + md_escape(m);
    out += fmt::format("| {} | {} | `{}` |\n", g.kind, members, where(g.span));
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
      fixes += (fixes.empty() ? "" : ", ") + fmt::format("`{}:{}`", criterion_kind(f.kind), f.ref);
    out += fmt::format("| {}{} | {} | {} | {} | {} | {} | {} | {} | {} |\n", md_escape(s.initiative->title),
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

void findings_section(std::string& out, const Run& r, const SourceManager& sm) {
  const auto& all = findings(r);
  out += fmt::format("## Findings\n\n{} finding(s).\n\n", all.size());
  Locator where(r, sm);
  // Findings are sorted by rule: each rule's are one run of the list.
  for (std::size_t begin = 0, end; begin < all.size(); begin = end) {
    std::string_view rule = all[begin].rule;
    for (end = begin + 1; end < all.size() && all[end].rule == rule;) ++end;
    const rules::CheckedRule* cr = r.rule(rule);
    std::string title = cr ? md_escape(r.model.display(r.model.entities[cr->entity])) : std::string(rule);
    std::size_t count = end - begin;
    out += fmt::format("### {} ({}, {} finding(s))\n\n", title, rule, count);
    for (std::size_t i = begin; i < end && i - begin < kFindingsPerRule; ++i)
      out += fmt::format("- `{}` {}: {}\n", where(all[i].span), md_escape(all[i].subject), md_escape(all[i].message));
    if (count > kFindingsPerRule) out += fmt::format("- and {} more (see report.json)\n", count - kFindingsPerRule);
    out += "\n";
  }
}

}  // namespace

std::string to_markdown(const Run& r, const SourceManager& sm, const std::string& tool_version) {
  std::string out = fmt::format("# {}\n\nAssessed {} against matrix `{}` ({}), kubus {}.\n\n", md_escape(r.assessment.title),
                                r.assessment.date, r.matrix.id, md_escape(r.matrix.title), tool_version);
  summary_section(out, r);
  dimensions_section(out, r);
  gaps_section(out, r, sm);
  roadmap_section(out, r);
  findings_section(out, r, sm);
  return out;
}

}  // namespace kubus::report
