// The roadmap as text for a terminal and as CSV for a spreadsheet.
#include <fmt/format.h>

#include <algorithm>

#include "report/report.h"
#include "report/roadmap_facts.h"
#include "report/text.h"

namespace kubus::report {
namespace {

std::string fixes_of(const plan::Initiative& in, const char* sep) {
  std::string out;
  for (const auto& f : in.fixes) out += (out.empty() ? "" : sep) + config::criterion_key(f.kind, f.ref);
  return out;
}

void scenario_table(std::string& out, const Run& r) {
  auto rows = scenario_rows(r);
  if (rows.empty()) return;
  std::size_t width = 8;
  for (const auto& row : rows) width = std::max(width, row.name.size());
  out += fmt::format("Scenarios:\n  {:<{}}  {:>16}  {:>10}  {:>5}  {:>7}  {:>7}  {:>16}  {}\n", "scenario", width,
                     "budget per year", "capacity", "years", "targets", "ends", "cost", "overall at horizon");
  for (const auto& row : rows)
    out += fmt::format("  {:<{}}  {:>16}  {:>10}  {:>5}  {:>7}  {:>7}  {:>16}  {}\n", row.name, width,
                       thousands(row.budget_per_year) + " " + r.assessment.currency, fixed(row.capacity_pm, 1) + " pm",
                       row.years, fmt::format("{} of {}", row.reached, row.targets), row.end,
                       thousands(row.total_cost) + " " + r.assessment.currency, fixed(row.overall, 2));
}

}  // namespace

std::string roadmap_text(const Run& r) {
  if (!r.roadmap) return "No roadmap.\n";
  const plan::Roadmap& p = *r.roadmap;
  std::string out = fmt::format("Roadmap for {} ({} initiative(s); {} of {} target(s) reached)\n", r.assessment.title,
                                p.items.size(), p.reached, p.targets);
  std::size_t width = 0;
  for (const auto& s : p.items) width = std::max(width, s.initiative->id.size());
  for (const auto& s : p.items)
    out += fmt::format("  {} .. {}  {:<{}}  {:>6} pm  {:>10} {}  {}, resolves {}{}{}  fixes {}\n",
                       r.assessment.quarter_label(s.start), r.assessment.quarter_label(s.end), s.initiative->id, width,
                       fixed(s.effort, 1), thousands(s.cost), r.assessment.currency, uplift_text(s.uplift), s.resolves,
                       s.stretched() ? ", " + quarters_text(s) : "", s.started ? ", started" : "",
                       fixes_of(*s.initiative, ", "));
  if (!p.done.empty()) {
    std::string done;
    for (const auto& id : p.done) done += (done.empty() ? "" : ", ") + id;
    out += "Done, left out: " + done + "\n";
  }
  for (const auto& st : p.stalled) out += "Started, but fits no quarter: " + st.id + ": " + st.reason + "\n";
  if (!p.years.empty()) {
    out += "Per year:\n";
    for (const auto& y : p.years)
      out += fmt::format("  {}  {:>6} pm  {:>10} {}\n", y.label, fixed(y.effort, 1), thousands(y.cost),
                         r.assessment.currency);
  }
  for (const auto& y : p.flat_years) out += "Note: " + flat_year_text(y, r.assessment.currency) + ".\n";
  if (!p.projection.empty()) {
    out += "Projected score at year end:\n";
    for (const auto& y : p.projection) {
      out += fmt::format("  {}  overall {}", y.year, fixed(y.overall, 2));
      for (const auto& [id, score] : y.dimensions) out += fmt::format("  {} {}", id, fixed(score, 2));
      out += "\n";
    }
  }
  for (const auto& u : p.unreachable)
    out += fmt::format("Target {} {} is out of reach (projected {}): {}\n", u.dimension, u.target, fixed(u.projected, 2),
                       u.reason);
  scenario_table(out, r);
  return terminal_text(out);
}

std::string roadmap_csv(const Run& r) {
  std::string out = "id,title,status,start,end,quarters,effort_pm,cost,currency,uplift_overall,resolves,fixes,after\n";
  if (!r.roadmap) return out;
  for (const auto& s : r.roadmap->items) {
    std::string after;
    for (const auto& a : s.initiative->after) after += (after.empty() ? "" : " ") + a;
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{}\n", csv_cell(s.initiative->id),
                       csv_cell(s.initiative->title.in(r.lang)), s.started ? "started" : "planned",
                       r.assessment.quarter_label(s.start), r.assessment.quarter_label(s.end), s.quarters(),
                       fixed(s.effort, 2), fixed(s.cost, 2), csv_cell(r.assessment.currency), fixed(s.uplift.overall, 4),
                       s.resolves, csv_cell(fixes_of(*s.initiative, " ")), csv_cell(after));
  }
  return out;
}

}  // namespace kubus::report
