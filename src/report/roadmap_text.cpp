// The roadmap as text for a terminal and as CSV for a spreadsheet.
#include <fmt/format.h>

#include <algorithm>

#include "report/plan_words.h"
#include "report/report.h"
#include "report/roadmap_facts.h"
#include "report/saving_words.h"
#include "report/text.h"
#include "report/view_parts.h"

namespace kubus::report {
namespace {

using view::say;
using view::say_n;

std::string fixes_of(const plan::Initiative& in, const char* sep) {
  std::string out;
  for (const auto& f : in.fixes) out += (out.empty() ? "" : sep) + config::criterion_key(f.kind, f.ref);
  return out;
}

// Characters as a terminal shows them: UTF-8 code points ("€" is one).
std::size_t width_of(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// A column as wide as its widest cell, at least `least` (the English layout).
std::size_t column_width(std::size_t least, const std::vector<std::string>& cells) {
  for (const auto& c : cells) least = std::max(least, width_of(c));
  return least;
}

std::string right(const std::string& s, std::size_t width) { return fmt::format("{:>{}}", s, width); }
std::string left(const std::string& s, std::size_t width) { return fmt::format("{:<{}}", s, width); }

void scenario_table(std::string& out, const Run& r) {
  const Lang l = r.lang;
  const std::string& cur = r.assessment.currency;
  auto rows = scenario_rows(r);
  if (rows.empty()) return;
  std::vector<std::string> names, budgets, capacities, reached, costs;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    names.push_back(i == 0 ? i18n::tr(l, "this plan") : rows[i].name);
    budgets.push_back(i18n::money(l, rows[i].budget_per_year, cur));
    capacities.push_back(pm_words(l, rows[i].capacity_pm, 1));
    reached.push_back(say(l, "{reached} of {targets}", fmt::arg("reached", rows[i].reached),
                          fmt::arg("targets", rows[i].targets)));
    costs.push_back(i18n::money(l, rows[i].total_cost, cur));
  }
  const std::string h_name = i18n::tr(l, "scenario"), h_budget = i18n::tr(l, "budget per year"),
                    h_capacity = i18n::tr(l, "capacity"), h_years = i18n::tr(l, "years"),
                    h_targets = i18n::tr(l, "targets"), h_ends = i18n::tr(l, "ends"), h_cost = i18n::tr(l, "cost");
  const std::size_t w_name = column_width(std::max<std::size_t>(8, width_of(h_name)), names),
                    w_budget = column_width(std::max<std::size_t>(16, width_of(h_budget)), budgets),
                    w_capacity = column_width(std::max<std::size_t>(10, width_of(h_capacity)), capacities),
                    w_years = std::max<std::size_t>(5, width_of(h_years)),
                    w_targets = column_width(std::max<std::size_t>(7, width_of(h_targets)), reached),
                    w_ends = std::max<std::size_t>(7, width_of(h_ends)),
                    w_cost = column_width(std::max<std::size_t>(16, width_of(h_cost)), costs);
  out += i18n::tr(l, "Scenarios:") + "\n";
  out += fmt::format("  {}  {}  {}  {}  {}  {}  {}  {}\n", left(h_name, w_name), right(h_budget, w_budget),
                     right(h_capacity, w_capacity), right(h_years, w_years), right(h_targets, w_targets),
                     right(h_ends, w_ends), right(h_cost, w_cost), i18n::tr(l, "overall at horizon"));
  for (std::size_t i = 0; i < rows.size(); ++i)
    out += fmt::format("  {}  {}  {}  {}  {}  {}  {}  {}\n", left(names[i], w_name), right(budgets[i], w_budget),
                       right(capacities[i], w_capacity), right(std::to_string(rows[i].years), w_years),
                       right(reached[i], w_targets), right(rows[i].end, w_ends), right(costs[i], w_cost),
                       i18n::number(l, rows[i].overall, 2));
}

// One line per initiative: when it runs, its effort, cost, what it buys and fixes.
void items(std::string& out, const Run& r) {
  const Lang l = r.lang;
  const plan::Roadmap& p = *r.roadmap;
  std::vector<std::string> efforts, costs;
  std::size_t width = 0;
  for (const auto& s : p.items) {
    width = std::max(width, s.initiative->id.size());
    efforts.push_back(pm_words(l, s.effort, 1));
    costs.push_back(i18n::money(l, s.cost, r.assessment.currency));
  }
  const std::size_t w_effort = column_width(9, efforts), w_cost = column_width(14, costs);
  for (std::size_t i = 0; i < p.items.size(); ++i) {
    const plan::Scheduled& s = p.items[i];
    std::string what = say(l, "{uplift}, resolves {n}", fmt::arg("uplift", uplift_text(l, s.uplift)),
                           fmt::arg("n", s.resolves));
    if (s.stretched()) what += ", " + quarters_text(l, s);
    if (s.started) what += ", " + i18n::tr(l, "started");
    const std::string shifts = shifts_words(l, *s.initiative);
    if (s.saving.amount)
      what += ", " + say(l, "shifts {shifts}, saves {saving} a year", fmt::arg("shifts", shifts),
                         fmt::arg("saving", i18n::money(l, *s.saving.amount, r.assessment.currency)));
    else if (!shifts.empty())
      what += ", " + say(l, "shifts {shifts}, no saving: {why}", fmt::arg("shifts", shifts),
                         fmt::arg("why", no_saving_words(l, s.saving)));
    out += fmt::format("  {} .. {}  {:<{}}  {}  {}  {}  {}\n", r.assessment.quarter_label(s.start),
                       r.assessment.quarter_label(s.end), s.initiative->id, width, right(efforts[i], w_effort),
                       right(costs[i], w_cost), what,
                       say(l, "fixes {criteria}", fmt::arg("criteria", fixes_of(*s.initiative, ", "))));
  }
}

void per_year(std::string& out, const Run& r) {
  const Lang l = r.lang;
  const plan::Roadmap& p = *r.roadmap;
  if (p.years.empty()) return;
  std::vector<std::string> efforts, costs;
  for (const auto& y : p.years) {
    efforts.push_back(pm_words(l, y.effort, 1));
    costs.push_back(i18n::money(l, y.cost, r.assessment.currency));
  }
  const std::size_t w_effort = column_width(9, efforts), w_cost = column_width(14, costs);
  out += i18n::tr(l, "Per year:") + "\n";
  for (std::size_t i = 0; i < p.years.size(); ++i)
    out += fmt::format("  {}  {}  {}\n", p.years[i].label, right(efforts[i], w_effort), right(costs[i], w_cost));
}

void projection(std::string& out, const Run& r) {
  const Lang l = r.lang;
  const plan::Roadmap& p = *r.roadmap;
  if (p.projection.empty()) return;
  out += i18n::tr(l, "Projected score at year end:") + "\n";
  for (const auto& y : p.projection) {
    out += fmt::format("  {}  {}", y.year, say(l, "overall {score}", fmt::arg("score", i18n::number(l, y.overall, 2))));
    for (const auto& [id, score] : y.dimensions) out += fmt::format("  {} {}", id, i18n::number(l, score, 2));
    out += "\n";
  }
}

}  // namespace

std::string roadmap_text(const Run& r) {
  const Lang l = r.lang;
  if (!r.roadmap) return i18n::tr(l, "No roadmap.") + "\n";
  const plan::Roadmap& p = *r.roadmap;
  std::string out = say_n(l, "Roadmap for {title} ({n} initiative(s); {reached} of {targets} target(s) reached)",
                          "Roadmap for {title} ({n} initiative(s); {reached} of {targets} target(s) reached)",
                          static_cast<long>(p.items.size()), fmt::arg("title", r.assessment.title),
                          fmt::arg("reached", p.reached), fmt::arg("targets", p.targets)) +
                    "\n";
  if (p.note != plan::Note::None) out += say(l, "Nothing planned: {why}.", fmt::arg("why", note_words(l, p.note))) + "\n";
  items(out, r);
  if (!p.done.empty()) {
    std::string done;
    for (const auto& id : p.done) done += (done.empty() ? "" : ", ") + id;
    out += say(l, "Done, left out: {ids}", fmt::arg("ids", done)) + "\n";
  }
  for (const auto& st : p.stalled)
    out += say(l, "Started, but fits no quarter: {id}: {reason}", fmt::arg("id", st.id),
               fmt::arg("reason", clause_words(l, st.reason))) +
           "\n";
  if (p.total_saving)
    out += say(l, "Channel shifts save {saving} a year once done.",
               fmt::arg("saving", i18n::money(l, *p.total_saving, r.assessment.currency))) + "\n";
  per_year(out, r);
  for (const auto& y : p.flat_years)
    out += say(l, "Note: {what}", fmt::arg("what", flat_year_text(l, y, r.assessment.currency))) + "\n";
  projection(out, r);
  for (const auto& u : p.unreachable)
    out += say(l, "Target {dimension} {target} is out of reach (projected {projected}): {reason}",
               fmt::arg("dimension", u.dimension), fmt::arg("target", u.target),
               fmt::arg("projected", i18n::number(l, u.projected, 2)), fmt::arg("reason", reason_words(l, u.reason))) +
           "\n";
  scenario_table(out, r);
  return terminal_text(out);
}

std::string roadmap_csv(const Run& r) {
  std::string out =
      "id,title,status,start,end,quarters,effort_pm,cost,currency,uplift_overall,resolves,fixes,after,saving_per_year\n";
  if (!r.roadmap) return out;
  for (const auto& s : r.roadmap->items) {
    std::string after;
    for (const auto& a : s.initiative->after) after += (after.empty() ? "" : " ") + a;
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", csv_cell(s.initiative->id),
                       csv_cell(s.initiative->title.in(r.lang)), s.started ? "started" : "planned",
                       r.assessment.quarter_label(s.start), r.assessment.quarter_label(s.end), s.quarters(),
                       fixed(s.effort, 2), fixed(s.cost, 2), csv_cell(r.assessment.currency), fixed(s.uplift.overall, 4),
                       s.resolves, csv_cell(fixes_of(*s.initiative, " ")), csv_cell(after),
                       s.saving.amount ? fixed(*s.saving.amount, 2) : std::string());
  }
  return out;
}

}  // namespace kubus::report
